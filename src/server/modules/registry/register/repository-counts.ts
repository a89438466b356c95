// The list's total from registry.business_counts (kept by triggers on the businesses): when the
// filter is only a region, a status and the "affected" verdict, the total is a sum over a few
// counter rows per district instead of a count over every matching business. Read in the caller's
// scoped transaction, so row-level security gives a user only the counters of their scope.
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { ListFilter } from "./repository-list";
import { startsWith } from "./repository-search";

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

function regionCondition(prefix: string): SQL {
  if (prefix === "*") return sql`true`;
  // A district's counters sit under its own code; a province or regency's under codes below it,
  // or under its own code for businesses whose address stops there.
  if (prefix.length === 8) return sql`c.region_code = ${prefix}`;
  return sql`(c.region_code = ${prefix} or ${startsWith(sql`c.region_code`, `${prefix}.`)})`;
}

/** The number of businesses matching `f` (call only when countersCover(f)). */
export async function countFromCounters(t: Tx, f: ListFilter): Promise<number> {
  const parts: SQL[] = [regionCondition(f.prefix)];
  if (f.status) parts.push(sql`c.status = ${f.status}`);
  if (f.affected !== undefined) parts.push(sql`c.affected = ${f.affected}`);
  const { rows } = await t.execute<{ n: number }>(
    sql`select coalesce(sum(c.n), 0)::int as n from registry.business_counts c where ${sql.join(parts, sql` and `)}`,
  );
  return Number(rows[0]?.n ?? 0);
}
