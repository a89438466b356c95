// Queries of the training module; rows become contract shapes here, so verbs never see Drizzle rows.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import type { Event, EventDetail, Participant } from "./contract";
import { nextStatuses } from "./domain";
import { events, participants, statusChanges } from "./schema";

export type EventRow = typeof events.$inferSelect;
export type ParticipantRow = typeof participants.$inferSelect;

/** The event locked for a change (status, seats, attendance), or null when absent or out of scope. */
export async function lockEvent(t: Tx, id: string): Promise<EventRow | null> {
  const [row] = await t.select().from(events).where(eq(events.id, id)).for("update");
  return row ?? null;
}

type Counts = { participants: number; attended: number };

async function countsOf(t: Tx, ids: readonly string[]): Promise<Map<string, Counts>> {
  if (ids.length === 0) return new Map();
  const rows = await t
    .select({
      eventId: participants.eventId,
      participants: sql<number>`count(*)::int`,
      attended: sql<number>`count(*) filter (where ${participants.attended})::int`,
    })
    .from(participants)
    .where(inArray(participants.eventId, [...ids]))
    .groupBy(participants.eventId);
  return new Map(rows.map((r) => [r.eventId, { participants: r.participants, attended: r.attended }]));
}

async function regionNames(t: Tx, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await t.execute<{ code: string; name: string }>(
    sql`select code, name from regions.regions where code = any(${sql.param([...new Set(codes)])}::text[])`,
  );
  return new Map(rows.rows.map((r) => [r.code, r.name]));
}

/** Events as the contract shows them, with seat counts and region names. */
export async function presentEvents(t: Tx, rows: readonly EventRow[]): Promise<Event[]> {
  const counts = await countsOf(
    t,
    rows.map((r) => r.id),
  );
  const names = await regionNames(
    t,
    rows.map((r) => r.regionCode),
  );
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    regionCode: r.regionCode,
    regionName: names.get(r.regionCode) ?? null,
    title: r.title,
    topic: r.topic,
    targetSizeClass: r.targetSizeClass,
    mode: r.mode,
    venue: r.venue,
    onlineLink: r.onlineLink,
    fundingSource: r.fundingSource,
    budget: r.budget,
    quota: r.quota,
    trainers: r.trainers,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    lastReason: r.lastReason,
    participants: counts.get(r.id)?.participants ?? 0,
    attended: counts.get(r.id)?.attended ?? 0,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export function toParticipant(r: ParticipantRow): Participant {
  return {
    id: r.id,
    businessId: r.businessId,
    businessName: r.businessName,
    ownerName: r.ownerName,
    businessRegion: r.businessRegion,
    attended: r.attended,
    certificateCode: r.certificateCode,
  };
}

export async function listParticipantRows(t: Tx, eventId: string): Promise<ParticipantRow[]> {
  return t
    .select()
    .from(participants)
    .where(eq(participants.eventId, eventId))
    .orderBy(asc(participants.ownerName), asc(participants.id));
}

/** One event with its status history and participants, or null when absent or out of scope. */
export async function readEventDetail(t: Tx, id: string): Promise<EventDetail | null> {
  const [row] = await t.select().from(events).where(eq(events.id, id));
  if (!row) return null;
  const [event] = await presentEvents(t, [row]);
  if (!event) return null;
  const history = await t
    .select()
    .from(statusChanges)
    .where(eq(statusChanges.eventId, id))
    .orderBy(asc(statusChanges.at), asc(statusChanges.id));
  const seats = await listParticipantRows(t, id);
  return {
    ...event,
    history: history.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      reason: h.reason,
      by: h.actorName,
      at: h.at.toISOString(),
    })),
    participantList: seats.map(toParticipant),
    nextStatuses: [...nextStatuses(row.status)],
  };
}

export async function findParticipants(
  t: Tx,
  eventId: string,
  ids: readonly string[],
): Promise<ParticipantRow[]> {
  return t
    .select()
    .from(participants)
    .where(and(eq(participants.eventId, eventId), inArray(participants.id, [...ids])));
}
