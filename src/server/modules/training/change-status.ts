// A training's status change (postpone with a reason, reschedule, move online, held, reported,
// cancel): the pure state machine decides, the history row and the audit event record who and when.
import { eq } from "drizzle-orm";
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../access";
import type { EventDetail, StatusBody } from "./contract";
import { moveStatus } from "./domain";
import { invalidTransition, onlineLinkRequired, reasonRequired } from "./errors";
import { requirePermission } from "./permissions";
import { type EventRow, lockEvent, readEventDetail } from "./repository";
import { events, statusChanges } from "./schema";

/** What else changes with the status: moving online sets the mode and link; rescheduling the date. */
function stampFor(row: EventRow, input: StatusBody): Partial<EventRow> {
  const stamp: Partial<EventRow> = {};
  if (input.status === "moved_online") {
    const link = input.onlineLink ?? row.onlineLink;
    if (!link) throw onlineLinkRequired();
    stamp.mode = "online";
    stamp.onlineLink = link;
  } else if (input.onlineLink) stamp.onlineLink = input.onlineLink;
  if (input.startsOn) {
    stamp.startsOn = input.startsOn;
    if (row.endsOn && row.endsOn < input.startsOn) stamp.endsOn = null;
  }
  return stamp;
}

export async function changeEventStatus({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: StatusBody;
}): Promise<EventDetail> {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const row = await lockEvent(t, id);
    if (!row) throw notFound();
    requireScope(ctx, row.regionCode);
    const move = moveStatus({ from: row.status, to: input.status, reason: input.reason });
    if (move.kind === "reason_required") throw reasonRequired();
    if (move.kind === "not_allowed") throw invalidTransition(row.status, input.status);
    const reason = input.reason?.trim() || null;
    const stamp = stampFor(row, input);
    await t
      .update(events)
      .set({ ...stamp, status: move.to, lastReason: reason ?? row.lastReason, updatedAt: ctx.now })
      .where(eq(events.id, id));
    await t.insert(statusChanges).values({
      id: newId(),
      eventId: id,
      regionCode: row.regionCode,
      fromStatus: row.status,
      toStatus: move.to,
      reason,
      actorName: actorName(ctx.actor),
      at: ctx.now,
    });
    await recordAudit(t, ctx, {
      action: "training.status",
      entityType: "training_event",
      entityId: id,
      entityRegion: row.regionCode,
      before: { status: row.status, mode: row.mode, startsOn: row.startsOn },
      after: { status: move.to, reason, ...stamp },
    });
    const detail = await readEventDetail(t, id);
    if (!detail) throw notFound();
    return detail;
  });
}
