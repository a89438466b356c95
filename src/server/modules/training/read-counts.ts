// Training figures for reports: one definition each (domain/flow.ts decides which statuses count),
// counted under the caller's scope within a region prefix ("*" for the whole scope).
import { and, inArray, type SQL, sql } from "drizzle-orm";
import { type Ctx, tx } from "../access";
import { type EventStatus, HELD_STATUSES, POSTPONED_STATUSES } from "./domain";
import { events, prakerjaRows } from "./schema";

function inRegion(prefix: string): SQL | undefined {
  if (prefix === "*") return undefined;
  return sql`(${events.regionCode} = ${prefix} or ${events.regionCode} like ${`${prefix}.%`})`;
}

async function countEvents(ctx: Ctx, prefix: string, statuses: readonly EventStatus[]): Promise<number> {
  return tx(ctx, async (t) => {
    const [row] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(events)
      .where(and(inArray(events.status, [...statuses]), inRegion(prefix)));
    return row?.n ?? 0;
  });
}

/** Trainings that took place (held or reported) in the region, as the caller may see them. */
export function countHeldTrainings({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return countEvents(ctx, region, HELD_STATUSES);
}

/** Trainings postponed and still waiting (not yet rescheduled, moved online or cancelled). */
export function countPostponedTrainings({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return countEvents(ctx, region, POSTPONED_STATUSES);
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
