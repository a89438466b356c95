// A producer's own sales per day (pelaku usaha, "Usaha saya"): the days their goods sold, with the
// units, the paid sales and their share, for the last DAYS days. Paid sales only (refunded ones no
// longer count), dated by when the payment was confirmed in the PLUT's time, as settlements do.
import { eq, sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import type { MyDailySale } from "../contract-staff";
import { type Consigned, type DaySaleLine, producerDailySales } from "../domain/producer-daily-sales";
import { addDays, plutToday, plutZone } from "../domain/supply-day";
import { soldSql } from "../orders/order-facts";
import { requirePermission } from "../permissions";
import { producers } from "../schema";
import { DEFAULT_TERMS } from "../settlement/settlement-inputs";

const DAYS = 60;

export async function listMyDailySales({ ctx }: { ctx: Ctx }): Promise<MyDailySale[]> {
  requirePermission(ctx, "business.own");
  const businessId = ctx.actor.kind === "user" ? ctx.actor.businessId : null;
  if (!businessId) return [];
  // The PLUT's rows lie in the province, the owner's scope in a regency: read across, only their own.
  return tx({ ...ctx, actor: { kind: "system", name: "own-business", scope: "*" } }, async (t) => {
    const [producer] = await t.select().from(producers).where(eq(producers.businessId, businessId)).limit(1);
    if (!producer) return [];
    const tz = plutZone(producer.regionCode);
    const since = addDays(plutToday(producer.regionCode, ctx.now), -(DAYS - 1));
    const unit = sql`coalesce(i.allocated, i.quantity)`;
    const lines = (
      await t.execute(sql`
        select s.date, s.product_id as "productId", sum(s.units)::int as units, sum(s.amount)::bigint as amount
        from (
          select i.product_id, ${unit} as units, ${unit} * i.unit_price as amount,
            ((select max(p.confirmed_at) from market.payments p
              where p.order_id = o.id and p.status = 'confirmed' and p.kind = 'payment') at time zone ${tz})::date::text as date
          from market.orders o join market.order_items i on i.order_id = o.id
          where ${soldSql()} and ${unit} > 0
            and i.product_id in (select product_id from market.stock_ledger where producer_id = ${producer.id})
        ) s
        where s.date >= ${since}
        group by s.date, s.product_id`)
    ).rows.map((r) => {
      const row = r as DaySaleLine;
      return { ...row, units: Number(row.units), amount: Number(row.amount) };
    });
    const consigned = new Map<string, Consigned[]>();
    const intakes = await t.execute(sql`
      select product_id, producer_id, sum(delta)::int as units from market.stock_ledger
      where producer_id is not null and kind in ('intake', 'return_to_producer', 'damaged', 'adjustment')
        and product_id in (select product_id from market.stock_ledger where producer_id = ${producer.id})
      group by product_id, producer_id`);
    for (const r of intakes.rows as Array<{ product_id: string; producer_id: string; units: number }>) {
      const list = consigned.get(r.product_id) ?? [];
      list.push({ producerId: r.producer_id, units: Number(r.units) });
      consigned.set(r.product_id, list);
    }
    const terms = (
      await t.execute(sql`
        select valid_from::text as "from", producer_share_bps as bps from market.consignment_terms
        where producer_id = ${producer.id} and product_id is null
        order by valid_from desc, created_at desc`)
    ).rows as Array<{ from: string; bps: number }>;
    // The terms valid that day; before the first terms, those first terms; none on file: the default.
    const shareBps = (date: string) =>
      Number((terms.find((x) => x.from <= date) ?? terms.at(-1))?.bps ?? DEFAULT_TERMS.producerShareBps);
    return producerDailySales({ producerId: producer.id, lines, consigned, shareBps });
  });
}
