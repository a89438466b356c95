// The summary's figures against direct database counts (as the database owner, no row-level
// security) on the full demo, for a province, a regency and a district, as the office head and as a
// regency operator; and the API's scope rules.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDeferredDemo, seedDemo } from "../../../demo/seed-demo";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { systemCtx } from "../../access";
import type { Summary } from "../contract";
import { reportByRegion, reportSummary } from "./summary";

const t = await createTestApp({
  seed: async (db) => {
    await seedDemo(db, { password: DEMO_PASSWORD, deferAid: true });
    await seedDeferredDemo(db, { password: DEMO_PASSWORD });
  },
});
const pimpinan = await t.login("pimpinan.kalteng");
const operator = await t.login("operator.palangkaraya");
const admin = await t.login("admin.kalteng");

const n = async (q: ReturnType<typeof sql>): Promise<number> =>
  Number(((await t.database.db.execute(q)).rows[0] as { n: number | string } | undefined)?.n ?? 0);
const under = (column: string, region: string) =>
  sql.raw(`(${column} = '${region}' or ${column} like '${region}.%')`);

/** A dated column within the period (both ends inclusive), written out on its own for the test. */
const within = (day: string, p: { from?: string; to?: string }) =>
  sql.raw(
    [p.from ? `${day} >= '${p.from}'::date` : "true", p.to ? `${day} <= '${p.to}'::date` : "true"].join(
      " and ",
    ),
  );

/** Aid counts where its business is (else the village proposed with, else the proposing office). */
const ITEM_REGION =
  "coalesce((select b.region_code from registry.businesses b where b.id = i.business_id), i.village_code, i.region_code)";
const PAID_REGION = `coalesce((select ${ITEM_REGION} from aid.proposal_items i where i.proposal_id = r.proposal_id
  and i.nik = r.nik order by (i.status = 'active') desc, i.id limit 1), r.region_code)`;

/** The same facts counted straight from the tables, written independently of the read functions. */
async function direct(
  region: string,
  p: { from?: string; to?: string } = {},
): Promise<Omit<Summary, "region" | "regionName" | "asOf">> {
  const b = under("b.region_code", region);
  return {
    businesses: await n(
      sql`select count(*) as n from registry.businesses b where b.status = 'active' and ${b}`,
    ),
    affected: await n(
      sql`select count(*) as n from registry.businesses b where b.status = 'active' and b.affected and ${b}`,
    ),
    constraintsOpen: await n(sql`select count(*) as n from registry.constraints c
      join registry.businesses b on b.id = c.business_id where c.status in ('open', 'in_progress') and ${b}`),
    constraintsOpened: await n(sql`select count(*) as n from registry.constraints c
      join registry.businesses b on b.id = c.business_id
      where ${within("(c.reported_at at time zone 'Asia/Jakarta')::date", p)} and ${b}`),
    period: { from: p.from ?? null, to: p.to ?? null },
    aid: {
      proposed:
        await n(sql`select count(*) as n from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
        where i.status = 'active' and p.status not in ('draft', 'rejected') and ${under(ITEM_REGION, region)}`),
      approved:
        await n(sql`select count(*) as n from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
        join lateral (select s.item_ids from aid.snapshots s where s.proposal_id = p.id order by s.version desc limit 1) s on true
        where i.status = 'active' and p.status in ('approved', 'disbursed') and coalesce(i.decision, '') <> 'rejected'
          and i.id = any(s.item_ids) and ${under(ITEM_REGION, region)}`),
      paid: await n(sql`select count(*) as n from (select distinct r.programme_id, r.nik from aid.disbursement_rows r
        join aid.disbursement_batches x on x.id = r.batch_id
        where x.status = 'accepted' and r.status = 'paid' and ${under(PAID_REGION, region)}
          and ${within("coalesce(r.paid_on, (x.imported_at at time zone 'Asia/Jakarta')::date)", p)}) d`),
    },
    market: {
      supply: await n(sql`select coalesce(sum(delta), 0) as n from market.stock_ledger
        where kind = 'intake' and ${under("region_code", region)}`),
      demand: await n(
        sql`select coalesce(sum(quantity), 0) as n from market.order_items where ${under("region_code", region)}`,
      ),
      sold: await n(sql`select coalesce(sum(i.allocated), 0) as n from market.order_items i
        join market.orders o on o.id = i.order_id
        where o.payment_status = 'paid' and ${under("o.region_code", region)}
          and ${within("coalesce(o.supply_date, (o.created_at at time zone 'Asia/Jakarta')::date)", p)}`),
      unserved: await n(sql`select count(*) as n from market.orders o where o.mode = 'preorder'
        and o.status in ('allocated', 'waitlisted', 'cancelled') and ${under("o.region_code", region)}
        and (select sum(coalesce(allocated, 0)) from market.order_items where order_id = o.id)
          < (select sum(quantity) from market.order_items where order_id = o.id)`),
    },
    training: {
      held: await n(sql`select count(*) as n from training.events
        where status in ('held', 'reported') and ${under("region_code", region)}
          and ${within("coalesce(ends_on, starts_on)", p)}`),
      postponed: await n(
        sql`select count(*) as n from training.events where status = 'postponed' and ${under("region_code", region)}`,
      ),
    },
    prakerja: {
      registered: await n(sql`select count(*) as n from (select distinct coalesce(nik, id::text)
        from training.prakerja_rows where registered and ${under("region_code", region)}) d`),
      passed: await n(sql`select count(distinct coalesce(nik, id::text)) as n from training.prakerja_rows
        where passed and ${under("region_code", region)}`),
    },
  };
}

async function summary(cookie: string, region: string): Promise<Summary> {
  const res = await t.app.inject({ url: `/api/reports/summary?region=${region}`, headers: { cookie } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe("GET /api/reports/summary", () => {
  for (const region of ["62", "62.71", "62.02", "62.71.01"]) {
    it(`equals direct counts for ${region} (pimpinan, province scope)`, async () => {
      const s = await summary(pimpinan, region);
      const { region: got, regionName, asOf, ...figures } = s;
      expect(got).toBe(region);
      expect(regionName).toBeTruthy();
      expect(Date.parse(asOf)).not.toBeNaN();
      expect(figures).toEqual(await direct(region));
    });
  }

  it("equals direct counts for Dharmasraya (13.10) as the Sumatera Barat admin, aid included", async () => {
    const s = await summary(await t.login("admin.sumbar"), "13.10");
    const { region: _r, regionName: _n, asOf: _a, ...figures } = s;
    expect(figures).toEqual(await direct("13.10"));
    // The draft proposal the aid flow walks is not counted as proposed; the paid first batch is.
    expect(s.aid.proposed).toBeGreaterThanOrEqual(s.aid.paid);
    expect(s.aid.paid).toBeGreaterThan(0);
  });

  it("counts the Bangka Belitung Prakerja list: 283 registered, 150 passed (admin.babel)", async () => {
    const s = await summary(await t.login("admin.babel"), "19");
    const { region: _r, regionName: _n, asOf: _a, ...figures } = s;
    expect(figures).toEqual(await direct("19"));
    expect(s.prakerja).toEqual({ registered: 283, passed: 150 });
    const pangkalpinang = await summary(await t.login("admin.babel"), "19.71");
    expect(pangkalpinang.prakerja.registered).toBeGreaterThan(0);
    expect(pangkalpinang.prakerja.passed).toBeLessThan(pangkalpinang.prakerja.registered);
  });

  it("the demo has something to count in every module it seeds", async () => {
    const s = await summary(pimpinan, "62");
    expect(s.businesses).toBeGreaterThan(1000);
    expect(s.affected).toBeGreaterThan(0);
    expect(s.constraintsOpen).toBeGreaterThan(0);
    expect(s.training).toEqual({ held: 1, postponed: 1 });
    expect(s.market.supply).toBeGreaterThan(0);
  });

  it("narrows a wider region to the caller's scope and refuses one outside it", async () => {
    const narrowed = await summary(operator, "62");
    expect(narrowed.region).toBe("62.71");
    const { region: _r, regionName: _n, asOf: _a, ...figures } = narrowed;
    expect(figures).toEqual(await direct("62.71"));
    const out = await t.app.inject({
      url: "/api/reports/summary?region=13.10",
      headers: { cookie: pimpinan },
    });
    expect(out.statusCode).toBe(403);
    expect(out.json().error.code).toBe("OUT_OF_SCOPE");
    const bad = await t.app.inject({
      url: "/api/reports/summary?region=62..71",
      headers: { cookie: pimpinan },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("drills down from the province to its regencies, each equal to its own summary", async () => {
    const res = await t.app.inject({ url: "/api/reports/regions?region=62", headers: { cookie: admin } });
    expect(res.statusCode, res.body).toBe(200);
    const { parent, children } = res.json() as { parent: Summary; children: Summary[] };
    expect(children.length).toBe(14);
    const sum = children.reduce((a, c) => a + c.businesses, 0);
    const atProvince = await n(sql`select count(*) as n from registry.businesses
      where status = 'active' and region_code = '62'`);
    expect(sum + atProvince).toBe(parent.businesses);
    const kotim = children.find((c) => c.region === "62.02");
    const { region: _r, regionName: _n, asOf: _a, ...figures } = kotim as Summary;
    expect(figures).toEqual(await direct("62.02"));
  });
});

describe("aid by the business's own region", () => {
  it("a regency's districts show the aid of their businesses and add up to the regency", async () => {
    const cookie = await t.login("admin.sumbar");
    const res = await t.app.inject({ url: "/api/reports/regions?region=13.10", headers: { cookie } });
    expect(res.statusCode, res.body).toBe(200);
    const { parent, children } = res.json() as { parent: Summary; children: Summary[] };
    expect(parent.aid.proposed).toBeGreaterThan(0);
    expect(parent.aid.paid).toBeGreaterThan(0);
    for (const key of ["proposed", "approved", "paid"] as const) {
      expect(
        children.reduce((a, c) => a + c.aid[key], 0),
        key,
      ).toBe(parent.aid[key]);
    }
    expect(children.filter((c) => c.aid.proposed > 0).length).toBeGreaterThan(0);
    const district = children.find((c) => c.aid.paid > 0) as Summary;
    const { region: _r, regionName: _n, asOf: _a, ...figures } = district;
    expect(figures).toEqual(await direct(district.region));
  });
});

describe("the dashboard for a period", () => {
  const periods: Array<Record<string, string>> = [
    { from: "2020-01-01", to: "2020-06-30" },
    { from: "2020-07-01" },
    { to: "2020-05-31" },
  ];
  for (const [user, region] of [
    ["pimpinan.kalteng", "62"],
    ["admin.sumbar", "13.10"],
  ] as const) {
    it(`dated figures equal direct counts for each period, the rest stay as now (${region})`, async () => {
      const cookie = await t.login(user);
      const now = await summary(cookie, region);
      let dated = 0;
      for (const p of periods) {
        const q = new URLSearchParams({ region, ...p }).toString();
        const res = await t.app.inject({ url: `/api/reports/summary?${q}`, headers: { cookie } });
        expect(res.statusCode, res.body).toBe(200);
        const { region: _r, regionName: _n, asOf: _a, ...figures } = res.json() as Summary;
        expect(figures).toEqual(await direct(region, p));
        expect(figures.businesses).toBe(now.businesses);
        expect(figures.constraintsOpen).toBe(now.constraintsOpen);
        expect(figures.aid.paid).toBeLessThanOrEqual(now.aid.paid);
        dated += figures.aid.paid + figures.market.sold + figures.constraintsOpened + figures.training.held;
        const rows = await t.app.inject({ url: `/api/reports/regions?${q}`, headers: { cookie } });
        const strip = ({ asOf: _x, ...rest }: Summary) => rest;
        expect(strip(rows.json().parent)).toEqual(strip(res.json()));
      }
      if (region === "62") expect(dated).toBeGreaterThan(0); // not vacuous where the demo has dated facts
    });
  }

  it("refuses a period that ends before it starts", async () => {
    const res = await t.app.inject({
      url: "/api/reports/summary?from=2021-01-01&to=2020-01-01",
      headers: { cookie: pimpinan },
    });
    expect(res.statusCode).toBe(400);
  });
});

describe("GET /api/reports/regions (grouped figures, one transaction)", () => {
  const cases: [string, string][] = [
    ["pimpinan.kalteng", "62"],
    ["pimpinan.kalteng", "62.71"],
    ["admin.sumbar", "13"],
    ["admin.babel", "19"],
    ["operator.palangkaraya", "62"],
    ["pimpinan.kalteng", "62.71.01"],
  ];
  for (const [user, region] of cases) {
    it(`equals the per-region summary for the parent and every child of ${region} (${user})`, async () => {
      const cookie = await t.login(user);
      const res = await t.app.inject({ url: `/api/reports/regions?region=${region}`, headers: { cookie } });
      expect(res.statusCode, res.body).toBe(200);
      const { parent, children } = res.json() as { parent: Summary; children: Summary[] };
      expect(children.length).toBeGreaterThan(0);
      const strip = ({ asOf: _a, ...rest }: Summary) => rest;
      expect(strip(parent)).toEqual(strip(await summary(cookie, parent.region)));
      for (const child of children) expect(strip(child)).toEqual(strip(await summary(cookie, child.region)));
      expect(children.some((c) => c.businesses > 0)).toBe(true);
    });
  }

  it("equals the per-region summary for the whole country and every province (system actor)", async () => {
    const ctx = systemCtx(t.database, "test");
    const { parent, children } = await reportByRegion({ ctx });
    expect(parent.region).toBe("*");
    expect(children.length).toBeGreaterThan(30);
    expect(parent).toEqual(await reportSummary({ ctx, region: "*" }));
    for (const child of children) expect(child).toEqual(await reportSummary({ ctx, region: child.region }));
    // every kind of figure has something to compare somewhere, so the equality above is not vacuous
    const some = (f: (s: Summary) => number) => children.some((c) => f(c) > 0);
    expect(some((c) => c.aid.proposed) && some((c) => c.aid.approved) && some((c) => c.aid.paid)).toBe(true);
    expect(some((c) => c.market.supply) && some((c) => c.market.demand) && some((c) => c.market.sold)).toBe(
      true,
    );
    expect(some((c) => c.training.held) && some((c) => c.prakerja.registered)).toBe(true);
    expect(some((c) => c.prakerja.passed) && some((c) => c.constraintsOpen)).toBe(true);
  });
});
