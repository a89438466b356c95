// Which supply dates the store offers for pre-orders: tomorrow and every later day (up to a week)
// with supply consigned, each open until its allocation is confirmed. A date the konsultan closed
// before its cut-off says so, a date without supply is shown closed, and the other dates stay
// orderable. Placing an order asks the same question of its one date.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import {
  addDays,
  cutoffInstant,
  type PreorderDayClosure,
  plutToday,
  preorderDayClosure,
} from "../domain/supply-day";

export type SupplyDate = {
  date: string;
  cutoffAt: string;
  preorderSupply: number;
  open: boolean;
  closedEarly: boolean;
  closedReason: PreorderDayClosure | null;
};

type SupplyProduct = { id: string; regionCode: string; cutoffTime: string };

const HORIZON_DAYS = 7;

type DayFacts = {
  supply: Array<{ date: string; units: number }>;
  confirmed: Array<{ date: string; confirmed_at: Date | string }>;
};

async function dayFacts(t: Tx, productId: string, first: string, last: string): Promise<DayFacts> {
  const supply = (
    await t.execute(sql`
      select entry_date::text as date, sum(delta)::int as units from market.stock_ledger
      where product_id = ${productId} and pool = 'preorder' and kind <> 'sale'
        and entry_date between ${first}::date and ${last}::date
      group by entry_date`)
  ).rows as DayFacts["supply"];
  const confirmed = (
    await t.execute(sql`
      select supply_date::text as date, confirmed_at from market.allocation_runs
      where product_id = ${productId} and is_confirmed and supply_date between ${first}::date and ${last}::date`)
  ).rows as DayFacts["confirmed"];
  return { supply, confirmed };
}

function describe(product: SupplyProduct, facts: DayFacts, date: string): SupplyDate {
  const cutoffAt = cutoffInstant({
    regionCode: product.regionCode,
    supplyDate: date,
    cutoffTime: product.cutoffTime,
  });
  const run = facts.confirmed.find((c) => c.date === date);
  const supply = Math.max(facts.supply.find((s) => s.date === date)?.units ?? 0, 0);
  const closedReason = preorderDayClosure({
    confirmedAt: run ? new Date(run.confirmed_at) : null,
    cutoffAt,
    supply,
  });
  return {
    date,
    cutoffAt: cutoffAt.toISOString(),
    preorderSupply: supply,
    open: closedReason === null,
    closedEarly: closedReason === "closed_early",
    closedReason,
  };
}

/** The store's pre-order dates, and the first open one (tomorrow, closed, when none is open). */
export async function supplyDatesOf(
  t: Tx,
  product: SupplyProduct,
  now: Date,
): Promise<{ dates: SupplyDate[]; next: SupplyDate }> {
  const first = addDays(plutToday(product.regionCode, now), 1);
  const last = addDays(first, HORIZON_DAYS);
  const facts = await dayFacts(t, product.id, first, last);
  const dates = new Set([first, ...facts.supply.filter((s) => s.units > 0).map((s) => s.date)]);
  const all = [...dates].sort().map((date) => describe(product, facts, date));
  const next = all.find((d) => d.open) ?? all[0] ?? describe(product, facts, first);
  return { dates: all, next };
}

/** One pre-order date of a product, by the same rule the store's date list uses. */
export async function supplyDateOf(t: Tx, product: SupplyProduct, date: string): Promise<SupplyDate> {
  return describe(product, await dayFacts(t, product.id, date, date), date);
}
