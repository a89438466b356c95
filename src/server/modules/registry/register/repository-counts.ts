// The list's total from the business counters (registry.business_counts, folded once a minute,
// plus registry.business_count_deltas, appended by triggers on the businesses): when the filter is
// only a region, a status and the "affected" verdict, the total is a sum over a few counter rows
// per district instead of a count over every matching business. Both tables have row-level
// security like the businesses; the list reads them through a function that checks the caller's
// scope once.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { ListFilter } from "./repository-list";

/** Counters are kept per district: a whole-country, province, regency or district prefix. */
const COUNTED_PREFIX = /^\d{2}(\.\d{2}(\.\d{2})?)?$/;

/** True when the counters answer the filter exactly (village prefixes and other filters count rows). */
export function countersCover(f: ListFilter): boolean {
  return (
    f.search.kind === "none" &&
    !f.sector &&
    !f.size &&
    !f.source &&
    f.hasOpenConstraints === undefined &&
    (f.prefix === "*" || COUNTED_PREFIX.test(f.prefix))
  );
}

/**
 * The number of businesses matching `f` (call only when countersCover(f)), through
 * registry.business_count: it checks the prefix against the caller's scope once, where the table's
 * row-level security would check every district row.
 */
export async function countFromCounters(t: Tx, f: ListFilter): Promise<number> {
  const { rows } = await t.execute<{ n: number }>(
    sql`select registry.business_count(${f.prefix}, ${f.status ?? null}, ${f.affected ?? null})::int as n`,
  );
  return Number(rows[0]?.n ?? 0);
}
