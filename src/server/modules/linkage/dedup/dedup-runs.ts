// Starting a dedup run over the register in the user's scope, and the list of recent runs.

import type { Jobs } from "../../../platform/jobs/jobs";
import { type Ctx, tx } from "../../access";
import type { Run, RunStarted, StartRunBody } from "../contract";
import { DEDUP_JOB } from "../jobs-names";
import { requirePermission } from "../permissions";
import { listRuns as selectRuns, toRun } from "../repository";
import { runRegion, startRun } from "./run-scope";

export async function startDedupRun({
  ctx,
  input,
  jobs,
}: {
  ctx: Ctx;
  input: StartRunBody;
  jobs: Jobs;
}): Promise<RunStarted> {
  requirePermission(ctx, "linkage.run");
  const region = runRegion(ctx, input.regionCode);
  return startRun(ctx, jobs, { kind: "dedup", region, job: DEDUP_JOB });
}

/** Recent dedup runs the caller can see (runs of wider regions stay hidden by RLS). */
export async function listDedupRuns({ ctx }: { ctx: Ctx }): Promise<Run[]> {
  requirePermission(ctx, "linkage.read");
  return tx(ctx, async (t) => (await selectRuns(t, "dedup", 20)).map(toRun));
}
