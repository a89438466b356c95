// The dashboard's xlsx and one-page PDF: the same figures as the summary API for the province and
// each regency; scope rules as for the summary.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../../demo/seed-demo";
import { pdfText } from "../../../testing/pdf-text";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";

const t = await createTestApp({ seed: (db) => seedDemo(db, { password: DEMO_PASSWORD, deferAid: true }) });
const pimpinan = await t.login("pimpinan.kalteng");
const get = (url: string, cookie = pimpinan) => t.app.inject({ url, headers: { cookie } });

describe("dashboard exports", () => {
  it("xlsx: the province's total row and one row per regency, equal to the summaries", async () => {
    const res = await get("/api/reports/regions.xlsx?region=62");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-disposition"]).toContain("dasbor-62.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const at = rows.findIndex((r) => r[0] === "Kode");
    const header = rows[at] as string[];
    expect(header.slice(0, 3)).toEqual(["Kode", "Wilayah", "Usaha terdaftar"]);
    expect(String(rows[at - 1]?.[0])).toContain("Periode semua waktu");
    const byCode = new Map(rows.slice(at + 1).map((r) => [r[0], r]));
    expect(byCode.size).toBe(15);
    for (const code of ["62", "62.71", "62.02"]) {
      const s = (await get(`/api/reports/summary?region=${code}`)).json();
      const row = byCode.get(code) as unknown[];
      expect(row.slice(2, 4)).toEqual([s.businesses, s.affected]);
      expect(row[header.indexOf("Prakerja lulus")]).toBe(s.prakerja.passed);
    }
  });

  it("xlsx for a period: the dated figures as the summary for that period, the period stated", async () => {
    const res = await get("/api/reports/regions.xlsx?region=62&from=2020-07-01");
    expect(res.statusCode, res.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]?.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const at = rows.findIndex((r) => r[0] === "Kode");
    const header = rows[at] as string[];
    expect(String(rows[at - 1]?.[0])).toContain("Periode 2020-07-01 – …");
    const s = (await get("/api/reports/summary?region=62&from=2020-07-01")).json();
    const row = rows.find((r) => r[0] === "62") as unknown[];
    expect(row[header.indexOf("Bantuan dibayar*")]).toBe(s.aid.paid);
    expect(row[header.indexOf("Terjual (unit)*")]).toBe(s.market.sold);
    expect(row[header.indexOf("Kendala dibuka*")]).toBe(s.constraintsOpened);
  });

  it("pdf: one page with the region, its figures and its regencies", async () => {
    const res = await get("/api/reports/regions.pdf?region=62");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload.subarray(0, 4).toString()).toBe("%PDF");
    const text = await pdfText(res.rawPayload);
    const s = (await get("/api/reports/summary?region=62")).json();
    expect(text).toContain("Kalimantan Tengah");
    expect(text).toContain(s.businesses.toLocaleString("id-ID"));
    expect(text).toContain("Kota Palangkaraya");
    expect(res.rawPayload.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  });

  it("refuses a region outside the scope", async () => {
    const op = await t.login("operator.palangkaraya");
    expect((await get("/api/reports/regions.xlsx?region=62.02", op)).statusCode).toBe(403);
    expect((await get("/api/reports/regions.pdf?region=13.10")).statusCode).toBe(403);
  });
});
