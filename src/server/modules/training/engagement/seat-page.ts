// The participant's own page (no login, by personal code): the event, the QR to show at the venue,
// the online join, and the evaluation once the training was held. Only the business name is shown.
import { eq } from "drizzle-orm";
import QRCode from "qrcode";
import type { Ctx } from "../../access";
import { tx } from "../../access";
import type { Seat } from "../contract-engagement";
import { canRecordAttendance, countsAsHeld } from "../domain";
import { presentEvents } from "../repository";
import { evaluations } from "../schema-engagement";
import { engagementError } from "./errors";
import { seatUrlOf } from "./invitations";
import { findSeat, readSeatCode } from "./seat-codes";

export async function readSeat({ ctx, code }: { ctx: Ctx; code: string }): Promise<Seat> {
  return tx(ctx, async (t) => {
    const parsed = readSeatCode(code);
    const found = parsed ? await findSeat(t, parsed) : null;
    if (!found) throw engagementError("TRAINING_UNKNOWN_CODE");
    const { event, participant, seat } = found;
    const [e] = await presentEvents(t, [event]);
    const done = await t
      .select({ id: evaluations.participantId })
      .from(evaluations)
      .where(eq(evaluations.participantId, participant.id));
    const attended = participant.attended === true;
    return {
      code: seat.code,
      businessName: participant.businessName,
      event: {
        id: event.id,
        title: event.title,
        topic: event.topic,
        status: event.status,
        mode: event.mode,
        venue: event.venue,
        startsOn: event.startsOn,
        endsOn: event.endsOn,
        regionName: e?.regionName ?? null,
      },
      attended,
      canJoin: event.mode !== "in_person" && !!event.onlineLink && canRecordAttendance(event.status),
      canEvaluate: countsAsHeld(event.status) && attended && done.length === 0,
      evaluated: done.length > 0,
    };
  });
}

/** The seat's QR: the participant's page address, which the operator's scanner reads the code from. */
export async function seatQrSvg(o: { ctx: Ctx; code: string; origin: string }): Promise<string> {
  const seat = await readSeat(o);
  return QRCode.toString(seatUrlOf(o.origin, seat.code), { type: "svg", margin: 1, width: 240 });
}
