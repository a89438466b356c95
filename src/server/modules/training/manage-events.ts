// Training events: created by a PLUT or an office in its scope, listed and read within scope.
import { desc, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../access";
import type { CreateEventBody, Event, EventDetail } from "./contract";
import type { EventStatus } from "./domain";
import { requirePermission } from "./permissions";
import { presentEvents, readEventDetail } from "./repository";
import { events, statusChanges } from "./schema";

function defaultRegion(ctx: Ctx, given: string | undefined): string {
  const region = given ?? (ctx.actor.scope === "*" ? undefined : ctx.actor.scope);
  if (!region)
    throw new AppError("VALIDATION", {
      issues: [{ path: "body.regionCode", message: "wilayah wajib diisi" }],
    });
  return region;
}

/** Creates a planned event; the first history row says who planned it. Audited (training.create). */
export async function createEvent({ ctx, input }: { ctx: Ctx; input: CreateEventBody }): Promise<Event> {
  requirePermission(ctx, "training.manage");
  const regionCode = defaultRegion(ctx, input.regionCode);
  requireScope(ctx, regionCode);
  const id = newId();
  return tx(ctx, async (t) => {
    const known = await t.execute(sql`select 1 from regions.regions where code = ${regionCode}`);
    if (known.rows.length === 0)
      throw new AppError("VALIDATION", {
        issues: [{ path: "body.regionCode", message: "kode wilayah tidak dikenal" }],
      });
    const [row] = await t
      .insert(events)
      .values({
        id,
        regionCode,
        title: input.title,
        topic: input.topic,
        targetSizeClass: input.targetSizeClass,
        mode: input.mode,
        venue: input.venue,
        onlineLink: input.onlineLink,
        fundingSource: input.fundingSource,
        budget: input.budget,
        quota: input.quota,
        trainers: input.trainers,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        createdBy: actorName(ctx.actor),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await t.insert(statusChanges).values({
      id: newId(),
      eventId: id,
      regionCode,
      fromStatus: null,
      toStatus: "planned",
      reason: null,
      actorName: actorName(ctx.actor),
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "training.create",
      entityType: "training_event",
      entityId: id,
      entityRegion: regionCode,
      after: { ...input, regionCode, status: "planned" },
    });
    const [event] = await presentEvents(t, [row]);
    if (!event) throw new AppError("INTERNAL");
    return event;
  });
}

/** Events whose region lies in the caller's scope (row-level security filters the same), newest first. */
export async function listEvents({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: { status?: EventStatus };
}): Promise<Event[]> {
  requirePermission(ctx, "training.read");
  return tx(ctx, async (t) => {
    const rows = await t
      .select()
      .from(events)
      .where(query.status ? eq(events.status, query.status) : undefined)
      .orderBy(desc(events.startsOn), desc(events.id))
      .limit(500);
    return presentEvents(t, rows);
  });
}

export async function getEvent({ ctx, id }: { ctx: Ctx; id: string }): Promise<EventDetail> {
  requirePermission(ctx, "training.read");
  return tx(ctx, async (t) => {
    const detail = await readEventDetail(t, id);
    if (!detail) throw notFound();
    requireScope(ctx, detail.regionCode);
    return detail;
  });
}
