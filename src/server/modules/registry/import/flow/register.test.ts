// An import against the register: the product's own canonical columns are read (kode_wilayah as a
// village code), the affected flag and kendala land as such, and a person already registered is
// never added a second time (EXISTS_IN_REGISTER, the operator's choice, update by default).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../testing/test-app";
import { systemCtx } from "../../../access";
import { createBusiness } from "../../register/create-business";
import { businessBody, testNik } from "../../testing/fixtures";
import { importUpload, waitForImportJob } from "../../testing/import";

const t = await createTestApp({ workers: true });
const operator = await t.login("operator.palangkaraya");

type Req = { method?: "GET" | "POST"; url: string; payload?: unknown };
const call = (req: Req) => t.app.inject({ ...req, headers: { cookie: operator } } as never);
const scalar = async (q: ReturnType<typeof sql>) =>
  Number((await t.database.db.execute<{ n: number }>(q)).rows[0]?.n ?? -1);

const HEADER =
  "record_id,nik,no_kk,nama,jenis_kelamin,tempat_lahir,tanggal_lahir,alamat,rt,rw,kode_wilayah,no_hp,nama_usaha,bidang_usaha,sumber,terdampak,kendala";
const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: string[][]) =>
  Buffer.from(`${[HEADER, ...rows.map((r) => r.map(csvField).join(","))].join("\n")}\n`);

async function dryRun(file: Buffer, name: string) {
  const req = importUpload(file, {}, name);
  const up = await t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
  expect(up.statusCode, up.body).toBe(201);
  const body = up.json();
  const sheets = (body.sheets as { name: string; skipReason: string | null }[])
    .filter((s) => s.skipReason === null)
    .map((s) => s.name);
  expect(sheets.length).toBe(1);
  const run = await call({
    method: "POST",
    url: `/api/registry/imports/${body.batch.id}/dry-run`,
    payload: { sheets },
  });
  expect(run.statusCode, run.body).toBe(202);
  expect(await waitForImportJob(t.jobs, run.json().jobId)).toBe("completed");
  return body.batch.id as string;
}

async function commit(id: string, payload: object = {}) {
  const res = await call({ method: "POST", url: `/api/registry/imports/${id}/commit`, payload });
  expect(res.statusCode, res.body).toBe(202);
  expect(await waitForImportJob(t.jobs, res.json().jobId)).toBe("completed");
}

type Row = {
  row: number;
  status: string;
  reasons: { code: string; businessId?: string; personId?: string }[];
};
const rowsOf = async (id: string): Promise<Row[]> =>
  (await call({ url: `/api/registry/imports/${id}/rows?limit=500` })).json().rows;

const fresh = (n: number, village: string, over: Partial<Record<"terdampak" | "kendala", string>> = {}) => [
  `R${n}`,
  testNik(village.replace(/^(\d{2})(\d{2})(\d{2})/, "$1.$2.$3.")),
  "",
  `Warga Baru ${n}`,
  "P",
  "Palangka Raya",
  "1980-05-12",
  `Jl. Uji No. ${n}`,
  "002",
  "005",
  village,
  `+6281234567${String(100 + n)}`,
  `Usaha Uji ${n}`,
  "Kuliner",
  "Pendataan",
  over.terdampak ?? "",
  over.kendala ?? "",
];

describe("import in the product's canonical columns", () => {
  it("reads kode_wilayah (dotted or not), stores the affected flag and the kendala as open kendala", async () => {
    const id = await dryRun(
      csv([
        fresh(1, "62.71.01.1003", { terdampak: "Ya", kendala: "Modal usaha habis" }),
        fresh(2, "6271011003", { terdampak: "Ya" }),
        fresh(3, "62.71.02.1001", { terdampak: "Tidak" }),
      ]),
      "umkm-kanonik.csv",
    );
    const rows = await rowsOf(id);
    expect(
      rows.map((r) => r.status),
      JSON.stringify(rows),
    ).toEqual(["valid", "valid", "valid"]);
    await commit(id);
    const stored = (
      await t.database.db.execute<{
        name: string;
        affected: boolean | null;
        region_code: string;
        open_constraints: number;
      }>(
        sql`select b.name, b.affected, b.region_code, b.open_constraints from registry.businesses b
            join registry.record_sources s on s.entity_id = b.id and s.entity_type = 'business'
            where s.import_batch_id = ${id} order by b.name`,
      )
    ).rows;
    expect(stored).toEqual([
      { name: "Usaha Uji 1", affected: true, region_code: "62.71.01.1003", open_constraints: 1 },
      { name: "Usaha Uji 2", affected: true, region_code: "62.71.01.1003", open_constraints: 0 },
      { name: "Usaha Uji 3", affected: false, region_code: "62.71.02.1001", open_constraints: 0 },
    ]);
    expect(
      await scalar(
        sql`select count(*)::int n from registry.constraints where description = 'Modal usaha habis' and status = 'open'`,
      ),
    ).toBe(1);
  });
});

describe("import of people already in the register", () => {
  it("marks them EXISTS_IN_REGISTER, updates by default and adds no second copy", async () => {
    const known: { nik: string; name: string; village: string; business: string; id: string }[] = [];
    for (const [i, village] of ["62.71.01.1003", "62.71.01.1001", "62.71.02.1001"].entries()) {
      const body = businessBody({
        village,
        name: ["Sumarni Dewi", "Halimah Noor", "Yohana Tingang"][i] ?? "",
      });
      const out = await createBusiness({ ctx: systemCtx(t.database, "test"), input: body });
      known.push({
        nik: body.owner?.nik ?? "",
        name: body.owner?.name ?? "",
        village,
        business: body.business.name,
        id: out.page.business.id,
      });
    }
    const file = csv(
      known.map((k, i) => {
        const row = fresh(10 + i, k.village);
        row[1] = k.nik;
        row[3] = k.name;
        row[6] = "";
        row[12] = k.business;
        return row;
      }),
    );
    const persons = await scalar(sql`select count(*)::int n from registry.persons`);
    const businesses = await scalar(sql`select count(*)::int n from registry.businesses`);
    const id = await dryRun(file, "sudah-terdaftar.csv");
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.status)).toEqual(["warning", "warning", "warning"]);
    const exists = rows.map((r) => r.reasons.find((x) => x.code === "EXISTS_IN_REGISTER"));
    expect(exists.map((e) => e?.businessId)).toEqual(known.map((k) => k.id));
    await commit(id);
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons);
    expect(await scalar(sql`select count(*)::int n from registry.businesses`)).toBe(businesses);
    expect(
      await scalar(
        sql`select count(*)::int n from access.audit_events where action = 'registry.import-update' and entity_id = ${known[0]?.id}`,
      ),
    ).toBe(1);

    // The same file again, the operator chooses per row: a new business of the same owner, skip.
    const again = await dryRun(file, "sudah-terdaftar-2.csv");
    await commit(again, {
      confirmDuplicate: true,
      duplicates: { all: "skip", rows: [{ row: 2, choice: "add_business" }] },
    });
    expect(await scalar(sql`select count(*)::int n from registry.persons`)).toBe(persons);
    expect(await scalar(sql`select count(*)::int n from registry.businesses`)).toBe(businesses + 1);
    expect(
      await scalar(
        sql`select count(*)::int n from registry.businesses b join registry.persons p on p.id = b.owner_id where p.nik = ${known[0]?.nik}`,
      ),
    ).toBe(2);

    // A third time with the default: everything was filled already, so nothing changes.
    const audits = sql`select count(*)::int n from access.audit_events where action = 'registry.import-update'`;
    const before = await scalar(audits);
    const third = await dryRun(file, "sudah-terdaftar-3.csv");
    expect((await rowsOf(third)).every((r) => r.reasons.some((x) => x.code === "EXISTS_IN_REGISTER"))).toBe(
      true,
    );
    await commit(third, { confirmDuplicate: true });
    expect(await scalar(audits)).toBe(before);
    expect(await scalar(sql`select count(*)::int n from registry.businesses`)).toBe(businesses + 1);
  });

  it("marks a probable match (another NIK, same name, birth date and village) LIKELY_IN_REGISTER", async () => {
    const body = businessBody({ village: "62.71.01.1005", name: "Hj. Rusmini" });
    const out = await createBusiness({ ctx: systemCtx(t.database, "test"), input: body });
    const row = fresh(30, "62.71.01.1005");
    row[3] = "Rusmini";
    const id = await dryRun(csv([row]), "mirip.csv");
    const [first] = await rowsOf(id);
    expect(first?.status).toBe("warning");
    expect(first?.reasons.find((r) => r.code === "LIKELY_IN_REGISTER")?.businessId).toBe(
      out.page.business.id,
    );
  });
});
