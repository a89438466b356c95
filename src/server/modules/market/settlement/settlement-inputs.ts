// Gathers what a consignment settlement needs for a period: unsettled paid sales (and refunds of
// settled ones) per product, whose units they were (the shared shelf is attributed to producers by what each consigned), terms and damaged goods.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { ConsignmentTerms, DamagedGoods, SettlementInput, SettlementLine } from "../domain";
import { splitByLargestRemainder } from "../domain";
import { attributeSales } from "../domain/attribute-sales";
import { soldSql } from "../orders/order-facts";

/** Terms when a producer has none on file: 85 % to the producer, the PLUT carries damage. */
export const DEFAULT_TERMS: ConsignmentTerms = { producerShareBps: 8_500, damaged: "plut_bears" };

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

type LineRow = { item_id: string; product_id: string; units: number; amount: number };

/**
 * Sale lines not yet in any settlement, paid on or before the period's end (a sale paid after an
 * earlier period closed is carried into the next one, never dropped); and returns: lines refunded
 * after their sale was settled, deducted once.
 */
async function openLines(t: Tx, to: string, tz: string) {
  const unit = sql`coalesce(i.allocated, i.quantity)`;
  const sales = (
    await t.execute(sql`
      select i.id as item_id, i.product_id, ${unit}::int as units, (${unit} * i.unit_price)::bigint as amount
      from market.orders o join market.order_items i on i.order_id = o.id
      where ${soldSql()} and ${unit} > 0
        and not exists (select 1 from market.settlement_lines s where s.order_item_id = i.id and s.kind = 'sale')
        and ((select max(p.confirmed_at) from market.payments p
              where p.order_id = o.id and p.status = 'confirmed' and p.kind = 'payment') at time zone ${tz})::date <= ${to}::date`)
  ).rows as LineRow[];
  const returns = (
    await t.execute(sql`
      select i.id as item_id, i.product_id, ${unit}::int as units, (${unit} * i.unit_price)::bigint as amount
      from market.orders o join market.order_items i on i.order_id = o.id
      where o.payment_status = 'refunded' and ${unit} > 0
        and exists (select 1 from market.settlement_lines s where s.order_item_id = i.id and s.kind = 'sale')
        and not exists (select 1 from market.settlement_lines s where s.order_item_id = i.id and s.kind = 'return')
        and ((select max(p.confirmed_at) from market.payments p
              where p.order_id = o.id and p.kind = 'refund') at time zone ${tz})::date <= ${to}::date`)
  ).rows as LineRow[];
  return { sales, returns };
}

/** Per product: one settlement line, attributed to producers; item ids of the lines it covers. */
function toLines(rows: LineRow[], intakes: IntakeRow[]) {
  const byProduct = new Map<string, LineRow[]>();
  for (const r of rows) byProduct.set(r.product_id, [...(byProduct.get(r.product_id) ?? []), r]);
  const lines: SettlementLine[] = [];
  const itemIds: string[] = [];
  for (const [productId, group] of byProduct) {
    const units = group.reduce((a, r) => a + r.units, 0);
    const sources = sourcesFor(
      units,
      intakes.filter((i) => i.product_id === productId),
    );
    // Units no producer consigned cannot be attributed: they wait, unsettled, for a consignment record.
    if (sources.reduce((a, x) => a + x.units, 0) !== units) continue;
    lines.push({
      lineId: productId,
      quantity: units,
      amount: group.reduce((a, r) => a + Number(r.amount), 0),
      sources,
    });
    itemIds.push(...group.map((r) => r.item_id));
  }
  return { lines, itemIds };
}

export type LoadedSettlement = { input: SettlementInput; saleItemIds: string[]; returnItemIds: string[] };

export async function loadSettlementInput(
  t: Tx,
  period: { from: string; to: string },
  tz: string,
): Promise<LoadedSettlement> {
  const open = await openLines(t, period.to, tz);
  const intakes = (
    await t.execute(sql`
      select product_id, producer_id,
        coalesce(sum(delta) filter (where entry_date between ${period.from}::date and ${period.to}::date), 0)::int as period_units,
        sum(delta)::int as all_units
      from market.stock_ledger where producer_id is not null and kind in ('intake', 'return_to_producer', 'damaged', 'adjustment')
      group by product_id, producer_id`)
  ).rows as IntakeRow[];
  const sales = toLines(open.sales, intakes);
  const returns = toLines(open.returns, intakes);
  const lines = sales.lines;
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
    ...[...lines, ...returns.lines].flatMap((l) => l.sources.map((s) => s.producerId)),
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
  return {
    input: { period, terms, sales: lines, returns: returns.lines, damaged },
    saleItemIds: sales.itemIds,
    returnItemIds: returns.itemIds,
  };
}
