// Test kit of the set-based import commit tests: a database of its own, staged dry-run rows (as a
// dry run leaves them) and the counts the tests compare.
import { sql } from "drizzle-orm";
import { storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { createTestDatabase } from "../../../testing/test-db";
import { systemCtx } from "../../access";
import { importBatches, importRows } from "../schema-import";
import { testNik } from "./fixtures";

export const database = await createTestDatabase();
export const ctx = () => ({ ...systemCtx(database, "test"), now: new Date() });
export const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

export type Staged = {
  values: Record<string, unknown>;
  status?: "valid" | "warning" | "rejected";
  errors?: unknown[];
  choice?: "update" | "add_business" | "skip";
};

export function values(i: number, over: Record<string, unknown> = {}) {
  return {
    nik: testNik("62.71.01.1003"),
    no_kk: `6271010101${String(i).padStart(6, "0")}`,
    nama: `Pemilik Uji ${i}`,
    jenis_kelamin: "P",
    tempat_lahir: "Palangka Raya",
    tanggal_lahir: "1980-05-12",
    alamat: `Jl. Tjilik Riwut Km ${i % 40}`,
    rt: "002",
    rw: "005",
    kode_wilayah: "62.71.01.1003",
    no_hp: `+62812${String(10_000_000 + i)}`,
    nama_usaha: `Usaha Uji ${i}`,
    bidang_usaha: i % 3 === 0 ? "Kuliner" : "Konveksi",
    nib: null,
    omzet_sebelum: 1_500_000,
    omzet_sesudah: 750_000,
    jumlah_karyawan: 3,
    terdampak: "Ya",
    kendala: null,
    ...over,
  };
}

/** A batch whose dry run is done: the rows staged as the dry run leaves them. */
export async function stage(rows: readonly Staged[]): Promise<string> {
  const file = await storeFile(database.db, {
    name: "uji.xlsx",
    mime: "application/octet-stream",
    data: Buffer.from(newId()),
  });
  const id = newId();
  const count = (s: string) => rows.filter((r) => (r.status ?? "valid") === s).length;
  await database.db.insert(importBatches).values({
    id,
    regionCode: "62.71",
    fileName: "uji.xlsx",
    fileSha256: file.sha256,
    fileId: file.id,
    createdByName: "test",
    createdAt: new Date(),
    analysedAt: new Date(),
    rowsTotal: rows.length,
    rowsValid: count("valid"),
    rowsWarning: count("warning"),
    rowsRejected: count("rejected"),
  });
  for (let start = 0; start < rows.length; start += 2000) {
    await database.db.insert(importRows).values(
      rows.slice(start, start + 2000).map((r, k) => ({
        batchId: id,
        regionCode: "62.71",
        sheet: "Data",
        rowNumber: start + k + 2,
        seq: start + k + 1,
        status: r.status ?? "valid",
        errors: r.errors ?? [],
        values: r.values,
        choice: r.choice ?? null,
      })),
    );
  }
  return id;
}

export const inRegister = (code: string, personId: string, businessId: string | null) => [
  { code, level: "warning", field: "nik", personId, businessId, businessName: null, evidence: ["nik"] },
];

export const batchCounts = async (id: string) => ({
  persons: await scalar(
    sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id} and entity_type = 'person'`,
  ),
  businesses: await scalar(
    sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id} and entity_type = 'business'`,
  ),
});
