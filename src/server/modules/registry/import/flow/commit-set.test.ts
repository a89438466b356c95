// The set-based commit on staged dry-run rows: every row lands as its duplicate decision says (new,
// update, add business, skip), with kendala, affected flag, impact, sources and a valid audit chain;
// a commit that dies halfway leaves nothing behind, and running it again imports each row once.
import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { storeFile } from "../../../../platform/files";
import { newId } from "../../../../platform/ids";
import { createTestDatabase } from "../../../../testing/test-db";
import { systemCtx, verifyAudit } from "../../../access";
import { createBusiness } from "../../register/create-business";
import { importBatches, importRows } from "../../schema-import";
import { businessBody, testNik } from "../../testing/fixtures";
import { PAGE_ROWS } from "./commit-page";
import { commitBatch } from "./commit-rows";

const database = await createTestDatabase();
const ctx = () => ({ ...systemCtx(database, "test"), now: new Date() });
const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

type Staged = {
  values: Record<string, unknown>;
  status?: "valid" | "warning" | "rejected";
  errors?: unknown[];
  choice?: "update" | "add_business" | "skip";
};

function values(i: number, over: Record<string, unknown> = {}) {
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
async function stage(rows: readonly Staged[]): Promise<string> {
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

const inRegister = (code: string, personId: string, businessId: string | null) => [
  { code, level: "warning", field: "nik", personId, businessId, businessName: null, evidence: ["nik"] },
];

const batchCounts = async (id: string) => ({
  persons: await scalar(
    sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id} and entity_type = 'person'`,
  ),
  businesses: await scalar(
    sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id} and entity_type = 'business'`,
  ),
});

describe("set-based import commit: per-row decisions", () => {
  it("imports new rows, updates, adds businesses and skips as each row says", async () => {
    const a = await createBusiness({ ctx: ctx(), input: businessBody() });
    const b = await createBusiness({ ctx: ctx(), input: businessBody() });
    const [aBiz, aOwner] = [a.page.business.id, a.page.owner.id];
    const [bBiz, bOwner] = [b.page.business.id, b.page.owner.id];
    const persons = await scalar(sql`select count(*)::int n from registry.persons`);
    const id = await stage([
      { values: values(1, { kendala: "Modal usaha habis", terdampak: "Ya" }) },
      { values: values(2, { terdampak: null, omzet_sebelum: null, omzet_sesudah: null }) },
      {
        values: values(3, { kendala: "Bahan baku mahal" }),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", aOwner, aBiz),
      },
      {
        values: values(4, { kendala: "Bahan baku mahal" }),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", aOwner, aBiz),
      },
      {
        values: values(5),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", bOwner, bBiz),
        choice: "add_business",
      },
      {
        values: values(6),
        status: "warning",
        errors: inRegister("EXISTS_IN_REGISTER", bOwner, bBiz),
        choice: "skip",
      },
      {
        values: values(7, { nama_usaha: "Usaha Tanpa Induk" }),
        status: "warning",
        errors: inRegister("LIKELY_IN_REGISTER", bOwner, null),
      },
      {
        values: values(8),
        status: "rejected",
        errors: [{ code: "NIK_INVALID", level: "error", field: "nik" }],
      },
    ]);
    const out = await commitBatch(ctx(), id);
    expect(out.rowsImported).toBe(4);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons + 2);
    expect(await batchCounts(id)).toEqual({ persons: 2, businesses: 4 });

    const stored = (
      await database.db.execute<{
        name: string;
        owner: string;
        affected: boolean | null;
        open: number;
        impacts: number;
        kendala: string | null;
      }>(sql`
        select b.name, b.owner_id as owner, b.affected, b.open_constraints as open,
          (select count(*)::int from registry.impact_assessments i where i.business_id = b.id) as impacts,
          (select string_agg(c.type || ':' || c.description || ':' || c.status, ',') from registry.constraints c where c.business_id = b.id) as kendala
        from registry.businesses b join registry.record_sources s on s.entity_id = b.id and s.entity_type = 'business'
        where s.import_batch_id = ${id} order by s.row_number`)
    ).rows;
    expect(stored.map((r) => r.name)).toEqual([
      "Usaha Uji 1",
      "Usaha Uji 2",
      "Usaha Uji 5",
      "Usaha Tanpa Induk",
    ]);
    expect(stored[0]).toMatchObject({
      affected: true,
      open: 1,
      impacts: 1,
      kendala: "capital:Modal usaha habis:open",
    });
    expect(stored[1]).toMatchObject({ affected: null, open: 0, impacts: 0, kendala: null });
    expect(stored.slice(2).map((r) => r.owner)).toEqual([bOwner, bOwner]);

    // The two update rows of one business: filled once, one kendala (the second row sees the first's).
    const updated = (
      await database.db.execute<{
        products: string;
        open: number;
        kendala: number;
        no_kk: string;
        street: string;
      }>(sql`
        select b.products, b.open_constraints as open, p.no_kk, p.street,
          (select count(*)::int from registry.constraints c where c.business_id = b.id and c.description = 'Bahan baku mahal') as kendala
        from registry.businesses b join registry.persons p on p.id = b.owner_id where b.id = ${aBiz}`)
    ).rows[0];
    expect(updated).toMatchObject({ products: "Kuliner", open: 1, kendala: 1, no_kk: "6271010101000003" });
    expect(updated?.street).toBe("Jl. Tjilik Riwut Km 3");
    const updates = await scalar(
      sql`select count(*)::int n from access.audit_events where action = 'registry.import-update' and entity_id = ${aBiz}`,
    );
    expect(updates).toBe(1);
    const commitEvent = (
      await database.db.execute<{ after: { register: unknown; rowsImported: number } }>(
        sql`select after from access.audit_events where action = 'registry.import-commit' and entity_id = ${id}`,
      )
    ).rows;
    expect(commitEvent).toHaveLength(1);
    expect(commitEvent[0]?.after.register).toEqual({
      inserted: 2,
      added: 2,
      updated: 1,
      unchanged: 1,
      skipped: 1,
      merged: 0,
      held: 0,
    });
    expect((await verifyAudit(database)).ok).toBe(true);
  });
});

describe("set-based import commit: a NIK listed again in the file, pages apart", () => {
  it("writes one person: the owner's other business joins it, a repeat and another name do not land", async () => {
    const nik = testNik("62.71.01.1003");
    const again = (code: string) => [{ code, level: "warning", field: "nik" }];
    const first = values(1, { nik });
    const id = await stage([
      { values: first },
      ...Array.from({ length: PAGE_ROWS }, (_, i) => ({ values: values(20_000 + i) })),
      {
        values: { ...first, nama_usaha: "Usaha Lain" },
        status: "warning",
        errors: again("SAME_OWNER_IN_FILE"),
      },
      { values: first, status: "warning", errors: again("DUPLICATE_IN_FILE") },
      { values: { ...first, nama: "Nama Lain" }, status: "warning", errors: again("NIK_OTHER_NAME_IN_FILE") },
    ]);
    const out = await commitBatch(ctx(), id);
    expect(out.rowsImported).toBe(PAGE_ROWS + 2);
    expect(await scalar(sql`select count(*)::int n from registry.persons where nik = ${nik}`)).toBe(1);
    const names = await database.db.execute<{ name: string }>(sql`
      select b.name from registry.businesses b join registry.persons p on p.id = b.owner_id
      where p.nik = ${nik} order by b.name`);
    expect(names.rows.map((r) => r.name)).toEqual(["Usaha Lain", "Usaha Uji 1"]);
    expect(await batchCounts(id)).toEqual({ persons: PAGE_ROWS + 1, businesses: PAGE_ROWS + 2 });
  }, 60_000);
});

describe("set-based import commit: a commit that dies halfway", () => {
  const ROWS = 12_000; // three pages
  const many = () =>
    Array.from({ length: ROWS }, (_, i) => ({
      values: values(100 + i, { kendala: i % 10 === 0 ? "Sepi pembeli" : null }),
    }));
  const nothingOf = async (id: string) => {
    expect(await batchCounts(id)).toEqual({ persons: 0, businesses: 0 });
    const [batch] = await database.db.select().from(importBatches).where(sql`id = ${id}`);
    expect(batch?.status).toBe("dry_run");
  };

  it("leaves nothing when it fails after a page, and the re-run imports every row once", async () => {
    const id = await stage(many());
    const persons = await scalar(sql`select count(*)::int n from registry.persons`);
    const failing = () => {
      throw new Error("worker died");
    };
    await expect(commitBatch(ctx(), id, failing)).rejects.toThrow("worker died");
    await nothingOf(id);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons);

    // The connection itself killed in the middle (the job's process gone).
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      void admin.query(`select pg_terminate_backend(pid) from pg_stat_activity
        where datname = current_database() and pid <> pg_backend_pid() and backend_xid is not null`);
    };
    await expect(commitBatch(ctx(), id, kill)).rejects.toThrow();
    await admin.end();
    await nothingOf(id);

    const started = performance.now();
    const done = await commitBatch(ctx(), id);
    const ms = performance.now() - started;
    console.log(
      `commit of ${ROWS} staged rows: ${Math.round(ms)} ms (${Math.round(ROWS / (ms / 1000))} rows/s)`,
    );
    expect(done.rowsImported).toBe(ROWS);
    expect(await batchCounts(id)).toEqual({ persons: ROWS, businesses: ROWS });
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons + ROWS);
    expect(
      await scalar(sql`select count(*)::int n from registry.constraints c join registry.record_sources s
        on s.entity_id = c.business_id and s.entity_type = 'business' where s.import_batch_id = ${id}`),
    ).toBe(ROWS / 10);

    // A retried job finds the batch committed: same answer, nothing written twice.
    expect(await commitBatch(ctx(), id)).toEqual(done);
    expect(await batchCounts(id)).toEqual({ persons: ROWS, businesses: ROWS });
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.import-commit' and entity_id = ${id}`,
      ),
    ).toBe(1);
    expect((await verifyAudit(database)).ok).toBe(true);
  }, 120_000);
});
