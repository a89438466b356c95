// Test helper: the business counters equal count(*) of the businesses grouped the same way.
import { expect } from "vitest";
import type { Database } from "../../../platform/db/pool";

export async function expectCountersExact(db: Database): Promise<void> {
  const grouped = await db.pool.query(
    `select left(region_code, 8) as region, status, affected, count(*)::int as n
     from registry.businesses group by 1, 2, 3 order by 1, 2, 3`,
  );
  const counters = await db.pool.query(
    `select region_code as region, status, affected, n from registry.business_counts where n <> 0 order by 1, 2, 3`,
  );
  expect(counters.rows).toEqual(grouped.rows);
}
