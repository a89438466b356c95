// Giving one register business a seat from the owners' side (self-registration or a pending one the
// operator links): the same rules as picking participants — one seat per business and per owner,
// never beyond the quota — checked under the event's lock, with the seat's personal code.
import { and, count, eq, or } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import type { BusinessBrief } from "../../registry";
import type { EventRow } from "../repository";
import { participants } from "../schema";
import { seatCodes } from "../schema-engagement";
import { engagementError } from "./errors";
import { newSeatCode } from "./seat-codes";

/** Refuses when the event has no seat left. */
export async function requireSeatLeft(t: Tx, event: EventRow): Promise<void> {
  const [row] = await t.select({ n: count() }).from(participants).where(eq(participants.eventId, event.id));
  if ((row?.n ?? 0) >= event.quota) throw engagementError("TRAINING_FULL");
}

/** Refuses when the business or its owner already holds a seat at the event. */
export async function requireNotSeated(t: Tx, eventId: string, brief: BusinessBrief): Promise<void> {
  const rows = await t
    .select({ id: participants.id })
    .from(participants)
    .where(
      and(
        eq(participants.eventId, eventId),
        or(eq(participants.businessId, brief.id), eq(participants.ownerId, brief.ownerId)),
      ),
    );
  if (rows.length > 0) throw engagementError("TRAINING_ALREADY_REGISTERED");
}

/** Inserts the seat and its code; the caller holds the event's lock and checked the rules above. */
export async function insertSeat(
  t: Tx,
  ctx: Ctx,
  event: EventRow,
  brief: BusinessBrief,
  phone: string | null,
): Promise<{ participantId: string; code: string }> {
  const participantId = newId();
  await t.insert(participants).values({
    id: participantId,
    eventId: event.id,
    regionCode: event.regionCode,
    businessId: brief.id,
    ownerId: brief.ownerId,
    businessName: brief.name,
    ownerName: brief.ownerName,
    businessRegion: brief.regionCode,
    addedBy: actorName(ctx.actor),
    addedAt: ctx.now,
  });
  const code = newSeatCode();
  await t
    .insert(seatCodes)
    .values({ participantId, eventId: event.id, regionCode: event.regionCode, code, phone });
  return { participantId, code };
}
