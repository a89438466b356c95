// One file listing a NIK that is not yet registered more than once: the dry run marks the later
// rows (the same business again, another business of the same owner, the NIK under another name)
// and the commit does what it said: one person, each business once, the other name held back. The
// undo removes exactly what the commit added.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../testing/test-app";
import { systemCtx } from "../../../access";
import { createBusiness } from "../../register/create-business";
import { businessBody } from "../../testing/fixtures";
import { importUpload, waitForImportJob } from "../../testing/import";

const t = await createTestApp({ workers: true });
const operator = await t.login("operator.palangkaraya");

type Req = { method?: "GET" | "POST"; url: string; payload?: unknown };
const call = (req: Req) => t.app.inject({ ...req, headers: { cookie: operator } } as never);
const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

const HEADER = "nik,nama,jenis_kelamin,tanggal_lahir,alamat,kode_wilayah,no_hp,nama_usaha,bidang_usaha";
const NIK = "6271015205800003";
const OTHER = "6271015205800011";
const row = (nik: string, name: string, business: string, sector = "Kuliner") =>
  [nik, name, "P", "1980-05-12", "Jl. Tjilik Riwut", "62.71.01.1003", "081251110001", business, sector].join(
    ",",
  );
const csv = (rows: string[]) => Buffer.from(`${[HEADER, ...rows].join("\n")}\n`);
const FILE = csv([
  row(NIK, "Siti Aminah", "Warung Siti"), // row 2
  row(NIK, "Siti Aminah", "Jahit Siti", "Konveksi"), // 3: another business of the same owner
  row(NIK, "Hj. Siti Aminah", "WARUNG SITI"), // 4: row 2 again (title and case ignored)
  row(NIK, "Rusmini", "Kue Rusmini"), // 5: the same NIK under another name
  row(OTHER, "Dewi Kartika", "Salon Dewi", "Jasa"), // 6: someone else
]);

type Row = { row: number; status: string; reasons: { code: string; message: string }[] };

async function dryRun(file = FILE, name = "nik-ganda.csv"): Promise<string> {
  const req = importUpload(file, {}, name);
  const up = await t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
  expect(up.statusCode, up.body).toBe(201);
  const id = up.json().batch.id as string;
  const run = await call({
    method: "POST",
    url: `/api/registry/imports/${id}/dry-run`,
    payload: { sheets: [up.json().sheets[0].name] },
  });
  expect(run.statusCode, run.body).toBe(202);
  expect(await waitForImportJob(t.jobs, run.json().jobId)).toBe("completed");
  return id;
}

async function commit(id: string, payload: object = {}): Promise<void> {
  const res = await call({ method: "POST", url: `/api/registry/imports/${id}/commit`, payload });
  expect(res.statusCode, res.body).toBe(202);
  expect(await waitForImportJob(t.jobs, res.json().jobId)).toBe("completed");
}

const tallyOf = async (id: string) =>
  (
    await t.database.db.execute<{ after: { register: unknown } }>(
      sql`select after from access.audit_events where action = 'registry.import-commit' and entity_id = ${id}`,
    )
  ).rows[0]?.after.register;

const ownersOf = (nik: string) => sql`select count(*)::int n from registry.persons where nik = ${nik}`;

describe("a NIK listed more than once in one file", () => {
  it("is one person with each business once; another name is held back; undo removes it all", async () => {
    const before = {
      persons: await scalar(sql`select count(*)::int n from registry.persons`),
      businesses: await scalar(sql`select count(*)::int n from registry.businesses`),
    };
    const id = await dryRun();
    const rows: Row[] = (await call({ url: `/api/registry/imports/${id}/rows` })).json().rows;
    expect(rows.map((r) => [r.row, r.status, r.reasons.map((x) => x.code)])).toEqual([
      [2, "valid", []],
      [3, "warning", ["SAME_OWNER_IN_FILE"]],
      [4, "warning", ["DUPLICATE_IN_FILE"]],
      [5, "warning", ["NIK_OTHER_NAME_IN_FILE"]],
      [6, "valid", []],
    ]);
    const message = (n: number) => rows.find((r) => r.row === n)?.reasons[0]?.message ?? "";
    expect(message(3)).toMatch(/baris 2 di sheet "nik-ganda".*ditambahkan/);
    expect(message(4)).toMatch(/^Baris ganda.*baris 2.*tidak disimpan lagi/);
    expect(message(5)).toMatch(/atas nama lain \("Siti Aminah"\).*tidak disimpan/);
    const batch = (await call({ url: `/api/registry/imports/${id}` })).json().batch;
    expect(batch.summary.reasons).toMatchObject({
      SAME_OWNER_IN_FILE: 1,
      DUPLICATE_IN_FILE: 1,
      NIK_OTHER_NAME_IN_FILE: 1,
    });

    await commit(id);
    expect(await scalar(ownersOf(NIK))).toBe(1);
    expect(await scalar(ownersOf(OTHER))).toBe(1);
    const owned = await t.database.db.execute<{ name: string; owner: string }>(sql`
      select b.name, p.name as owner from registry.businesses b join registry.persons p on p.id = b.owner_id
      where p.nik = ${NIK} order by b.name`);
    expect(owned.rows).toEqual([
      { name: "Jahit Siti", owner: "Siti Aminah" },
      { name: "Warung Siti", owner: "Siti Aminah" },
    ]);
    const done = (await call({ url: `/api/registry/imports/${id}` })).json().batch;
    expect(done.rowsImported).toBe(3);
    expect(await tallyOf(id)).toEqual({
      inserted: 2,
      added: 1,
      updated: 0,
      unchanged: 0,
      skipped: 0,
      merged: 1,
      held: 1,
      joined: 0,
    });
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(before.persons + 2);
    expect(await scalar(sql`select count(*)::int n from registry.businesses`)).toBe(before.businesses + 3);

    const undo = await call({ method: "POST", url: `/api/registry/imports/${id}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(await scalar(ownersOf(NIK))).toBe(0);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(before.persons);
    expect(await scalar(sql`select count(*)::int n from registry.businesses`)).toBe(before.businesses);
    expect(
      await scalar(sql`select count(*)::int n from registry.record_sources where import_batch_id = ${id}`),
    ).toBe(0);
  });

  it("leaves a registered owner's rows to the register choice; a repeated row still lands once", async () => {
    const body = businessBody({ village: "62.71.01.1003", name: "Marlina Tingang" });
    await createBusiness({ ctx: systemCtx(t.database, "test"), input: body });
    const nik = body.owner?.nik ?? "";
    const id = await dryRun(
      csv([
        row(nik, "Marlina Tingang", body.business.name), // row 2: the registered business
        row(nik, "Marlina Tingang", "Toko Baru Marlina"), // 3: another business
        row(nik, "Marlina Tingang", body.business.name), // 4: row 2 again
      ]),
      "terdaftar-ganda.csv",
    );
    const rows: Row[] = (await call({ url: `/api/registry/imports/${id}/rows` })).json().rows;
    expect(rows.map((r) => r.reasons.map((x) => x.code))).toEqual([
      ["EXISTS_IN_REGISTER"],
      ["EXISTS_IN_REGISTER"],
      ["DUPLICATE_IN_FILE", "EXISTS_IN_REGISTER"],
    ]);
    const batch = (await call({ url: `/api/registry/imports/${id}` })).json().batch;
    expect(batch.summary.reasons.SAME_OWNER_IN_FILE).toBeUndefined();
    await commit(id, { duplicates: { rows: [{ row: 3, choice: "add_business" }] } });
    expect(await scalar(ownersOf(nik))).toBe(1);
    const owned = await t.database.db.execute<{ name: string }>(sql`
      select b.name from registry.businesses b join registry.persons p on p.id = b.owner_id
      where p.nik = ${nik} order by b.name`);
    expect(owned.rows.map((r) => r.name).sort()).toEqual([body.business.name, "Toko Baru Marlina"].sort());
    expect(await tallyOf(id)).toMatchObject({ inserted: 0, added: 1, merged: 1, held: 0 });
  });

  it("adds a held-back row to the NIK's person when the operator says it is the same person", async () => {
    const nik = "6271015205800046";
    const id = await dryRun(
      csv([
        row(nik, "Yuliana Lestari", "Warung Yuli"), // row 2
        row(nik, "Yuli Lestari", "Kue Yuli"), // 3: the same NIK under another name
        row(nik, "Juliana", "Laundry Juliana", "Jasa"), // 4: again, left held back
      ]),
      "nik-nama-lain.csv",
    );
    const rows: Row[] = (await call({ url: `/api/registry/imports/${id}/rows` })).json().rows;
    expect(rows.map((r) => r.reasons.map((x) => x.code))).toEqual([
      [],
      ["NIK_OTHER_NAME_IN_FILE"],
      ["NIK_OTHER_NAME_IN_FILE"],
    ]);
    // Only "skip" and "add_business" are choices of a held-back row; "update" is not one.
    await commit(id, {
      duplicates: {
        all: "add_business",
        rows: [
          { row: 3, choice: "add_business" },
          { row: 4, choice: "update" },
        ],
      },
    });
    const stored: Row[] = (await call({ url: `/api/registry/imports/${id}/rows` })).json().rows;
    expect(stored.map((r) => (r as Row & { choice: string | null }).choice)).toEqual([
      null,
      "add_business",
      null,
    ]);
    expect(await scalar(ownersOf(nik))).toBe(1);
    const owned = await t.database.db.execute<{ name: string; owner: string }>(sql`
      select b.name, p.name as owner from registry.businesses b join registry.persons p on p.id = b.owner_id
      where p.nik = ${nik} order by b.name`);
    expect(owned.rows).toEqual([
      { name: "Kue Yuli", owner: "Yuliana Lestari" },
      { name: "Warung Yuli", owner: "Yuliana Lestari" },
    ]);
    expect(await tallyOf(id)).toMatchObject({ inserted: 1, added: 0, held: 1, joined: 1 });
    expect((await call({ url: `/api/registry/imports/${id}` })).json().batch.rowsImported).toBe(2);
    const undo = await call({ method: "POST", url: `/api/registry/imports/${id}/undo` });
    expect(undo.statusCode, undo.body).toBe(200);
    expect(await scalar(ownersOf(nik))).toBe(0);
  });
});
