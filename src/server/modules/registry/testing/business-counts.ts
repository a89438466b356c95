// Test helper: the business counters (folded counts plus unfolded deltas) equal count(*) of the
// businesses grouped the same way, before and after a fold; after it, the counts alone do.
import { expect } from "vitest";
import type { Database } from "../../../platform/db/pool";
import { foldBusinessCounts } from "../register/fold-counts";

const GROUPED = `select left(region_code, 8) as region, status, affected, count(*)::int as n
  from registry.businesses group by 1, 2, 3 order by 1, 2, 3`;
const COUNTERS = `select region_code as region, status, affected, sum(n)::int as n from (
    select region_code, status, affected, n from registry.business_counts
    union all select region_code, status, affected, delta from registry.business_count_deltas
  ) a group by 1, 2, 3 having sum(n) <> 0 order by 1, 2, 3`;
const FOLDED = `select region_code as region, status, affected, n from registry.business_counts
  where n <> 0 order by 1, 2, 3`;

/** Counts + deltas before and after a fold, and the counts alone after it (call with no writer running). */
export async function expectCountersExact(db: Database): Promise<void> {
  const grouped = (await db.pool.query(GROUPED)).rows;
  expect((await db.pool.query(COUNTERS)).rows).toEqual(grouped);
  await foldBusinessCounts(db);
  expect((await db.pool.query(COUNTERS)).rows).toEqual(grouped);
  expect((await db.pool.query(FOLDED)).rows).toEqual(grouped);
  const left = await db.pool.query("select count(*)::int as n from registry.business_count_deltas");
  expect(left.rows[0]?.n).toBe(0);
}

/** The sum of every counter, folded or not. */
export async function counterTotal(db: Database): Promise<number> {
  const { rows } = await db.pool.query<{ n: number }>(
    `select ((select coalesce(sum(n), 0) from registry.business_counts)
      + (select coalesce(sum(delta), 0) from registry.business_count_deltas))::int as n`,
  );
  return Number(rows[0]?.n ?? 0);
}
