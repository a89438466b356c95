// Store figures for reports, one definition each (the same conditions as the PLUT's own reports in
// reports.ts), exact, under the caller's scope within a region prefix ("*" for the whole scope).
// Rows carry the selling PLUT's region, so a regency inside a province PLUT's area counts none.
import { type SQL, sql } from "drizzle-orm";
import {
  childRegionKey,
  type Grouped,
  groupedCount,
  scalar,
  underRegion,
} from "../../../platform/db/grouped";
import { inPeriod, localDay, type Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";
import { soldSql } from "../orders/order-facts";

const count = (ctx: Ctx, query: SQL): Promise<number> => tx(ctx, (t) => scalar(t, query));

/** Supply: units consigned to the PLUT (intake entries of the stock ledger). */
export function countSupplyUnits({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select coalesce(sum(l.delta), 0)::bigint as n from market.stock_ledger l
      where l.kind = 'intake' and ${underRegion(sql`l.region_code`, region)}`,
  );
}

/** Demand: units buyers asked for, on every order placed (served or not). */
export function countDemandUnits({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select coalesce(sum(i.quantity), 0)::bigint as n from market.order_items i
      where ${underRegion(sql`i.region_code`, region)}`,
  );
}

/** The day an order counts on (the daily sales report's): its supply day, else the day it was placed. */
export const saleDay = sql`coalesce(o.supply_date, ${localDay(sql`o.created_at`, sql`o.region_code`)})`;

/** Sold: units of paid orders, refunds excluded (the orders settlement pays the producers for). */
export function countSoldUnits({
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
    sql`select coalesce(sum(coalesce(i.allocated, 0)), 0)::bigint as n from market.orders o
      join market.order_items i on i.order_id = o.id
      where ${soldSql()} and ${inPeriod(saleDay, period)} and ${underRegion(sql`o.region_code`, region)}`,
  );
}

/** Unserved buyers: pre-orders that got less than they asked for (the unserved report's rows). */
export function countUnservedOrders({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from (select o.id from market.orders o join market.order_items i on i.order_id = o.id
      where o.mode = 'preorder' and o.status in ('allocated', 'waitlisted', 'cancelled')
        and ${underRegion(sql`o.region_code`, region)}
      group by o.id having sum(coalesce(i.allocated, 0)) < sum(i.quantity)) x`,
  );
}

/** Grouped variants: the parent region and each child region in one query, same definitions as above. */
type GroupedInput = { t: Tx; parent: string };

export function countSupplyUnitsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`l.region_code`, parent),
    sql`coalesce(sum(l.delta), 0)::bigint`,
    sql`from market.stock_ledger l where l.kind = 'intake' and ${underRegion(sql`l.region_code`, parent)}`,
  );
}

export function countDemandUnitsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`i.region_code`, parent),
    sql`coalesce(sum(i.quantity), 0)::bigint`,
    sql`from market.order_items i where ${underRegion(sql`i.region_code`, parent)}`,
  );
}

export function countSoldUnitsByChild({
  t,
  parent,
  period,
}: GroupedInput & { period?: Period }): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`o.region_code`, parent),
    sql`coalesce(sum(coalesce(i.allocated, 0)), 0)::bigint`,
    sql`from market.orders o join market.order_items i on i.order_id = o.id
      where ${soldSql()} and ${inPeriod(saleDay, period)} and ${underRegion(sql`o.region_code`, parent)}`,
  );
}

export function countUnservedOrdersByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`x.region_code`, parent),
    sql`count(*)::int`,
    sql`from (select o.id, o.region_code from market.orders o join market.order_items i on i.order_id = o.id
      where o.mode = 'preorder' and o.status in ('allocated', 'waitlisted', 'cancelled')
        and ${underRegion(sql`o.region_code`, parent)}
      group by o.id, o.region_code having sum(coalesce(i.allocated, 0)) < sum(i.quantity)) x`,
  );
}
