// Helpers for import tests and authorisation specs: a multipart upload of a workbook and a wait
// for a job to finish, and batches for the authorisation specs.
import type { Database } from "../../../platform/db/pool";
import { storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import type { Jobs } from "../../../platform/jobs/jobs";
import { importBatches } from "../schema-import";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function importUpload(
  file: Buffer,
  fields: Record<string, string> = {},
  name = "pendataan-umkm.xlsx",
) {
  const boundary = `----sinergi${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${XLSX}\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    method: "POST" as const,
    url: "/api/registry/imports",
    payload: Buffer.concat(parts),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

export async function waitForImportJob(jobs: Jobs, id: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await jobs.status(id);
    if (s && (s.state === "completed" || s.state === "failed"))
      return s.error ? `${s.state}: ${s.error}` : s.state;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${s?.state}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Two dry-run batches for the authorisation specs: one in Palangka Raya, one in Dharmasraya. */
export async function seedImportBatches(database: Database): Promise<{ batchIn: string; batchOut: string }> {
  const csv = Buffer.from("NIK;Nama;Desa\n6271015205800003;Siti Aminah;Langkai\n");
  const make = async (regionCode: string) => {
    const file = await storeFile(database.db, { name: "data.csv", mime: "text/csv", data: csv });
    const id = newId();
    await database.db.insert(importBatches).values({
      id,
      regionCode,
      fileName: file.name,
      fileSha256: file.sha256,
      fileId: file.id,
      createdByName: "test",
      createdAt: new Date(),
    });
    return id;
  };
  return { batchIn: await make("62.71"), batchOut: await make("13.10") };
}
