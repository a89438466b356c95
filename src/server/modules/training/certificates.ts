// Certificates for participants who attended a held training: a short code with a check symbol,
// a PDF with a QR code to the public verification page, and the check itself (no login needed).
import { randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import QRCode from "qrcode";
import { generateCheckedCode, normaliseCheckedCode } from "../../../shared/checked-code";
import { formatDateId } from "../../../shared/dates";
import { zoneForRegion } from "../../../shared/region-zones";
import { AppError, notFound } from "../../platform/errors";
import { type Ctx, recordAudit, requireScope, tx } from "../access";
import { certificatePdf } from "./certificate-pdf";
import type { CertificateCheck } from "./contract";
import { canIssueCertificates } from "./domain";
import { notInState } from "./errors";
import { requirePermission } from "./permissions";
import { lockEvent, readEventDetail } from "./repository";
import { events, participants } from "./schema";

const CODE = { prefix: "SRT", length: 8 } as const;

/** Gives every attendee without a certificate a code. Audited (training.certificates). */
export async function issueCertificates({ ctx, eventId }: { ctx: Ctx; eventId: string }) {
  requirePermission(ctx, "training.manage");
  return tx(ctx, async (t) => {
    const event = await lockEvent(t, eventId);
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    if (!canIssueCertificates(event.status)) throw notInState("certificates", event.status);
    const due = await t
      .select({ id: participants.id })
      .from(participants)
      .where(
        and(
          eq(participants.eventId, eventId),
          eq(participants.attended, true),
          isNull(participants.certificateCode),
        ),
      );
    const codes: string[] = [];
    for (const p of due) {
      const code = generateCheckedCode({ random: randomInt, ...CODE });
      await t
        .update(participants)
        .set({ certificateCode: code, certificateIssuedAt: ctx.now })
        .where(eq(participants.id, p.id));
      codes.push(code);
    }
    if (codes.length > 0)
      await recordAudit(t, ctx, {
        action: "training.certificates",
        entityType: "training_event",
        entityId: eventId,
        entityRegion: event.regionCode,
        after: { issued: codes.length, participantIds: due.map((p) => p.id) },
      });
    return { issued: codes.length };
  });
}

type Found = {
  code: string;
  participant: typeof participants.$inferSelect;
  event: typeof events.$inferSelect;
};

async function findCertificate(ctx: Ctx, raw: string): Promise<Found | null> {
  const parsed = normaliseCheckedCode(raw, CODE);
  if (!parsed.ok) return null;
  return tx(ctx, async (t) => {
    const [row] = await t
      .select({ participant: participants, event: events })
      .from(participants)
      .innerJoin(events, eq(events.id, participants.eventId))
      .where(eq(participants.certificateCode, parsed.code));
    return row ? { code: parsed.code, ...row } : null;
  });
}

const notACertificate = () =>
  new AppError("NOT_FOUND", {
    text: {
      id: "Kode sertifikat tidak terdaftar. Periksa kembali kode pada sertifikat.",
      en: "This certificate code is not registered. Please check the code on the certificate.",
    },
  });

function organiserName(regionName: string | null): string | null {
  return regionName ? `Dinas Koperasi dan UKM ${regionName}` : null;
}

/** The public check: who was certified for which training, or 404 for a code never issued. */
export async function verifyCertificate({
  ctx,
  code,
}: {
  ctx: Ctx;
  code: string;
}): Promise<CertificateCheck> {
  const found = await findCertificate(ctx, code);
  if (!found?.participant.certificateIssuedAt) throw notACertificate();
  const detail = await tx(ctx, (t) => readEventDetail(t, found.event.id));
  return {
    valid: true,
    code: found.code,
    ownerName: found.participant.ownerName,
    businessName: found.participant.businessName,
    eventTitle: found.event.title,
    topic: found.event.topic,
    heldOn: found.event.startsOn,
    organiser: organiserName(detail?.regionName ?? null),
    issuedAt: found.participant.certificateIssuedAt.toISOString(),
  };
}

/** The certificate PDF of one participant (staff in scope). */
export async function certificateFile({
  ctx,
  eventId,
  participantId,
  origin,
}: {
  ctx: Ctx;
  eventId: string;
  participantId: string;
  origin: string;
}): Promise<{ name: string; data: Buffer }> {
  requirePermission(ctx, "training.read");
  const detail = await tx(ctx, (t) => readEventDetail(t, eventId));
  if (!detail) throw notFound();
  requireScope(ctx, detail.regionCode);
  const seat = detail.participantList.find((p) => p.id === participantId);
  if (!seat?.certificateCode) throw notFound();
  const url = `${origin}/sertifikat/${seat.certificateCode}`;
  const zone = zoneForRegion(detail.regionCode) ?? "Asia/Jakarta";
  const data = await certificatePdf({
    code: seat.certificateCode,
    ownerName: seat.ownerName,
    businessName: seat.businessName,
    title: detail.title,
    topic: detail.topic,
    heldOn: formatDateId(new Date(`${detail.startsOn}T05:00:00Z`), zone),
    mode: detail.mode,
    organiser: organiserName(detail.regionName) ?? "Dinas Koperasi dan UKM",
    url,
    qr: await QRCode.toBuffer(url, { margin: 1, width: 240 }),
  });
  return { name: `sertifikat-${seat.certificateCode}.pdf`, data };
}
