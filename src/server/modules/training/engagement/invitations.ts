// Invitations as a WhatsApp send list: one row per participant with the filled text, a wa.me link
// (the shared rule) and who marked it sent and when — the market's send-list pattern for training.
import { asc, eq, sql } from "drizzle-orm";
import { formatDateId } from "../../../../shared/dates";
import { toE164Mobile, whatsappLink } from "../../../../shared/phone";
import { zoneForRegion } from "../../../../shared/region-zones";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, requireScope, tx } from "../../access";
import { selectBusinessBriefs } from "../../registry";
import type { Invitation } from "../contract-engagement";
import { requirePermission } from "../permissions";
import { presentEvents } from "../repository";
import { events, participants } from "../schema";
import { seatCodes } from "../schema-engagement";
import { invitationText } from "./invitation-text";
import { ensureSeatCodes } from "./seat-codes";

export const seatUrlOf = (origin: string, code: string) => `${origin}/pelatihan/peserta/${code}`;

export async function listInvitations(o: {
  ctx: Ctx;
  eventId: string;
  origin: string;
}): Promise<Invitation[]> {
  const { ctx } = o;
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const [row] = await t.select().from(events).where(eq(events.id, o.eventId));
    if (!row) throw notFound();
    requireScope(ctx, row.regionCode);
    const [event] = await presentEvents(t, [row]);
    await ensureSeatCodes(t, o.eventId);
    const seats = await t
      .select({ p: participants, s: seatCodes })
      .from(participants)
      .innerJoin(seatCodes, eq(seatCodes.participantId, participants.id))
      .where(eq(participants.eventId, o.eventId))
      .orderBy(asc(participants.ownerName), asc(participants.id));
    const briefs = new Map(
      (
        await selectBusinessBriefs(
          t,
          seats.map((x) => x.p.businessId),
        )
      ).map((b) => [b.id, b]),
    );
    const zone = zoneForRegion(row.regionCode) ?? "Asia/Jakarta";
    const date = formatDateId(new Date(`${row.startsOn}T05:00:00Z`), zone);
    const organiser = `Dinas Koperasi dan UKM ${event?.regionName ?? ""}`.trim();
    return seats.map(({ p, s }) => {
      const phone = s.phone ?? briefs.get(p.businessId)?.phone ?? null;
      const seatUrl = seatUrlOf(o.origin, s.code);
      const text = invitationText({
        ...{ ownerName: p.ownerName, businessName: p.businessName, title: row.title, topic: row.topic },
        ...{ date, mode: row.mode, venue: row.venue, onlineLink: row.onlineLink },
        ...{ code: s.code, seatUrl, organiser },
      });
      return {
        participantId: p.id,
        ownerName: p.ownerName,
        businessName: p.businessName,
        code: s.code,
        phone: phone ? (toE164Mobile(phone) ?? phone) : null,
        text,
        link: phone ? whatsappLink(phone, text) : null,
        seatUrl,
        sentBy: s.invitedBy,
        sentAt: s.invitedAt?.toISOString() ?? null,
        checkedInAt: s.checkedInAt?.toISOString() ?? null,
      };
    });
  });
}

/** Marks a participant's invitation sent (the first mark stays: who and when). */
export async function markInvitationSent(o: { ctx: Ctx; eventId: string; participantId: string }) {
  const { ctx } = o;
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const [seat] = await t
      .select()
      .from(seatCodes)
      .where(sql`${seatCodes.participantId} = ${o.participantId} and ${seatCodes.eventId} = ${o.eventId}`);
    if (!seat) throw notFound();
    requireScope(ctx, seat.regionCode);
    if (seat.invitedAt && seat.invitedBy)
      return { sentBy: seat.invitedBy, sentAt: seat.invitedAt.toISOString() };
    const by = actorName(ctx.actor);
    await t
      .update(seatCodes)
      .set({ invitedBy: by, invitedAt: ctx.now })
      .where(eq(seatCodes.participantId, o.participantId));
    return { sentBy: by, sentAt: ctx.now.toISOString() };
  });
}
