// The open data page's API without a session: counts by regency equal to the signed-in summary of
// each regency, no personal data in the JSON or the CSV, the CSV's header and rows; a bad province.
import { describe, expect, it } from "vitest";
import { seedDemo } from "../../../demo/seed-demo";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";

const t = await createTestApp({ seed: (db) => seedDemo(db, { password: DEMO_PASSWORD, deferAid: true }) });

type Row = {
  code: string;
  name: string;
  businesses: number;
  affected: number;
  prakerjaRegistered: number;
  prakerjaPassed: number;
};

describe("GET /api/open-data/regencies (public)", () => {
  it("gives Bangka Belitung's counts by regency without a login, equal to each regency's summary", async () => {
    const res = await t.app.inject({ url: "/api/open-data/regencies?province=19" });
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json() as { asOf: string; provinceName: string; rows: Row[] };
    expect(data.provinceName).toMatch(/Bangka Belitung/i);
    expect(Date.parse(data.asOf)).not.toBeNaN();
    expect(data.rows.map((r) => r.code)).toContain("19.71");
    const admin = await t.login("admin.babel");
    for (const row of data.rows) {
      const s = (
        await t.app.inject({ url: `/api/reports/summary?region=${row.code}`, headers: { cookie: admin } })
      ).json();
      expect(row).toMatchObject({
        businesses: s.businesses,
        affected: s.affected,
        prakerjaRegistered: s.prakerja.registered,
        prakerjaPassed: s.prakerja.passed,
      });
    }
    expect(data.rows.reduce((a, r) => a + r.prakerjaRegistered, 0)).toBe(283);
    expect(data.rows.reduce((a, r) => a + r.prakerjaPassed, 0)).toBe(150);
    expect(res.body).not.toMatch(/\d{16}/); // no NIK
    expect(Object.keys(data.rows[0] ?? {})).toEqual([
      "code",
      "name",
      "businesses",
      "affected",
      "aidPaid",
      "trainingHeld",
      "prakerjaRegistered",
      "prakerjaPassed",
    ]);
  });

  it("downloads the same table as CSV in Indonesian or English", async () => {
    const json = (await t.app.inject({ url: "/api/open-data/regencies?province=62" })).json() as {
      rows: Row[];
    };
    const res = await t.app.inject({ url: "/api/open-data/regencies.csv?province=62" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toMatch(/data-terbuka-62-\d{4}-\d{2}-\d{2}\.csv/);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toBe(
      "kode_wilayah,kabupaten_kota,usaha_terdaftar,usaha_terdampak,penerima_bantuan_dibayar,pelatihan_terlaksana,prakerja_terdaftar,prakerja_lulus,data_per",
    );
    expect(lines.length).toBe(json.rows.length + 1);
    const palangka = lines.find((l) => l.startsWith("62.71,"))?.split(",");
    expect(Number(palangka?.[2])).toBe(json.rows.find((r) => r.code === "62.71")?.businesses);
    const en = await t.app.inject({ url: "/api/open-data/regencies.csv?province=62&lang=en" });
    expect(en.body).toContain("region_code,regency_city,registered_businesses");
  });

  it("refuses a province code that is not one and answers 404 for an unknown one", async () => {
    expect((await t.app.inject({ url: "/api/open-data/regencies?province=6" })).statusCode).toBe(400);
    expect((await t.app.inject({ url: "/api/open-data/regencies?province=99" })).statusCode).toBe(404);
  });
});
