// Attendance by personal code: the operator scans the QR (or types the code) at the venue, and an
// online participant's join from their own page. Either records attendance once: a second scan
// answers "already" and changes nothing.
import { and, count, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { CheckInBody, CheckInResult } from "../contract-engagement";
import { canRecordAttendance } from "../domain";
import { notInState } from "../errors";
import { requirePermission } from "../permissions";
import { lockEvent } from "../repository";
import { participants } from "../schema";
import { seatCodes } from "../schema-engagement";
import { engagementError } from "./errors";
import { ensureSeatCodes, findSeat, readSeatCode, type SeatRow } from "./seat-codes";
import type { CheckInMethod } from "./vocab";

/** Records attendance for a seat not yet present; false when it already was. */
async function markPresent(t: Tx, ctx: Ctx, found: SeatRow, method: CheckInMethod): Promise<boolean> {
  if (found.participant.attended === true) return false;
  const by = actorName(ctx.actor);
  await t
    .update(participants)
    .set({ attended: true, attendedAt: ctx.now, attendanceBy: by })
    .where(eq(participants.id, found.participant.id));
  await t
    .update(seatCodes)
    .set({ checkedInAt: ctx.now, checkedInBy: by, checkInMethod: method })
    .where(eq(seatCodes.participantId, found.participant.id));
  await recordAudit(t, ctx, {
    action: "training.check-in",
    entityType: "training_event",
    entityId: found.event.id,
    entityRegion: found.event.regionCode,
    after: { participantId: found.participant.id, method },
  });
  return true;
}

export async function checkIn(o: { ctx: Ctx; eventId: string; input: CheckInBody }): Promise<CheckInResult> {
  const { ctx } = o;
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const event = await lockEvent(t, o.eventId);
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    if (!canRecordAttendance(event.status)) throw notInState("attendance", event.status);
    await ensureSeatCodes(t, event.id);
    const code = readSeatCode(o.input.code);
    const found = code ? await findSeat(t, code, { eventId: event.id, lock: true }) : null;
    if (!found) throw engagementError("TRAINING_UNKNOWN_CODE");
    const fresh = await markPresent(t, ctx, found, o.input.method);
    const [n] = await t
      .select({ n: count() })
      .from(participants)
      .where(and(eq(participants.eventId, event.id), eq(participants.attended, true)));
    return {
      result: fresh ? "checked_in" : "already",
      participantId: found.participant.id,
      ownerName: found.participant.ownerName,
      businessName: found.participant.businessName,
      checkedInAt: (fresh
        ? ctx.now
        : (found.seat.checkedInAt ?? found.participant.attendedAt ?? ctx.now)
      ).toISOString(),
      attended: n?.n ?? 0,
    };
  });
}

/** An online participant joins from their page: the join is their attendance; returns the link. */
export async function joinOnline({ ctx, code }: { ctx: Ctx; code: string }): Promise<{ onlineLink: string }> {
  return tx(ctx, async (t) => {
    const parsed = readSeatCode(code);
    const found = parsed ? await findSeat(t, parsed, { lock: true }) : null;
    if (!found) throw engagementError("TRAINING_UNKNOWN_CODE");
    const { event } = found;
    if (event.mode === "in_person" || !event.onlineLink || !canRecordAttendance(event.status))
      throw engagementError("TRAINING_NOT_ONLINE");
    await markPresent(t, ctx, found, "online");
    return { onlineLink: event.onlineLink };
  });
}
