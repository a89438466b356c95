// After an import commit, the incremental dedup job compares the new records with the register:
// people already registered under damaged NIKs (a one-digit typo, a last digit zeroed by Excel, the
// No. KK typed in the NIK column) land in the review queue, and a second run adds nothing.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../../testing/test-app";
import { systemCtx } from "../../../access";
import type { CreateBusinessBody } from "../../contract-register";
import { createBusiness } from "../../register/create-business";
import { businessBody } from "../../testing/fixtures";
import { importUpload, waitForImportJob } from "../../testing/import";

const t = await createTestApp({ workers: true });
const operator = await t.login("operator.palangkaraya");
type Req = { method?: "GET" | "POST"; url: string; payload?: unknown };
const call = (req: Req) => t.app.inject({ ...req, headers: { cookie: operator } } as never);

type Person = { nik: string; kk: string; name: string; sex: "L" | "P"; birth: string; phone: string };
// Registered in Langkai (62.71.01.1003); the spreadsheet lists them in a neighbouring village.
const PEOPLE: Person[] = [
  {
    nik: "6271015403750012",
    kk: "6271012201090004",
    name: "Suparmi",
    sex: "P",
    birth: "1975-03-14",
    phone: "081251110001",
  },
  {
    nik: "6271010207800034",
    kk: "6271010511120002",
    name: "Rusli Hidayat",
    sex: "L",
    birth: "1980-07-02",
    phone: "081251110002",
  },
  {
    nik: "6271016011850041",
    kk: "6271011503180007",
    name: "Dewi Kartika",
    sex: "P",
    birth: "1985-11-20",
    phone: "081251110003",
  },
];
const BUSINESSES = ["Warung Suparmi", "Bengkel Rusli", "Kue Dewi"];
const DAMAGED = ["6271015403750072", "6271010207800030", "6271011503180007"];

function registered(p: Person, i: number): CreateBusinessBody {
  const body = businessBody({ village: "62.71.01.1003", name: p.name, nik: p.nik });
  return {
    ...body,
    owner: {
      ...body.owner,
      name: p.name,
      nik: p.nik,
      noKk: p.kk,
      sex: p.sex,
      birthDate: p.birth,
      phone: p.phone,
    },
    business: { ...body.business, name: BUSINESSES[i] ?? "Usaha" },
  };
}

const HEADER = "nik,no_kk,nama,jenis_kelamin,tanggal_lahir,alamat,kode_wilayah,no_hp,nama_usaha,bidang_usaha";
const csv = Buffer.from(
  `${[
    HEADER,
    ...PEOPLE.map((p, i) =>
      [
        DAMAGED[i],
        "",
        p.name.toUpperCase(),
        p.sex,
        p.birth,
        "Jl. Baru",
        "62.71.01.1001",
        "",
        BUSINESSES[i]?.toUpperCase(),
        "Kuliner",
      ].join(","),
    ),
    "6271014612900055,,Yanti Nirwana,P,1990-12-06,Jl. Lain,62.71.01.1001,,Salon Yanti,Jasa",
  ].join("\n")}\n`,
);

async function importFile(): Promise<string> {
  const req = importUpload(csv, {}, "terdaftar-nik-rusak.csv");
  const up = await t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
  expect(up.statusCode, up.body).toBe(201);
  const id = up.json().batch.id as string;
  const dry = await call({
    method: "POST",
    url: `/api/registry/imports/${id}/dry-run`,
    payload: { sheets: [up.json().sheets[0].name] },
  });
  expect(await waitForImportJob(t.jobs, dry.json().jobId)).toBe("completed");
  const commit = await call({ method: "POST", url: `/api/registry/imports/${id}/commit`, payload: {} });
  expect(commit.statusCode, commit.body).toBe(202);
  expect(await waitForImportJob(t.jobs, commit.json().jobId)).toBe("completed");
  return id;
}

type Rec = { businessId: string; businessName: string };
type Item = { id: string; decision: string; note: string | null; a: Rec; b: Rec };
const openPairs = async (): Promise<Item[]> =>
  (await call({ url: "/api/linkage/reviews?status=open&limit=100" })).json().items;

async function waitForIdleQueue(): Promise<Array<{ name: string; state: string; result: unknown }>> {
  for (let i = 0; i < 120; i++) {
    const recent = await t.jobs.recent(50);
    const mine = recent.filter((j) => j.name === "linkage.incremental-dedup");
    if (mine.length > 0 && mine.every((j) => j.state === "completed" || j.state === "failed")) return mine;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("incremental dedup did not finish");
}

describe("incremental dedup after an import commit", () => {
  it("puts people registered under damaged NIKs in the review queue, once", async () => {
    const ctx = systemCtx(t.database, "test");
    for (const [i, p] of PEOPLE.entries()) await createBusiness({ ctx, input: registered(p, i) });
    const batchId = await importFile();
    const jobs = await waitForIdleQueue();
    expect(jobs.every((j) => j.state === "completed")).toBe(true);
    const pairs = await openPairs();
    for (const name of BUSINESSES) {
      const imported = name.toUpperCase();
      const found = pairs.filter(
        (p) => [p.a.businessName, p.b.businessName].sort().join() === [imported, name].sort().join(),
      );
      expect(
        found,
        `${name}: ${JSON.stringify(pairs.map((p) => [p.a.businessName, p.b.businessName, p.decision]))}`,
      ).toHaveLength(1);
    }
    expect(pairs.some((p) => [p.a.businessName, p.b.businessName].includes("Salon Yanti"))).toBe(false);
    // Sure matches joined the registered record's entity.
    for (const p of pairs.filter((x) => x.decision === "match")) {
      const ids = [p.a.businessId, p.b.businessId];
      const res = await t.database.db.execute<{ entity_id: string | null }>(
        sql`select entity_id from registry.businesses where id = any(${sql.param(ids)}::uuid[])`,
      );
      expect(new Set(res.rows.map((r) => r.entity_id)).size).toBe(1);
      expect(res.rows[0]?.entity_id).not.toBeNull();
    }

    // The same job again: nothing new.
    const again = await t.jobs.enqueue(
      "linkage.incremental-dedup",
      { regionCode: "62.71", importBatchId: batchId },
      { createdBy: null, scope: "62.71" },
    );
    for (let i = 0; i < 120 && (await t.jobs.status(again))?.state !== "completed"; i++)
      await new Promise((r) => setTimeout(r, 250));
    const second = await t.jobs.status(again);
    expect(second?.result).toMatchObject({ records: 4, pairsAdded: 0, entityIdsChanged: 0 });
    expect((await openPairs()).length).toBe(pairs.length);
  });

  it("asks about a row the operator marked 'not sure' (review) in the import", async () => {
    const ctx = systemCtx(t.database, "test");
    const p: Person = {
      nik: "6271014104700066",
      kk: "",
      name: "Marlina Tingang",
      sex: "P",
      birth: "1970-04-01",
      phone: "081251110009",
    };
    const out = await createBusiness({
      ctx,
      input: { ...registered(p, 0), business: { ...registered(p, 0).business, name: "Anyaman Marlina" } },
    });
    // Another NIK, same name, birth date and phone: LIKELY_IN_REGISTER in the dry run.
    const row =
      "6271014104700091,,Marlina Tingang,P,1970-04-01,Jl. Baru,62.71.01.1003,081251110009,Anyaman Tingang,Kriya";
    const req = importUpload(Buffer.from(`${HEADER}\n${row}\n`), {}, "ragu.csv");
    const up = await t.app.inject({ ...req, headers: { ...req.headers, cookie: operator } });
    const id = up.json().batch.id as string;
    const dry = await call({
      method: "POST",
      url: `/api/registry/imports/${id}/dry-run`,
      payload: { sheets: [up.json().sheets[0].name] },
    });
    expect(await waitForImportJob(t.jobs, dry.json().jobId)).toBe("completed");
    const rows = (await call({ url: `/api/registry/imports/${id}/rows` })).json().rows;
    expect(rows[0].reasons.map((r: { code: string }) => r.code)).toContain("LIKELY_IN_REGISTER");
    const commit = await call({
      method: "POST",
      url: `/api/registry/imports/${id}/commit`,
      payload: { duplicates: { all: "review" } },
    });
    expect(await waitForImportJob(t.jobs, commit.json().jobId)).toBe("completed");
    const asked = (await openPairs()).filter((x) =>
      [x.a.businessId, x.b.businessId].includes(out.page.business.id),
    );
    expect(asked.map((x) => [x.note, x.a.businessName, x.b.businessName].join())).toEqual([
      expect.stringMatching(/^askedAtEntry,Anyaman (Marlina,Anyaman Tingang|Tingang,Anyaman Marlina)$/),
    ]);
  });
});
