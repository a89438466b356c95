// Each seat's personal code: created for every participant of an event that has none yet (on the
// invitation list, at check-in, at self-registration), read back by code for the public pages.
import { randomInt } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { generateCheckedCode, normaliseCheckedCode } from "../../../../shared/checked-code";
import type { Tx } from "../../../platform/db/pool";
import { events, participants } from "../schema";
import { seatCodes } from "../schema-engagement";
import { SEAT_CODE } from "./vocab";

export const newSeatCode = () => generateCheckedCode({ random: randomInt, ...SEAT_CODE });

/** Gives every participant of the event without a code one (a collision simply retries later). */
export async function ensureSeatCodes(t: Tx, eventId: string): Promise<void> {
  const missing = await t.execute<{ id: string; region_code: string }>(sql`
    select p.id, p.region_code from training.participants p
    where p.event_id = ${eventId} and not exists (select 1 from training.seat_codes s where s.participant_id = p.id)`);
  if (missing.rows.length === 0) return;
  await t
    .insert(seatCodes)
    .values(
      missing.rows.map((p) => ({
        participantId: p.id,
        eventId,
        regionCode: p.region_code,
        code: newSeatCode(),
      })),
    )
    .onConflictDoNothing();
}

/** The code as typed, scanned (a URL ending in the code) or printed, normalised; null when malformed. */
export function readSeatCode(raw: string): string | null {
  const path = raw.trim().split(/[?#]/)[0] ?? "";
  const last = path.split("/").filter(Boolean).pop() ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    return null; // a stray "%" (typed or from a damaged link) is a malformed code, not a server error
  }
  const parsed = normaliseCheckedCode(decoded, SEAT_CODE);
  return parsed.ok ? parsed.code : null;
}

export type SeatRow = {
  seat: typeof seatCodes.$inferSelect;
  participant: typeof participants.$inferSelect;
  event: typeof events.$inferSelect;
};

/** A seat by its code with its participant and event (locked for a change when `lock`). */
export async function findSeat(t: Tx, code: string, opts: { eventId?: string; lock?: boolean } = {}) {
  const q = t
    .select({ seat: seatCodes, participant: participants, event: events })
    .from(seatCodes)
    .innerJoin(participants, eq(participants.id, seatCodes.participantId))
    .innerJoin(events, eq(events.id, seatCodes.eventId))
    .where(and(eq(seatCodes.code, code), opts.eventId ? eq(seatCodes.eventId, opts.eventId) : undefined));
  const [row] = await q;
  if (!row || !opts.lock) return row ?? null;
  const [locked] = await t
    .select()
    .from(participants)
    .where(eq(participants.id, row.participant.id))
    .for("update");
  return locked ? { ...row, participant: locked } : null;
}
