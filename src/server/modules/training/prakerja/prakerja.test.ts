// Kartu Prakerja through the HTTP API: the usual export (No, NIK, Nama Lengkap, No. HP, Gelombang,
// Status) and a name + birth date list are imported with each row's statuses, linked to the register,
// shown for the owner's business and counted by region in the summary; roles and refusals.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx, tx } from "../../access";
import { findPersonRow, getBusinessBrief } from "../../registry";
import { newBusiness, VILLAGE_IN } from "../testing/authz";
import { multipart } from "../testing/http";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const operator = await t.login("operator.palangkaraya");
const pendamping = await t.login("pendamping.palangkaraya");
const kotim = await t.login("operator.kotim");
const pimpinan = await t.login("pimpinan.kalteng");
const L = "/api/training/prakerja/lists";

async function ownerOf(businessId: string) {
  const brief = await getBusinessBrief({ ctx, id: businessId });
  const person = await tx(ctx, (x) => findPersonRow(x, brief?.ownerId ?? ""));
  return { nik: person?.nik ?? "", name: person?.name ?? "" };
}

async function send(cookie: string, fields: Record<string, string>, csv: string) {
  const body = multipart(fields, { name: "prakerja.csv", type: "text/csv", content: csv });
  return t.app.inject({
    method: "POST",
    url: L,
    headers: { cookie, ...body.headers },
    payload: body.payload,
  });
}

async function summary(cookie: string, region: string) {
  const res = await t.app.inject({ url: `/api/reports/summary?region=${region}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().prakerja as { registered: number; passed: number };
}

describe("Kartu Prakerja lists", () => {
  const businesses: string[] = [];

  it("imports the usual export with wave and status per row and counts it in the summary", async () => {
    businesses.push(
      await newBusiness(ctx, VILLAGE_IN, "Siti Aminah"),
      await newBusiness(ctx, VILLAGE_IN, "Ahmad Fauzi"),
    );
    const [a, b] = [await ownerOf(businesses[0] ?? ""), await ownerOf(businesses[1] ?? "")];
    const before = await summary(pimpinan, "62.71");
    const csv = [
      "No,NIK,Nama Lengkap,No. HP,Gelombang,Status",
      `1,${a.nik},${a.name},081234567890,3,Lulus`,
      `2,${b.nik},${b.name},081298765432,3,Terdaftar`,
      "3,6271014101850009,Lim Ah Kiong,,4,Insentif diterima",
      "4,6271014101850010,Rina Oktaviani,,4,Tidak lulus",
    ].join("\n");
    const res = await send(
      operator,
      { name: "Prakerja Palangka Raya gelombang 3-4", regionCode: "62.71" },
      csv,
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().list.counts).toEqual({ rows: 4, registered: 4, passed: 2, incentive: 1 });
    const id = res.json().list.id;
    const rows = await t.app.inject({ url: `${L}/${id}`, headers: { cookie: operator } });
    expect(rows.statusCode, rows.body).toBe(200);
    expect(rows.json()[0]).toMatchObject({
      name: a.name,
      wave: "3",
      statusText: "Lulus",
      passed: true,
      incentive: false,
    });
    expect(rows.json()[0].nik).toBeUndefined();
    const lists = await t.app.inject({ url: L, headers: { cookie: pimpinan } });
    expect(lists.json().find((l: { id: string }) => l.id === id)?.counts.passed).toBe(2);
    const after = await summary(pimpinan, "62.71");
    expect(after).toEqual({ registered: before.registered + 4, passed: before.passed + 2 });
    expect(await summary(pimpinan, "62.02")).toEqual({ registered: 0, passed: 0 });
  });

  it("shows the owner's Prakerja status for the business", async () => {
    const res = await t.app.inject({
      url: `/api/training/prakerja/businesses/${businesses[0]}`,
      headers: { cookie: operator },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual([
      expect.objectContaining({ wave: "3", registered: true, passed: true, incentive: false, via: "nik" }),
    ]);
    const other = await newBusiness(ctx, VILLAGE_IN, "Dewi Lestari");
    const none = await t.app.inject({
      url: `/api/training/prakerja/businesses/${other}`,
      headers: { cookie: operator },
    });
    expect(none.json()).toEqual([]);
  });

  it("accepts a list with name and birth date only and separate yes/no columns", async () => {
    const csv = [
      "Nama,Tanggal Lahir,Lulus,Insentif",
      "Yuliana Sari,12-05-1980,Ya,Sudah",
      "Bambang Irawan,03-11-1975,Tidak,Belum",
    ].join("\n");
    const res = await send(operator, { name: "Prakerja tanpa NIK", regionCode: "62.71" }, csv);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().list.counts).toEqual({ rows: 2, registered: 2, passed: 1, incentive: 1 });
  });

  it("refuses other roles, other regencies and a file without names", async () => {
    const csv = "NIK,Nama\n6271014101850011,Sari";
    expect((await send(pendamping, { name: "Prakerja", regionCode: "62.71" }, csv)).statusCode).toBe(403);
    const out = await send(kotim, { name: "Prakerja", regionCode: "62.71" }, csv);
    expect(out.statusCode).toBe(403);
    expect(out.json().error.code).toBe("OUT_OF_SCOPE");
    const bad = await send(operator, { name: "Prakerja", regionCode: "62" }, csv);
    expect(bad.statusCode).toBe(400);
    const empty = await send(operator, { name: "Prakerja", regionCode: "62.71" }, "Kolom A,Kolom B\n1,2");
    expect(empty.statusCode).toBe(400);
  });
});
