// "Naik kelas": businesses whose size class moved up (mikro → kecil → menengah → besar) within a
// period, read from the size class history. A business counts once, by its net move: the class
// before its first change in the period against the class after its last one.
import { type SQL, sql } from "drizzle-orm";
import { childRegionKey, type Grouped, groupedCount, underRegion } from "../../../platform/db/grouped";
import { inPeriod, type Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";

export type SizeMove = {
  businessId: string;
  businessName: string;
  regionCode: string;
  regionName: string | null;
  fromClass: string;
  toClass: string;
  /** The date of the last change in the period. */
  movedOn: string;
};

const RANK = sql`array['mikro','kecil','menengah','besar']`;

/** One row per business with a net upward move in the period, within the region prefix. */
function movesQuery(region: string, period: Period): SQL {
  return sql`(
    select business_id, region_code, first_from, last_to, moved_on from (
      select business_id, region_code,
        first_value(from_class) over w as first_from,
        last_value(to_class) over w as last_to,
        last_value(changed_on) over w as moved_on,
        row_number() over (partition by business_id order by changed_on desc, at desc, id desc) as rn
      from registry.size_class_changes
      where ${inPeriod(sql`changed_on`, period)} and ${underRegion(sql`region_code`, region)}
      window w as (partition by business_id order by changed_on, at, id
        rows between unbounded preceding and unbounded following)
    ) c
    where rn = 1 and first_from is not null and last_to is not null
      and array_position(${RANK}, last_to) > array_position(${RANK}, first_from)
  )`;
}

/** Businesses that moved up a size class in the period, newest move first (the caller's scope). */
export async function readSizeMovesUp(
  t: Tx,
  { region, period }: { region: string; period: Period },
): Promise<SizeMove[]> {
  const rows = await t.execute<{
    business_id: string;
    name: string;
    region_code: string;
    region_name: string | null;
    first_from: string;
    last_to: string;
    moved_on: string;
  }>(sql`
    select m.business_id, b.name, b.region_code, r.name as region_name, m.first_from, m.last_to,
      to_char(m.moved_on, 'YYYY-MM-DD') as moved_on
    from ${movesQuery(region, period)} m
    join registry.businesses b on b.id = m.business_id
    left join regions.regions r on r.code = b.region_code
    order by m.moved_on desc, b.name_norm, b.id`);
  return rows.rows.map((r) => ({
    businessId: r.business_id,
    businessName: r.name,
    regionCode: r.region_code,
    regionName: r.region_name,
    fromClass: r.first_from,
    toClass: r.last_to,
    movedOn: r.moved_on,
  }));
}

/** How many businesses moved up a size class in the period within the region (one definition). */
export function countSizeMovesUp({
  ctx,
  region,
  period = {},
}: {
  ctx: Ctx;
  region: string;
  period?: Period;
}): Promise<number> {
  return tx(ctx, async (t) => {
    const rows = await t.execute<{ n: number }>(
      sql`select count(*)::int as n from ${movesQuery(region, period)} m`,
    );
    return Number(rows.rows[0]?.n ?? 0);
  });
}

/** The same count for the parent region and each child region, in the caller's transaction. */
export function countSizeMovesUpByChild({
  t,
  parent,
  period = {},
}: {
  t: Tx;
  parent: string;
  period?: Period;
}): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`m.region_code`, parent),
    sql`count(*)::int`,
    sql`from ${movesQuery(parent, period)} m`,
  );
}
