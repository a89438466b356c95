// Each role's work for today against direct database counts (as the owner, no row-level security)
// on the full demo, with each count's list page; the role decides which counts are shown.
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { seedDeferredDemo, seedDemo } from "../../demo/seed-demo";
import { createTestApp, DEMO_PASSWORD } from "../../testing/test-app";
import type { TodayItem } from "./contract";

const t = await createTestApp({
  seed: async (db) => {
    await seedDemo(db, { password: DEMO_PASSWORD, deferAid: true });
    await seedDeferredDemo(db, { password: DEMO_PASSWORD });
  },
});

const n = async (q: ReturnType<typeof sql>): Promise<number> =>
  Number(((await t.database.db.execute(q)).rows[0] as { n: number | string } | undefined)?.n ?? 0);
const under = (column: string, region: string) =>
  sql.raw(`(${column} = '${region}' or ${column} like '${region}.%')`);

async function today(username: string): Promise<Record<string, TodayItem>> {
  const res = await t.app.inject({ url: "/api/reports/today", headers: { cookie: await t.login(username) } });
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries((res.json().items as TodayItem[]).map((i) => [i.key, i]));
}

describe("GET /api/reports/today", () => {
  it("konsultan PLUT: orders to hand over, payments to check, allocations due", async () => {
    const w = await today("konsultan.plut");
    const o = under("region_code", "62");
    expect(Object.keys(w)).toEqual(["ordersToHandOver", "paymentsToCheck", "allocationsDue"]);
    expect(w.ordersToHandOver?.count).toBe(
      await n(sql`select count(*) as n from market.orders
        where status in ('reserved', 'allocated') and payment_status = 'paid' and ${o}`),
    );
    expect(w.paymentsToCheck?.count).toBe(
      await n(sql`select count(*) as n from market.orders
        where payment_status = 'pending' and status <> 'cancelled' and ${o}`),
    );
    expect(w.allocationsDue?.count).toBe(
      await n(sql`select count(*) as n from market.orders where mode = 'preorder' and status = 'queued'
        and supply_date <= (now() + interval '1 day')::date and ${o}`),
    );
    expect(w.paymentsToCheck?.href).toBe("/app/toko/pembayaran");
  });

  it("operator: imports waiting, pairs to review, open kendala, proposals returned — in the regency", async () => {
    const w = await today("operator.palangkaraya");
    const r = (c: string) => under(c, "62.71");
    expect(w.constraintsOpen?.count).toBe(
      await n(sql`select count(*) as n from registry.constraints c join registry.businesses b on b.id = c.business_id
        where c.status in ('open', 'in_progress') and ${r("b.region_code")}`),
    );
    expect(w.constraintsOpen?.count).toBeGreaterThan(0);
    expect(w.importsWaiting?.count).toBe(
      await n(
        sql`select count(*) as n from registry.import_batches where status = 'dry_run' and ${r("region_code")}`,
      ),
    );
    expect(w.pairsToReview?.count).toBe(
      await n(sql`select count(*) as n from linkage.pairs where status = 'open' and ${r("region_code")}`),
    );
    expect(w.proposalsReturned?.count).toBe(
      await n(sql`select count(*) as n from aid.proposals where status = 'returned' and ${r("region_code")}`),
    );
    expect(w.constraintsOpen?.href).toBe("/app/kendala");
  });

  it("admin: proposals to verify; pendamping: kendala assigned to them; pimpinan: none (the dashboard)", async () => {
    const admin = await today("admin.sumbar");
    expect(admin.proposalsToVerify?.count).toBe(
      await n(
        sql`select count(*) as n from aid.proposals where status = 'submitted' and ${under("region_code", "13")}`,
      ),
    );
    const p = await today("pendamping.palangkaraya");
    expect(Object.keys(p)).toEqual(["constraintsAssigned"]);
    expect(p.constraintsAssigned?.count).toBe(
      await n(sql`select count(*) as n from registry.constraints c join access.users u on u.id = c.assignee_user_id
        where u.username = 'pendamping.palangkaraya' and c.status in ('open', 'in_progress')`),
    );
    expect(await today("pimpinan.kalteng")).toEqual({});
    expect((await t.app.inject({ url: "/api/reports/today" })).statusCode).toBe(401);
  });
});
