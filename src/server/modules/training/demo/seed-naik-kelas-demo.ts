// The "naik kelas" demo (S4, Dharmasraya 13.10): micro businesses of the regency — most of them
// paid BPUM in the regency's first batch of 2020 — trained in October 2020 ("dari mikro ke kecil"),
// followed up 3 and 6 months later; six recorded as small, which moves their size class in the
// register (with history), so the naik kelas report of the demo lists them. Runs after the aid
// demo (deferred), so the BPUM checks saw them as micro; idempotent.
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { type Ctx, systemCtx, tx } from "../../access";
import { listBusinessesForProposal } from "../../registry";
import { changeEventStatus } from "../change-status";
import { createEvent } from "../manage-events";
import { addParticipants } from "../manage-participants";
import { recordOutcome } from "../outcomes/follow-ups";
import { recordAttendance } from "../record-attendance";
import { events } from "../schema";

export const NAIK_KELAS_TITLE = "Pelatihan Naik Kelas UMKM: dari Mikro ke Kecil (Dharmasraya 2020)";
export const NAIK_KELAS_DEMO = { participants: 10, movedUp: 6 } as const;
const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

export type NaikKelasDemoResult = { skipped: boolean; participants: number; movedUp: number };

export async function seedNaikKelasDemo(database: Database): Promise<NaikKelasDemoResult> {
  const ctx = systemCtx(database, "demo");
  const done = await tx(ctx, (t) =>
    t.select({ id: events.id }).from(events).where(eq(events.title, NAIK_KELAS_TITLE)).limit(1),
  );
  if (done.length > 0) return { skipped: true, participants: 0, movedUp: 0 };
  const picks = await listBusinessesForProposal({
    ctx,
    filter: { region: "13.10", sizeClass: "mikro", affected: true, limit: NAIK_KELAS_DEMO.participants },
  });
  if (picks.length < NAIK_KELAS_DEMO.participants) return { skipped: true, participants: 0, movedUp: 0 };
  const event = await createEvent({
    ctx: at(ctx, "2020-09-10T02:00:00Z"),
    input: {
      title: NAIK_KELAS_TITLE,
      topic: "Pembukuan, perizinan (NIB) dan pemasaran untuk naik kelas",
      targetSizeClass: "mikro",
      mode: "in_person",
      venue: "Gedung Nasional Pulau Punjung, Dharmasraya",
      onlineLink: null,
      fundingSource: "APBD",
      budget: 45_000_000,
      quota: 20,
      trainers: ["Dinas Koperasi dan UKM Kabupaten Dharmasraya", "Konsultan PLUT Sumatera Barat"],
      startsOn: "2020-10-05",
      endsOn: "2020-10-07",
      regionCode: "13.10",
    },
  });
  const seats = await addParticipants({
    ctx: at(ctx, "2020-09-25T02:00:00Z"),
    eventId: event.id,
    input: { businessIds: picks.map((p) => p.businessId) },
  });
  const ids = seats.participants.map((p) => p.id);
  await recordAttendance({
    ctx: at(ctx, "2020-10-07T09:00:00Z"),
    eventId: event.id,
    input: { participantIds: ids, attended: true },
  });
  await changeEventStatus({ ctx: at(ctx, "2020-10-08T02:00:00Z"), id: event.id, input: { status: "held" } });
  // 3 months on (due 7 Jan 2021): four already small; 6 months on (due 7 Apr 2021): two more.
  for (const [i, id] of ids.entries()) {
    const small3 = i < 4;
    await recordOutcome({
      ctx: at(ctx, "2021-01-11T03:00:00Z"),
      input: {
        participantId: id,
        checkpoint: 3,
        sizeClass: small3 ? "kecil" : "mikro",
        monthlyTurnover: small3 ? 185_000_000 + i * 7_500_000 : 18_000_000 + i * 2_500_000,
        note: small3 ? "Omzet naik setelah masuk marketplace dan mendapat BPUM" : undefined,
      },
    });
    const small6 = i < NAIK_KELAS_DEMO.movedUp;
    await recordOutcome({
      ctx: at(ctx, "2021-04-12T03:00:00Z"),
      input: {
        participantId: id,
        checkpoint: 6,
        sizeClass: small6 ? "kecil" : "mikro",
        monthlyTurnover: small6 ? 190_000_000 + i * 8_000_000 : 21_000_000 + i * 2_000_000,
      },
    });
  }
  return { skipped: false, participants: ids.length, movedUp: NAIK_KELAS_DEMO.movedUp };
}
