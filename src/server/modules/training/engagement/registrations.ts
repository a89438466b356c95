// The operator's side of self-registrations: the list (pending ones with the register businesses
// the matcher found possible), linking a pending one to a register business (a seat, under the same
// rules as any other), or refusing it with a reason.
import { and, desc, eq } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { Registration } from "../contract-engagement";
import { canAddParticipants } from "../domain";
import { notInState } from "../errors";
import { requirePermission } from "../permissions";
import { lockEvent } from "../repository";
import { events } from "../schema";
import { registrations } from "../schema-engagement";
import { engagementError } from "./errors";
import { selectBusinessBriefs, unknownBusinessesGuard } from "./registry-guard";
import { insertSeat, requireNotSeated, requireSeatLeft } from "./seat";

type Row = typeof registrations.$inferSelect;

async function present(t: Tx, rows: Row[]): Promise<Registration[]> {
  const ids = [...new Set(rows.flatMap((r) => r.suggestedBusinessIds))];
  const briefs = new Map((await selectBusinessBriefs(t, ids)).map((b) => [b.id, b]));
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    nikMasked: maskIdentity(r.nik),
    name: r.name,
    birthDate: r.birthDate,
    phone: r.phone,
    businessName: r.businessName,
    participantId: r.participantId,
    suggestions: r.suggestedBusinessIds.flatMap((id) => {
      const b = briefs.get(id);
      return b && b.status === "active"
        ? [{ businessId: b.id, businessName: b.name, ownerName: b.ownerName, regionName: b.regionName }]
        : [];
    }),
    reason: r.reason,
    decidedBy: r.decidedBy,
    createdAt: r.createdAt.toISOString(),
  }));
}

async function eventInScope(t: Tx, ctx: Ctx, eventId: string) {
  const [event] = await t.select().from(events).where(eq(events.id, eventId));
  if (!event) throw notFound();
  requireScope(ctx, event.regionCode);
  return event;
}

export async function listRegistrations({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    await eventInScope(t, ctx, eventId);
    const rows = await t
      .select()
      .from(registrations)
      .where(eq(registrations.eventId, eventId))
      .orderBy(desc(registrations.createdAt), desc(registrations.id));
    return present(t, rows);
  });
}

async function lockPending(t: Tx, ctx: Ctx, eventId: string, registrationId: string) {
  const event = await lockEvent(t, eventId);
  if (!event) throw notFound();
  requireScope(ctx, event.regionCode);
  const [row] = await t
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, eventId)));
  if (!row) throw notFound();
  if (row.status !== "pending") throw engagementError("TRAINING_REGISTRATION_DECIDED");
  return { event, row };
}

export async function linkRegistration(o: {
  ctx: Ctx;
  eventId: string;
  registrationId: string;
  businessId: string;
}): Promise<Registration> {
  const { ctx } = o;
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const { event, row } = await lockPending(t, ctx, o.eventId, o.registrationId);
    if (!canAddParticipants(event.status)) throw notInState("participants", event.status);
    const brief = await unknownBusinessesGuard(t, o.businessId);
    await requireNotSeated(t, event.id, brief);
    await requireSeatLeft(t, event);
    const seat = await insertSeat(t, ctx, event, brief, row.phone);
    const [updated] = await t
      .update(registrations)
      .set({
        status: "seated",
        participantId: seat.participantId,
        decidedBy: actorName(ctx.actor),
        decidedAt: ctx.now,
      })
      .where(eq(registrations.id, row.id))
      .returning();
    await recordAudit(t, ctx, {
      action: "training.registration-link",
      entityType: "training_event",
      entityId: event.id,
      entityRegion: event.regionCode,
      after: { registrationId: row.id, businessId: brief.id, participantId: seat.participantId },
    });
    return (await present(t, updated ? [updated] : []))[0] as Registration;
  });
}

export async function refuseRegistration(o: {
  ctx: Ctx;
  eventId: string;
  registrationId: string;
  reason: string;
}): Promise<Registration> {
  const { ctx } = o;
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const { event, row } = await lockPending(t, ctx, o.eventId, o.registrationId);
    const [updated] = await t
      .update(registrations)
      .set({ status: "refused", reason: o.reason, decidedBy: actorName(ctx.actor), decidedAt: ctx.now })
      .where(eq(registrations.id, row.id))
      .returning();
    await recordAudit(t, ctx, {
      action: "training.registration-refuse",
      entityType: "training_event",
      entityId: event.id,
      entityRegion: event.regionCode,
      after: { registrationId: row.id, reason: o.reason },
    });
    return (await present(t, updated ? [updated] : []))[0] as Registration;
  });
}
