// The naik kelas report against the size class history counted straight from the table: moves up,
// down, up-then-down and outside the period; per child region; the scope and the xlsx export.
import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { systemCtx, tx } from "../../access";
import { createBusiness, recordSizeClass } from "../../registry";
import { businessBody } from "../../registry/testing/fixtures";
import { reportNaikKelas } from "./naik-kelas";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const pimpinan = await t.login("pimpinan.kalteng");
const operator = await t.login("operator.palangkaraya");

async function business(village: string, steps: Array<[string, "mikro" | "kecil" | "menengah"]>) {
  const id = (await createBusiness({ ctx, input: businessBody({ village }) })).page.business.id;
  for (const [asOf, sizeClass] of steps)
    await tx(ctx, (tr) =>
      recordSizeClass(tr, {
        businessId: id,
        sizeClass,
        asOf,
        source: "test",
        actorName: "test",
        at: ctx.now,
      }),
    );
  return id;
}

const RANK = ["mikro", "kecil", "menengah", "besar"];
/** Net moves up counted in JavaScript from the raw history rows (an independent definition). */
async function direct(region: string, from: string, to: string): Promise<string[]> {
  const rows = (
    await t.database.pool.query<{ business_id: string; from_class: string | null; to_class: string }>(
      `select business_id, from_class, to_class from registry.size_class_changes
       where changed_on between $1 and $2 and (region_code = $3 or region_code like $3 || '.%')
       order by changed_on, at, id`,
      [from, to, region],
    )
  ).rows;
  const first = new Map<string, string | null>();
  const last = new Map<string, string>();
  for (const r of rows) {
    if (!first.has(r.business_id)) first.set(r.business_id, r.from_class);
    last.set(r.business_id, r.to_class);
  }
  return [...last.keys()]
    .filter((id) => {
      const a = first.get(id);
      return a != null && RANK.indexOf(last.get(id) as string) > RANK.indexOf(a);
    })
    .sort();
}

const up = await business("62.71.01.1003", [
  ["2020-01-10", "mikro"],
  ["2020-11-01", "kecil"],
]);
const upTwice = await business("62.71.02.1001", [
  ["2020-01-10", "mikro"],
  ["2020-10-01", "kecil"],
  ["2020-12-01", "menengah"],
]);
const upDown = await business("62.71.01.1003", [
  ["2020-01-10", "mikro"],
  ["2020-10-01", "kecil"],
  ["2020-12-01", "mikro"],
]);
const down = await business("62.71.01.1003", [
  ["2020-01-10", "kecil"],
  ["2020-11-01", "mikro"],
]);
const later = await business("62.71.01.1003", [
  ["2020-01-10", "mikro"],
  ["2021-05-01", "kecil"],
]);
const outside = await business("13.10.01.2002", [
  ["2020-01-10", "mikro"],
  ["2020-11-01", "kecil"],
]);

describe("naik kelas report", () => {
  it("counts net moves up in the period, equal to the direct count, per child region", async () => {
    const period = { from: "2020-06-01", to: "2020-12-31" };
    const r = await reportNaikKelas({ ctx, query: { region: "62.71", ...period } });
    const ids = r.rows.map((x) => x.businessId).sort();
    expect(ids).toEqual(await direct("62.71", period.from, period.to));
    expect(ids).toEqual([up, upTwice].sort());
    expect(ids).not.toContain(upDown);
    expect(ids).not.toContain(down);
    expect(ids).not.toContain(later);
    expect(r.total).toBe(2);
    expect(r.rows.find((x) => x.businessId === upTwice)).toMatchObject({
      fromClass: "mikro",
      toClass: "menengah",
      movedOn: "2020-12-01",
    });
    expect(Object.fromEntries(r.byRegion.filter((x) => x.count).map((x) => [x.code, x.count]))).toEqual({
      "62.71.01": 1,
      "62.71.02": 1,
    });
    const all = await reportNaikKelas({ ctx, query: { region: "62.71" } });
    expect(all.rows.map((x) => x.businessId).sort()).toEqual(
      await direct("62.71", "1900-01-01", "2999-12-31"),
    );
    expect(all.rows.map((x) => x.businessId)).toContain(later);
  });

  it("keeps to the caller's scope; exports xlsx; refuses a reversed period", async () => {
    const res = await t.app.inject({ url: "/api/reports/naik-kelas", headers: { cookie: pimpinan } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().region).toBe("62");
    expect(res.json().rows.map((x: { businessId: string }) => x.businessId)).not.toContain(outside);
    const out = await t.app.inject({
      url: "/api/reports/naik-kelas?region=13.10",
      headers: { cookie: operator },
    });
    expect(out.statusCode).toBe(403);
    const bad = await t.app.inject({
      url: "/api/reports/naik-kelas?from=2021-01-01&to=2020-01-01",
      headers: { cookie: pimpinan },
    });
    expect(bad.statusCode).toBe(400);
    const xlsx = await t.app.inject({
      url: "/api/reports/naik-kelas.xlsx?from=2020-06-01",
      headers: { cookie: pimpinan },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });
});
