// Gathers what a consignment settlement needs for a period: paid sales per product, whose units they
// were (the shared shelf is attributed to producers by what each consigned), terms and damaged goods.
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import type { ConsignmentTerms, DamagedGoods, SettlementInput, SettlementLine } from "./domain";
import { splitByLargestRemainder } from "./domain";
import { attributeSales } from "./domain/attribute-sales";

/** Terms when a producer has none on file: 85 % to the producer, the PLUT carries damage. */
export const DEFAULT_TERMS: ConsignmentTerms = { producerShareBps: 8_500, damaged: "plut_bears" };

type SaleRow = { product_id: string; units: number; amount: number };
type IntakeRow = { product_id: string; producer_id: string; period_units: number; all_units: number };

function sourcesFor(units: number, intakes: IntakeRow[]) {
  const first = attributeSales({
    sold: units,
    producers: intakes.map((i) => ({ producerId: i.producer_id, netIntake: i.period_units })),
  });
  const parts = new Map(first.shares.map((s) => [s.producerId, s.sold]));
  if (first.unattributed > 0) {
    // Sold more than was consigned in the period: older stock, shared by everything ever consigned.
    const rest = splitByLargestRemainder(
      first.unattributed,
      intakes.map((i) => Math.max(i.all_units, 0)),
    );
    intakes.forEach((i, k) => {
      parts.set(i.producer_id, (parts.get(i.producer_id) ?? 0) + (rest[k] ?? 0));
    });
  }
  return [...parts].filter(([, u]) => u > 0).map(([producerId, u]) => ({ producerId, units: u }));
}

export async function loadSettlementInput(
  t: Tx,
  period: { from: string; to: string },
  tz: string,
): Promise<SettlementInput> {
  const sales = (
    await t.execute(sql`
      select i.product_id, sum(coalesce(i.allocated, i.quantity))::int as units, sum(coalesce(i.allocated, i.quantity) * i.unit_price)::bigint as amount
      from market.orders o join market.order_items i on i.order_id = o.id
      where o.payment_status = 'paid' and o.status <> 'cancelled'
        and ((select max(p.confirmed_at) from market.payments p where p.order_id = o.id and p.status = 'confirmed') at time zone ${tz})::date between ${period.from}::date and ${period.to}::date
      group by i.product_id`)
  ).rows as SaleRow[];
  const intakes = (
    await t.execute(sql`
      select product_id, producer_id,
        coalesce(sum(delta) filter (where entry_date between ${period.from}::date and ${period.to}::date), 0)::int as period_units,
        sum(delta)::int as all_units
      from market.stock_ledger where producer_id is not null and kind in ('intake', 'return_to_producer', 'damaged', 'adjustment')
      group by product_id, producer_id`)
  ).rows as IntakeRow[];
  const lines: SettlementLine[] = [];
  for (const s of sales) {
    const sources = sourcesFor(
      s.units,
      intakes.filter((i) => i.product_id === s.product_id),
    );
    if (sources.reduce((a, x) => a + x.units, 0) === s.units)
      lines.push({ lineId: s.product_id, quantity: s.units, amount: Number(s.amount), sources });
  }
  const damagedRows = (
    await t.execute(sql`
      select l.producer_id, -sum(l.delta)::int as units, max(p.price)::bigint as price
      from market.stock_ledger l join market.products p on p.id = l.product_id
      where l.kind = 'damaged' and l.producer_id is not null and l.entry_date between ${period.from}::date and ${period.to}::date
      group by l.producer_id, l.product_id`)
  ).rows as Array<{ producer_id: string; units: number; price: number }>;
  const damaged: DamagedGoods[] = damagedRows.map((d) => ({
    producerId: d.producer_id,
    units: d.units,
    unitPrice: Number(d.price),
  }));
  const termRows = (
    await t.execute(sql`
      select distinct on (producer_id) producer_id, producer_share_bps, damaged, fee_per_period
      from market.consignment_terms where product_id is null and valid_from <= ${period.to}::date
      order by producer_id, valid_from desc, created_at desc`)
  ).rows as Array<{
    producer_id: string;
    producer_share_bps: number;
    damaged: "producer_bears" | "plut_bears";
    fee_per_period: number;
  }>;
  const terms = new Map<string, ConsignmentTerms>();
  const involved = new Set([
    ...lines.flatMap((l) => l.sources.map((s) => s.producerId)),
    ...damaged.map((d) => d.producerId),
  ]);
  for (const id of involved) {
    const row = termRows.find((r) => r.producer_id === id);
    terms.set(
      id,
      row
        ? {
            producerShareBps: row.producer_share_bps,
            damaged: row.damaged,
            feePerPeriod: Number(row.fee_per_period),
          }
        : DEFAULT_TERMS,
    );
  }
  return { period, terms, sales: lines, returns: [], damaged };
}
