// The PLUT's reports for a period: daily sales, supply against demand per supply day, buyers left
// unserved, sales per producer, buyers by origin region, and the "Ayo Beli Produk UMKM" campaign.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";
import { buildStockReport } from "../consignment/stock-report";
import type { MarketReport } from "../contract-reports";
import { DEFAULT_CAMPAIGN } from "../flyers/flyer-data";
import { soldSql } from "../orders/order-facts";
import { requirePermission } from "../permissions";
import { saleDay } from "./read-counts";

type Period = { from: string; to: string };
const rows = async <T>(t: Tx, q: ReturnType<typeof sql>): Promise<T[]> => (await t.execute(q)).rows as T[];

async function perProducer(t: Tx): Promise<MarketReport["perProducer"]> {
  const productIds = await rows<{ id: string }>(t, sql`select id from market.products`);
  const totals = new Map<string, { consigned: number; sold: number; onHand: number }>();
  for (const { id } of productIds) {
    for (const p of (await buildStockReport(t, id)).producers) {
      const acc = totals.get(p.name) ?? { consigned: 0, sold: 0, onHand: 0 };
      acc.consigned += p.intake;
      acc.sold += p.sold;
      acc.onHand += p.onHand;
      totals.set(p.name, acc);
    }
  }
  return [...totals]
    .map(([producerName, v]) => ({ producerName, ...v }))
    .sort((a, b) => b.sold - a.sold || a.producerName.localeCompare(b.producerName));
}

export async function buildReport({
  ctx,
  period,
  campaign,
}: {
  ctx: Ctx;
  period: Period;
  campaign?: string;
}): Promise<MarketReport> {
  requirePermission(ctx, "market.read");
  const tag = campaign ?? DEFAULT_CAMPAIGN;
  return tx(ctx, async (t) => {
    const inPeriod = sql`${saleDay} between ${period.from}::date and ${period.to}::date`;
    const dailySales = await rows<MarketReport["dailySales"][number]>(
      t,
      sql`
      select ${saleDay}::text as date, count(distinct o.id)::int as orders,
        coalesce(sum(coalesce(i.allocated, 0)), 0)::int as units, coalesce(sum(coalesce(i.allocated, 0) * i.unit_price), 0)::bigint::int as revenue,
        count(distinct o.id) filter (where ${soldSql()})::int as paid
      from market.orders o join market.order_items i on i.order_id = o.id
      where ${inPeriod} and o.status in ('reserved', 'allocated', 'fulfilled')
      group by 1 order by 1`,
    );
    const supplyDemand = await rows<MarketReport["supplyDemand"][number]>(
      t,
      sql`
      select r.supply_date::text as date, p.name as "productName", r.supply, r.demand, r.allocated_units as allocated,
        coalesce((r.summary->'totals'->>'buyers')::int, 0) as buyers, coalesce((r.summary->'totals'->>'buyersWithNothing')::int, 0) as "buyersWithNothing"
      from market.allocation_runs r join market.products p on p.id = r.product_id
      where r.is_confirmed and r.supply_date between ${period.from}::date and ${period.to}::date order by r.supply_date, p.name`,
    );
    const unserved = await rows<MarketReport["unserved"][number]>(
      t,
      sql`
      select o.code, o.buyer_name as "buyerName", o.institution, o.supply_date::text as "supplyDate", sum(i.quantity)::int as ordered,
        sum(coalesce(i.allocated, 0))::int as received, o.status
      from market.orders o join market.order_items i on i.order_id = o.id
      where o.mode = 'preorder' and ${inPeriod} and o.status in ('allocated', 'waitlisted', 'cancelled')
      group by o.id having sum(coalesce(i.allocated, 0)) < sum(i.quantity)
      order by o.supply_date, (sum(coalesce(i.allocated, 0)) = 0) desc, o.buyer_name limit 1000`,
    );
    const byOrigin = await rows<MarketReport["byOrigin"][number]>(
      t,
      sql`
      select coalesce(o.origin_region_code, '-') as "regionCode", coalesce(r.name, 'Tidak diisi') as "regionName",
        count(distinct o.buyer_id)::int as buyers, count(distinct o.id)::int as orders, sum(i.quantity)::int as units
      from market.orders o join market.order_items i on i.order_id = o.id left join regions.regions r on r.code = o.origin_region_code
      where ${inPeriod} group by 1, 2 order by units desc`,
    );
    const [c] = await rows<MarketReport["campaign"]>(
      t,
      sql`
      select ${tag}::text as tag, count(distinct o.id)::int as orders, count(distinct o.institution)::int as institutions,
        coalesce(sum(i.quantity), 0)::int as units, coalesce(sum(coalesce(i.allocated, 0) * i.unit_price), 0)::bigint::int as revenue
      from market.orders o join market.order_items i on i.order_id = o.id where o.channel = ${tag} and ${inPeriod}`,
    );
    return {
      ...period,
      dailySales,
      supplyDemand,
      unserved,
      perProducer: await perProducer(t),
      byOrigin,
      campaign: c ?? { tag, orders: 0, institutions: 0, units: 0, revenue: 0 },
    };
  });
}
