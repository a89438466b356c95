// Which supply dates the store offers for pre-orders: tomorrow and every later day (up to a week)
// with supply consigned, each open until its allocation is confirmed. A date the konsultan closed
// before its cut-off says so, and the other dates stay orderable.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { addDays, cutoffInstant, plutToday } from "../domain/supply-day";

export type SupplyDate = {
  date: string;
  cutoffAt: string;
  preorderSupply: number;
  open: boolean;
  closedEarly: boolean;
};

const HORIZON_DAYS = 7;

export async function supplyDatesOf(
  t: Tx,
  product: { id: string; regionCode: string; cutoffTime: string },
  now: Date,
): Promise<{ dates: SupplyDate[]; next: SupplyDate }> {
  const first = addDays(plutToday(product.regionCode, now), 1);
  const last = addDays(first, HORIZON_DAYS);
  const supply = (
    await t.execute(sql`
      select entry_date::text as date, sum(delta)::int as units from market.stock_ledger
      where product_id = ${product.id} and pool = 'preorder' and kind <> 'sale'
        and entry_date between ${first}::date and ${last}::date
      group by entry_date`)
  ).rows as Array<{ date: string; units: number }>;
  const confirmed = (
    await t.execute(sql`
      select supply_date::text as date, confirmed_at from market.allocation_runs
      where product_id = ${product.id} and is_confirmed and supply_date between ${first}::date and ${last}::date`)
  ).rows as Array<{ date: string; confirmed_at: Date | string }>;
  const at = (date: string) =>
    cutoffInstant({ regionCode: product.regionCode, supplyDate: date, cutoffTime: product.cutoffTime });
  const describe = (date: string): SupplyDate => {
    const run = confirmed.find((c) => c.date === date);
    return {
      date,
      cutoffAt: at(date).toISOString(),
      preorderSupply: Math.max(supply.find((s) => s.date === date)?.units ?? 0, 0),
      open: !run,
      closedEarly: run ? new Date(run.confirmed_at).getTime() < at(date).getTime() : false,
    };
  };
  const dates = new Set([first, ...supply.filter((s) => s.units > 0).map((s) => s.date)]);
  let next = first;
  while (confirmed.some((c) => c.date === next) && next <= last) next = addDays(next, 1);
  dates.add(next);
  const all = [...dates].sort().map(describe);
  return { dates: all, next: all.find((d) => d.date === next) ?? describe(next) };
}
