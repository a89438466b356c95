// Outside-list figures for reports: Kartu Prakerja participants on uploaded lists, exact, under the
// caller's scope within a region prefix ("*" for the whole scope).
import { type SQL, sql } from "drizzle-orm";
import { childRegionKey, type Grouped, groupedCount, underRegion } from "../../../platform/db/grouped";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";

function inRegion(column: SQL, prefix: string): SQL {
  if (prefix === "*") return sql`true`;
  return sql`(${column} = ${prefix} or ${column} like ${`${prefix}.%`})`;
}

/** Prakerja registered: distinct people (by NIK, else by row) on Kartu Prakerja lists of the region. */
export async function countPrakerjaRegistered({
  ctx,
  region,
}: {
  ctx: Ctx;
  region: string;
}): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(sql`
      select count(distinct coalesce(r.nik, r.id::text))::int as n from linkage.list_rows r
      join linkage.lists l on l.id = r.list_id
      where l.kind = 'prakerja' and ${inRegion(sql`r.region_code`, region)}`);
    return Number(rows.rows[0]?.n ?? 0);
  });
}

/** Candidate duplicate pairs waiting for a reviewer's decision, as the caller may see them. */
export async function countPairsToReview({ ctx }: { ctx: Ctx }): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from linkage.pairs where status = 'open'`,
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}

/** Grouped variant: the parent region and each child region in one query, same definition as above. */
export function countPrakerjaRegisteredByChild({ t, parent }: { t: Tx; parent: string }): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`r.region_code`, parent),
    sql`count(distinct coalesce(r.nik, r.id::text))::int`,
    sql`from linkage.list_rows r join linkage.lists l on l.id = r.list_id
      where l.kind = 'prakerja' and ${underRegion(sql`r.region_code`, parent)}`,
  );
}
