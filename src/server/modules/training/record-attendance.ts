// Attendance (present or absent) for participants of one event; only on the day or after it was held.
import { and, eq, inArray } from "drizzle-orm";
import { AppError, notFound } from "../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../access";
import type { AttendanceBody, EventDetail } from "./contract";
import { canRecordAttendance } from "./domain";
import { notInState, trainingError } from "./errors";
import { requirePermission } from "./permissions";
import { findParticipants, lockEvent, readEventDetail } from "./repository";
import { participants } from "./schema";

export async function recordAttendance({
  ctx,
  eventId,
  input,
}: {
  ctx: Ctx;
  eventId: string;
  input: AttendanceBody;
}): Promise<EventDetail> {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const event = await lockEvent(t, eventId);
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    if (!canRecordAttendance(event.status)) throw notInState("attendance", event.status);
    const ids = [...new Set(input.participantIds)];
    const rows = await findParticipants(t, eventId, ids);
    if (rows.length !== ids.length)
      throw new AppError("NOT_FOUND", {
        text: {
          id: "Peserta tidak ditemukan pada pelatihan ini.",
          en: "Participant not found in this training.",
        },
      });
    if (!input.attended && rows.some((r) => r.certificateCode)) throw trainingError("TRAINING_CERTIFIED");
    await t
      .update(participants)
      .set({ attended: input.attended, attendedAt: ctx.now, attendanceBy: actorName(ctx.actor) })
      .where(and(eq(participants.eventId, eventId), inArray(participants.id, ids)));
    await recordAudit(t, ctx, {
      action: "training.attendance",
      entityType: "training_event",
      entityId: eventId,
      entityRegion: event.regionCode,
      after: { participantIds: ids, attended: input.attended },
    });
    const detail = await readEventDetail(t, eventId);
    if (!detail) throw notFound();
    return detail;
  });
}
