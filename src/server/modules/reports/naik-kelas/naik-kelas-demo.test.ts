// The naik kelas report on the full demo: Dharmasraya's micro businesses that moved to small after
// the October 2020 training (and the BPUM proposal), counted exactly, in the right quarter.
import { describe, expect, it } from "vitest";
import { seedDeferredDemo, seedDemo } from "../../../demo/seed-demo";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { NAIK_KELAS_DEMO } from "../../training";

const t = await createTestApp({
  seed: async (db) => {
    await seedDemo(db, { password: DEMO_PASSWORD, deferAid: true });
    await seedDeferredDemo(db, { password: DEMO_PASSWORD });
  },
});
const sumbar = await t.login("admin.sumbar");
const get = async (q: string) => {
  const res = await t.app.inject({ url: `/api/reports/naik-kelas?${q}`, headers: { cookie: sumbar } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const direct = async (from: string, to: string) =>
  Number(
    (
      await t.database.pool.query(
        `select count(distinct business_id) as n from registry.size_class_changes
         where from_class = 'mikro' and to_class = 'kecil' and changed_on between $1 and $2
           and region_code like '13.10.%'`,
        [from, to],
      )
    ).rows[0]?.n,
  );

describe("naik kelas in the demo", () => {
  it("lists the Dharmasraya businesses moved micro → small after training, with their support", async () => {
    const r = await get("region=13.10");
    expect(r.total).toBe(NAIK_KELAS_DEMO.movedUp);
    expect(r.total).toBe(await direct("2000-01-01", "2100-01-01"));
    expect(
      r.rows.every(
        (x: { fromClass: string; toClass: string }) => x.fromClass === "mikro" && x.toClass === "kecil",
      ),
    ).toBe(true);
    expect(r.rows.every((x: { trainings: number }) => x.trainings === 1)).toBe(true);
    expect(r.byRegion.reduce((a: number, c: { count: number }) => a + c.count, 0)).toBe(r.total);
    const q1 = await get("region=13.10&from=2021-01-01&to=2021-03-31");
    expect(q1.total).toBe(4);
    expect(q1.total).toBe(await direct("2021-01-01", "2021-03-31"));
    const q2 = await get("region=13.10&from=2021-04-01&to=2021-06-30");
    expect(q2.total).toBe(2);
    expect((await get("region=13.10&to=2020-12-31")).total).toBe(0);
  });

  it("shows BPUM paid to Dharmasraya businesses that moved up, and on the dashboard", async () => {
    const r = await get("region=13.10");
    const paid = r.rows.filter((x: { aidPaid: number }) => x.aidPaid > 0);
    expect(paid.length).toBeGreaterThan(0);
    expect(paid.every((x: { aidAmount: number }) => x.aidAmount === 2_400_000)).toBe(true);
    const res = await t.app.inject({ url: "/api/reports/summary?region=13.10", headers: { cookie: sumbar } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().aid.paid).toBeGreaterThan(0);
    expect(res.json().aid.approved).toBeGreaterThanOrEqual(res.json().aid.paid);
  });
});
