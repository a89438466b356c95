// The evaluation form: one per participant who attended a held training (ratings 1–5 on content,
// trainer and usefulness, and a free text), and the operator's averages and answers.
import { asc, eq } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { EvaluationBody, EvaluationSummary } from "../contract-engagement";
import { countsAsHeld } from "../domain";
import { requirePermission } from "../permissions";
import { events, participants } from "../schema";
import { evaluations } from "../schema-engagement";
import { engagementError } from "./errors";
import { findSeat, readSeatCode } from "./seat-codes";

export async function submitEvaluation(o: { ctx: Ctx; code: string; input: EvaluationBody }): Promise<void> {
  const { ctx, input } = o;
  await tx(ctx, async (t) => {
    const parsed = readSeatCode(o.code);
    const found = parsed ? await findSeat(t, parsed, { lock: true }) : null;
    if (!found) throw engagementError("TRAINING_UNKNOWN_CODE");
    if (!countsAsHeld(found.event.status) || found.participant.attended !== true)
      throw engagementError("TRAINING_EVALUATION_CLOSED");
    const inserted = await t
      .insert(evaluations)
      .values({
        participantId: found.participant.id,
        eventId: found.event.id,
        regionCode: found.event.regionCode,
        content: input.content,
        trainer: input.trainer,
        usefulness: input.usefulness,
        comment: input.comment || null,
        submittedAt: ctx.now,
      })
      .onConflictDoNothing()
      .returning({ id: evaluations.participantId });
    if (inserted.length === 0) throw engagementError("TRAINING_ALREADY_EVALUATED");
  });
}

const average = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

export async function summariseEvaluations({
  ctx,
  eventId,
}: {
  ctx: Ctx;
  eventId: string;
}): Promise<EvaluationSummary> {
  requirePermission(ctx, "training.read");
  return tx(ctx, async (t) => {
    const [event] = await t.select().from(events).where(eq(events.id, eventId));
    if (!event) throw notFound();
    requireScope(ctx, event.regionCode);
    const rows = await t
      .select({ e: evaluations, p: participants })
      .from(evaluations)
      .innerJoin(participants, eq(participants.id, evaluations.participantId))
      .where(eq(evaluations.eventId, eventId))
      .orderBy(asc(evaluations.submittedAt), asc(evaluations.participantId));
    const present = await t
      .select({ attended: participants.attended })
      .from(participants)
      .where(eq(participants.eventId, eventId));
    return {
      count: rows.length,
      attended: present.filter((p) => p.attended === true).length,
      averages: {
        content: average(rows.map((r) => r.e.content)),
        trainer: average(rows.map((r) => r.e.trainer)),
        usefulness: average(rows.map((r) => r.e.usefulness)),
      },
      answers: rows.map(({ e, p }) => ({
        ownerName: p.ownerName,
        businessName: p.businessName,
        content: e.content,
        trainer: e.trainer,
        usefulness: e.usefulness,
        comment: e.comment,
        submittedAt: e.submittedAt.toISOString(),
      })),
    };
  });
}
