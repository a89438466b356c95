// Participants picked from the register (by region, sector, size class, affected). A seat is one
// business and one owner: a second seat for either is refused, as are seats beyond the quota — the
// whole request then changes nothing.
import { notFound } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../access";
import { type BusinessBrief, listBusinessesForProposal, selectBusinessBriefs } from "../registry";
import type { AddParticipantsBody, Candidate, CandidateQuery, Participant } from "./contract";
import { canAddParticipants } from "./domain";
import { duplicateParticipants, notInState, quotaExceeded, unknownBusinesses } from "./errors";
import { requirePermission } from "./permissions";
import {
  listParticipantRows,
  lockEvent,
  type ParticipantRow,
  readEventDetail,
  toParticipant,
} from "./repository";
import { participants } from "./schema";

/** Businesses of the register matching the filters, marked when they already hold a seat. */
export async function listCandidates({
  ctx,
  eventId,
  query,
}: {
  ctx: Ctx;
  eventId: string;
  query: CandidateQuery;
}): Promise<Candidate[]> {
  requirePermission(ctx, "training.manage");
  const seated = await tx(ctx, async (t) => {
    const event = await readEventDetail(t, eventId);
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    return new Set(event.participantList.map((p) => p.businessId));
  });
  const rows = await listBusinessesForProposal({
    ctx,
    filter: {
      region: query.region,
      sector: query.sector,
      sizeClass: query.sizeClass,
      affected: query.affected,
      limit: query.limit,
    },
  });
  return rows.map((r) => ({
    businessId: r.businessId,
    businessName: r.businessName,
    ownerName: r.name,
    sector: r.sector,
    sizeClass: r.sizeClass,
    affected: r.affected,
    regionCode: r.regionCode,
    isParticipant: seated.has(r.businessId),
  }));
}

/** Business ids that would take a second seat (same business or same owner, in the request or already seated). */
function duplicatesOf(briefs: readonly BusinessBrief[], seated: readonly ParticipantRow[]): string[] {
  const businesses = new Set(seated.map((s) => s.businessId));
  const owners = new Set(seated.map((s) => s.ownerId));
  const dupes: string[] = [];
  for (const b of briefs) {
    if (businesses.has(b.id) || owners.has(b.ownerId)) dupes.push(b.id);
    businesses.add(b.id);
    owners.add(b.ownerId);
  }
  return dupes;
}

export async function addParticipants({
  ctx,
  eventId,
  input,
}: {
  ctx: Ctx;
  eventId: string;
  input: AddParticipantsBody;
}): Promise<{ added: number; participants: Participant[] }> {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const event = await lockEvent(t, eventId);
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    if (!canAddParticipants(event.status)) throw notInState("participants", event.status);
    const found = await selectBusinessBriefs(t, input.businessIds);
    const byId = new Map(found.filter((b) => b.status === "active").map((b) => [b.id, b]));
    const missing = [...new Set(input.businessIds.filter((id) => !byId.has(id)))];
    if (missing.length > 0) throw unknownBusinesses(missing);
    const briefs = input.businessIds.map((id) => byId.get(id)).filter((b): b is BusinessBrief => !!b);
    const seated = await listParticipantRows(t, eventId);
    const dupes = duplicatesOf(briefs, seated);
    if (dupes.length > 0) throw duplicateParticipants([...new Set(dupes)]);
    if (seated.length + briefs.length > event.quota)
      throw quotaExceeded(event.quota, seated.length + briefs.length);
    const rows = briefs.map((b) => ({
      id: newId(),
      eventId,
      regionCode: event.regionCode,
      businessId: b.id,
      ownerId: b.ownerId,
      businessName: b.name,
      ownerName: b.ownerName,
      businessRegion: b.regionCode,
      addedBy: actorName(ctx.actor),
      addedAt: ctx.now,
    }));
    const inserted = await t.insert(participants).values(rows).returning();
    await recordAudit(t, ctx, {
      action: "training.add-participants",
      entityType: "training_event",
      entityId: eventId,
      entityRegion: event.regionCode,
      after: { businessIds: briefs.map((b) => b.id) },
    });
    return { added: inserted.length, participants: inserted.map(toParticipant) };
  });
}
