// Which region a run covers and how it is started: a run row (for the UI and RLS) plus a job.

import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import type { Jobs } from "../../../platform/jobs/jobs";
import { actorName, type Ctx, requireScope, tx } from "../../access";
import type { RunStarted } from "../contract";
import type { RunJobData } from "../jobs-names";
import { type RunRow, toRun, updateRun } from "../repository";
import { runs } from "../schema";

/** The region a run covers: the one asked for (inside the scope), else the actor's whole scope. */
export function runRegion(ctx: Ctx, asked: string | undefined): string {
  const region = asked ?? (ctx.actor.scope === "*" ? undefined : ctx.actor.scope);
  if (!region) {
    throw new AppError("VALIDATION", {
      text: { id: "Pilih wilayah yang akan diproses.", en: "Choose the region to process." },
      issues: [{ path: "regionCode", message: ctx.lang === "en" ? "required" : "wajib diisi" }],
    });
  }
  requireScope(ctx, region);
  return region;
}

type RunKind = RunRow["kind"];

/** Inserts a queued run row (the demo runs it at once; routes queue a job for it). */
export async function insertRun(
  ctx: Ctx,
  o: { kind: RunKind; region: string; listId?: string },
): Promise<RunRow> {
  const id = newId();
  const actorId = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const row = await tx(ctx, async (t) => {
    const [r] = await t
      .insert(runs)
      .values({
        id,
        regionCode: o.region,
        kind: o.kind,
        listId: o.listId ?? null,
        startedById: actorId,
        startedByName: actorName(ctx.actor),
        createdAt: ctx.now,
      })
      .returning();
    if (!r) throw new AppError("INTERNAL");
    return r;
  });
  return row;
}

/** Inserts the run row and queues its job; the run's id travels in the job data. */
export async function startRun(
  ctx: Ctx,
  jobs: Jobs,
  o: { kind: RunKind; region: string; job: string; listId?: string },
): Promise<RunStarted> {
  const row = await insertRun(ctx, o);
  const data: RunJobData = { runId: row.id };
  const actorId = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const jobId = await jobs.enqueue(o.job, data, { createdBy: actorId, scope: o.region });
  await tx(ctx, (t) => updateRun(t, row.id, { jobId }));
  return { run: toRun({ ...row, jobId }), jobId };
}
