// The periodic fold of the business counters: registry.fold_business_counts moves the deltas the
// triggers on registry.businesses appended into registry.business_counts (the only writer of that
// table), so the deltas stay few and the list's total sums a handful of rows per district.
import { sql } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import type { Jobs } from "../../../platform/jobs/jobs";
import { systemCtx, tx } from "../../access";

export const FOLD_BUSINESS_COUNTS = "registry.fold-business-counts";
const FOLD_EVERY_MS = 60_000;

/** Folds the committed deltas in one transaction; returns how many delta rows it folded. */
export async function foldBusinessCounts(database: Database): Promise<number> {
  return tx(systemCtx(database, FOLD_BUSINESS_COUNTS), async (t) => {
    const { rows } = await t.execute<{ n: number }>(sql`select registry.fold_business_counts() as n`);
    return Number(rows[0]?.n ?? 0);
  });
}

/** Every working process folds once a minute; two at once are safe (the second waits, then folds the rest). */
export function registerCountFold(jobs: Jobs, database: Database): void {
  jobs.every(FOLD_BUSINESS_COUNTS, FOLD_EVERY_MS, () => foldBusinessCounts(database));
}
