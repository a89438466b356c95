// The training demo (S4): Kalimantan Tengah's DAK training, postponed in April 2020 while the office
// waited for the ministry's technical guidance, moved online and held in August with 24 Kalteng
// businesses; a second DAK training still postponed. Runs after the registry demo; idempotent.
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { type Ctx, systemCtx, tx } from "../../access";
import { listBusinessesForProposal } from "../../registry";
import { issueCertificates } from "../certificates";
import { changeEventStatus } from "../change-status";
import { createEvent } from "../manage-events";
import { addParticipants } from "../manage-participants";
import { recordAttendance } from "../record-attendance";
import { events } from "../schema";

export type TrainingDemoResult = { skipped: boolean; events: number; participants: number };

export const DEMO_TRAINING_TITLE = "Pelatihan Kewirausahaan dan Pemasaran Digital UMKM (DAK 2020)";
const POSTPONE_REASON = "Pandemi COVID-19: menunggu petunjuk teknis kementerian";
const LINK = "https://zoom.us/j/6271202008";

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

async function alreadySeeded(ctx: Ctx): Promise<boolean> {
  const rows = await tx(ctx, (t) =>
    t.select({ id: events.id }).from(events).where(eq(events.title, DEMO_TRAINING_TITLE)).limit(1),
  );
  return rows.length > 0;
}

export async function seedTrainingDemo(database: Database): Promise<TrainingDemoResult> {
  const ctx = systemCtx(database, "demo");
  if (await alreadySeeded(ctx)) return { skipped: true, events: 0, participants: 0 };
  const base = {
    topic: "Pemasaran daring dan naik kelas dari mikro ke kecil",
    targetSizeClass: "mikro" as const,
    fundingSource: "DAK" as const,
    trainers: ["Konsultan PLUT Kalteng", "Widyaiswara Kementerian Koperasi dan UKM"],
    regionCode: "62",
    onlineLink: null,
    endsOn: null,
  };
  const held = await createEvent({
    ctx: at(ctx, "2020-02-20T02:00:00Z"),
    input: {
      ...base,
      title: DEMO_TRAINING_TITLE,
      mode: "in_person",
      venue: "Aula PLUT Kalimantan Tengah, Palangka Raya",
      budget: 185_000_000,
      quota: 30,
      startsOn: "2020-04-14",
    },
  });
  await changeEventStatus({
    ctx: at(ctx, "2020-04-06T03:00:00Z"),
    id: held.id,
    input: { status: "postponed", reason: POSTPONE_REASON },
  });
  await changeEventStatus({
    ctx: at(ctx, "2020-07-20T02:00:00Z"),
    id: held.id,
    input: { status: "moved_online", onlineLink: LINK, startsOn: "2020-08-11" },
  });
  const picks = await listBusinessesForProposal({
    ctx,
    filter: { region: "62.71", affected: true, limit: 24 },
  });
  const added = await addParticipants({
    ctx: at(ctx, "2020-07-22T02:00:00Z"),
    eventId: held.id,
    input: { businessIds: picks.map((p) => p.businessId) },
  });
  const present = added.participants.slice(0, 21).map((p) => p.id);
  if (present.length > 0)
    await recordAttendance({
      ctx: at(ctx, "2020-08-11T04:00:00Z"),
      eventId: held.id,
      input: { participantIds: present, attended: true },
    });
  await changeEventStatus({ ctx: at(ctx, "2020-08-12T02:00:00Z"), id: held.id, input: { status: "held" } });
  await issueCertificates({ ctx: at(ctx, "2020-08-14T02:00:00Z"), eventId: held.id });
  const waiting = await createEvent({
    ctx: at(ctx, "2020-02-21T02:00:00Z"),
    input: {
      ...base,
      title: "Pelatihan Pengolahan Pangan dan Kemasan (DAK 2020)",
      topic: "Keamanan pangan, kemasan dan izin PIRT",
      mode: "in_person",
      venue: "Balai Latihan Kerja Sampit",
      budget: 120_000_000,
      quota: 25,
      startsOn: "2020-05-12",
    },
  });
  await changeEventStatus({
    ctx: at(ctx, "2020-04-06T03:05:00Z"),
    id: waiting.id,
    input: { status: "postponed", reason: POSTPONE_REASON },
  });
  return { skipped: false, events: 2, participants: added.added };
}
