// Helpers for import tests and authorisation specs: a multipart upload of a workbook and a wait
// for a job to finish, and batches for the authorisation specs.
import type { Database } from "../../../platform/db/pool";
import { storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import type { Jobs } from "../../../platform/jobs/jobs";
import { importBatches, importRows } from "../schema-import";

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

/** One staged row's values as a dry run leaves them (a new owner with one business in `village`). */
export function stagedValues(i: number, village: string, nik: string, affected: "Ya" | "Tidak" | null) {
  return {
    nik,
    no_kk: `${village.slice(0, 8).replace(/\./g, "")}01${String(i).padStart(6, "0")}`,
    nama: `Pemilik Impor ${i}`,
    jenis_kelamin: "P",
    tempat_lahir: "Palangka Raya",
    tanggal_lahir: "1980-05-12",
    alamat: `Jl. Uji ${i}`,
    rt: "002",
    rw: "005",
    kode_wilayah: village,
    no_hp: `+62813${String(10_000_000 + i)}`,
    nama_usaha: `Usaha Impor ${i}`,
    bidang_usaha: "Kuliner",
    nib: null,
    omzet_sebelum: 1_500_000,
    omzet_sesudah: 750_000,
    jumlah_karyawan: 2,
    terdampak: affected,
    kendala: null,
  };
}

/** A batch whose dry run is done, every row valid: commitBatch can run on it directly. */
export async function stageValidBatch(
  database: Database,
  regionCode: string,
  rows: readonly Record<string, unknown>[],
): Promise<string> {
  const file = await storeFile(database.db, {
    name: "uji.xlsx",
    mime: "application/octet-stream",
    data: Buffer.from(newId()),
  });
  const id = newId();
  await database.db.insert(importBatches).values({
    id,
    regionCode,
    fileName: "uji.xlsx",
    fileSha256: file.sha256,
    fileId: file.id,
    createdByName: "test",
    createdAt: new Date(),
    analysedAt: new Date(),
    rowsTotal: rows.length,
    rowsValid: rows.length,
    rowsWarning: 0,
    rowsRejected: 0,
  });
  await database.db.insert(importRows).values(
    rows.map((values, k) => ({
      batchId: id,
      regionCode,
      sheet: "Data",
      rowNumber: k + 2,
      seq: k + 1,
      status: "valid" as const,
      errors: [],
      values,
    })),
  );
  return id;
}
