// Training figures for reports: one definition each (domain/flow.ts decides which statuses count),
// counted under the caller's scope within a region prefix ("*" for the whole scope).
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { childRegionKey, type Grouped, groupedCount, underRegion } from "../../platform/db/grouped";
import { inPeriod, type Period } from "../../platform/db/period";
import type { Tx } from "../../platform/db/pool";
import { type Ctx, tx } from "../access";
import { type EventStatus, HELD_STATUSES, POSTPONED_STATUSES } from "./domain";
import { events, prakerjaRows } from "./schema";

function inRegion(prefix: string): SQL | undefined {
  if (prefix === "*") return undefined;
  return sql`(${events.regionCode} = ${prefix} or ${events.regionCode} like ${`${prefix}.%`})`;
}

/** The day a training counts on: its last day (ends_on, else starts_on). */
const eventDay = sql`coalesce(${events.endsOn}, ${events.startsOn})`;

async function countEvents(
  ctx: Ctx,
  prefix: string,
  statuses: readonly EventStatus[],
  period?: Period,
): Promise<number> {
  return tx(ctx, async (t) => {
    const [row] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(and(inArray(events.status, [...statuses]), inRegion(prefix), inPeriod(eventDay, period)));
    return row?.n ?? 0;
  });
}

/** Trainings that took place (held or reported) in the region (ending within the period, if one). */
export function countHeldTrainings({
  ctx,
  region,
  period,
}: {
  ctx: Ctx;
  region: string;
  period?: Period;
}): Promise<number> {
  return countEvents(ctx, region, HELD_STATUSES, period);
}

/** Trainings postponed and still waiting (not yet rescheduled, moved online or cancelled). */
export function countPostponedTrainings({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return countEvents(ctx, region, POSTPONED_STATUSES);
}

/** The region filter on Prakerja rows (the list's regency). */
function prakerjaIn(region: string): SQL {
  return region === "*"
    ? sql`true`
    : sql`(${prakerjaRows.regionCode} = ${region} or ${prakerjaRows.regionCode} like ${`${region}.%`})`;
}

/**
 * Prakerja registered: distinct people (by NIK, else by row) whose row on a Kartu Prakerja list says
 * registered — a row marked refused ("ditolak") or not registered is on the list but not counted.
 */
export async function countPrakerjaRegistered({
  ctx,
  region,
}: {
  ctx: Ctx;
  region: string;
}): Promise<number> {
  return tx(ctx, async (t) => {
    const [row] = await t
      .select({
        n: sql<number>`count(distinct coalesce(${prakerjaRows.nik}, ${prakerjaRows.id}::text))::int`,
      })
      .from(prakerjaRows)
      .where(sql`${prakerjaRows.registered} and ${prakerjaIn(region)}`);
    return row?.n ?? 0;
  });
}

/** Prakerja passed: distinct people (by NIK, else by row) marked passed on Kartu Prakerja lists. */
export async function countPrakerjaPassed({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  const where =
    region === "*"
      ? sql`${prakerjaRows.passed}`
      : sql`${prakerjaRows.passed} and (${prakerjaRows.regionCode} = ${region} or ${prakerjaRows.regionCode} like ${`${region}.%`})`;
  return tx(ctx, async (t) => {
    const [row] = await t
      .select({
        n: sql<number>`count(distinct coalesce(${prakerjaRows.nik}, ${prakerjaRows.id}::text))::int`,
      })
      .from(prakerjaRows)
      .where(where);
    return row?.n ?? 0;
  });
}

/** Grouped variants: the parent region and each child region in one query, same definitions as above. */
type GroupedInput = { t: Tx; parent: string };

function eventsByChild(
  t: Tx,
  parent: string,
  statuses: readonly EventStatus[],
  period?: Period,
): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`${events.regionCode}`, parent),
    sql`count(*)::int`,
    sql`from ${events} where ${inArray(events.status, [...statuses])} and ${inPeriod(eventDay, period)}
      and ${underRegion(sql`${events.regionCode}`, parent)}`,
  );
}

export function countHeldTrainingsByChild({
  t,
  parent,
  period,
}: GroupedInput & { period?: Period }): Promise<Grouped> {
  return eventsByChild(t, parent, HELD_STATUSES, period);
}

export function countPostponedTrainingsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return eventsByChild(t, parent, POSTPONED_STATUSES);
}

export function countPrakerjaPassedByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`${prakerjaRows.regionCode}`, parent),
    sql`count(distinct coalesce(${prakerjaRows.nik}, ${prakerjaRows.id}::text))::int`,
    sql`from ${prakerjaRows} where ${prakerjaRows.passed} and ${underRegion(sql`${prakerjaRows.regionCode}`, parent)}`,
  );
}

export function countPrakerjaRegisteredByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(sql`${prakerjaRows.regionCode}`, parent),
    sql`count(distinct coalesce(${prakerjaRows.nik}, ${prakerjaRows.id}::text))::int`,
    sql`from ${prakerjaRows} where ${prakerjaRows.registered} and ${underRegion(sql`${prakerjaRows.regionCode}`, parent)}`,
  );
}
