// Register figures for reports, one definition each, exact, under the caller's scope (row-level
// security) within a region prefix ("*" for the whole scope). The generated province/regency/district
// keys let a prefix filter use an index instead of scanning a million rows.
import { type SQL, sql } from "drizzle-orm";
import { type Grouped, groupedCount, regionLevel, scalar } from "../../../platform/db/grouped";
import { inPeriod, localDay, type Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";

/** An exact-prefix filter on a business's region: equality on the generated key of that level. */
function businessInRegion(prefix: string): SQL {
  if (prefix === "*") return sql`true`;
  const level = prefix.split(".").length;
  if (level === 1) return sql`b.province_code = ${prefix}`;
  // The parent keys too, so the region-counts index (province, regency, district, …) is entered
  // by its leading columns.
  const [province, regency, district] = [prefix.slice(0, 2), prefix.slice(0, 5), prefix.slice(0, 8)];
  if (level === 2) return sql`b.province_code = ${province} and b.regency_code = ${prefix}`;
  if (level === 3)
    return sql`b.province_code = ${province} and b.regency_code = ${regency} and b.district_code = ${prefix}`;
  return sql`b.province_code = ${province} and b.regency_code = ${regency} and b.district_code = ${district} and b.region_code = ${prefix}`;
}

/** The generated key of the level below the parent: each child region's equality filter above. */
function businessChildKey(parent: string): SQL {
  const level = regionLevel(parent);
  if (level === 0) return sql`b.province_code`;
  if (level === 1) return sql`b.regency_code`;
  if (level === 2) return sql`b.district_code`;
  return sql`b.region_code`;
}

const count = (ctx: Ctx, query: SQL): Promise<number> => tx(ctx, (t) => scalar(t, query));

/** Businesses in the register: active records (merged duplicates and closed businesses are not counted). */
export function countRegisteredBusinesses({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from registry.businesses b where b.status = 'active' and ${businessInRegion(region)}`,
  );
}

/** Affected businesses: active, and the latest impact assessment says affected. */
export function countAffectedBusinesses({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from registry.businesses b
      where b.status = 'active' and b.affected is true and ${businessInRegion(region)}`,
  );
}

/** Open kendala: reported and not yet resolved (open or in progress), on businesses in the region. */
export function countOpenConstraints({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from registry.constraints c join registry.businesses b on b.id = c.business_id
      where c.status <> 'resolved' and ${businessInRegion(region)}`,
  );
}

/** Kendala opened: reported within the period (every kendala when there is none), whatever their status now. */
export function countOpenedConstraints({
  ctx,
  region,
  period,
}: {
  ctx: Ctx;
  region: string;
  period?: Period;
}): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from registry.constraints c join registry.businesses b on b.id = c.business_id
      where ${inPeriod(localDay(sql`c.reported_at`, sql`b.region_code`), period)} and ${businessInRegion(region)}`,
  );
}

/** Grouped variants: the parent region and each child region in one query, same definitions as above. */
export type GroupedInput = { t: Tx; parent: string };

export function countRegisteredBusinessesByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    businessChildKey(parent),
    sql`count(*)::int`,
    sql`from registry.businesses b where b.status = 'active' and ${businessInRegion(parent)}`,
  );
}

export function countAffectedBusinessesByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    businessChildKey(parent),
    sql`count(*)::int`,
    sql`from registry.businesses b where b.status = 'active' and b.affected is true and ${businessInRegion(parent)}`,
  );
}

export function countOpenConstraintsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    businessChildKey(parent),
    sql`count(*)::int`,
    sql`from registry.constraints c join registry.businesses b on b.id = c.business_id
      where c.status <> 'resolved' and ${businessInRegion(parent)}`,
  );
}

export function countOpenedConstraintsByChild({
  t,
  parent,
  period,
}: GroupedInput & { period?: Period }): Promise<Grouped> {
  return groupedCount(
    t,
    businessChildKey(parent),
    sql`count(*)::int`,
    sql`from registry.constraints c join registry.businesses b on b.id = c.business_id
      where ${inPeriod(localDay(sql`c.reported_at`, sql`b.region_code`), period)} and ${businessInRegion(parent)}`,
  );
}
