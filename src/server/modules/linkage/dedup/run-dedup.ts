// The dedup job: reads the register in the run's region, runs the engine (reviewers' decisions as
// labels, previous entity ids kept) in a worker thread, stores candidate pairs and entity ids,
// refreshes match keys.

import type { Database } from "../../../platform/db/pool";
import type { JobContext } from "../../../platform/jobs/jobs";
import { type Ctx, systemCtx, tx } from "../../access";
import { defaultModel } from "../domain/default-model";
import { serialiseModel } from "../domain/model";
import type { RunJobData } from "../jobs-names";
import { findRun, type RunRow, selectLabels, updateRun } from "../repository";
import { dedupInThread } from "./engine-thread";
import { readRegister } from "./read-register";
import { businessToLinkRecord } from "./records";
import { refreshKeysInRegion } from "./refresh-keys";
import { storeDedupResult } from "./store-dedup";

/** Below this many records EM has too little to learn from; the hand-set model scores alone. */
export const MIN_TRAIN_RECORDS = 2_000;

export type DedupRunStats = {
  records: number;
  candidatePairs: number;
  matches: number;
  reviews: number;
  householdGuarded: number;
  entities: number;
  pairsStored: number;
  entityIdsChanged: number;
  labels: number;
  trained: boolean;
  seconds: number;
};

type Progress = (percent: number, message: string) => Promise<void>;

export async function runDedupJob(database: Database, job: JobContext<RunJobData>): Promise<DedupRunStats> {
  const ctx = systemCtx(database, "linkage.dedup");
  const run = await tx(ctx, (t) => findRun(t, job.data.runId));
  if (!run) throw new Error(`run ${job.data.runId} not found`);
  return performDedupRun(ctx, run, job.progress);
}

/** Runs a queued dedup run to the end (state, stats and model on the run row). */
export async function performDedupRun(ctx: Ctx, run: RunRow, progress: Progress): Promise<DedupRunStats> {
  const started = Date.now();
  await tx(ctx, (t) => updateRun(t, run.id, { state: "running" }));
  try {
    await progress(2, "membaca registri");
    const rows = await readRegister(ctx, run.regionCode, (n) =>
      progress(5, `membaca registri: ${n} catatan`),
    );
    const labels = await tx(ctx, (t) => selectLabels(t, run.regionCode));
    const previous = new Map<string, string>();
    for (const r of rows) if (r.entityId) previous.set(r.businessId, r.entityId);
    const records = rows.map(businessToLinkRecord);
    await progress(20, `mencocokkan ${rows.length} catatan`);
    const trained = records.length >= MIN_TRAIN_RECORDS;
    // In a thread of its own: the process running jobs also answers the API by default.
    const result = await dedupInThread(records, {
      model: defaultModel(),
      train: trained,
      labels,
      previousEntities: previous,
    });
    await progress(70, `menyimpan ${result.pairs.length} pasangan`);
    const stored = await storeDedupResult(ctx, { run, rows, records, result });
    await progress(85, "memperbarui kunci pencocokan");
    await refreshKeysInRegion(ctx, run.regionCode);
    const stats: DedupRunStats = {
      records: result.stats.records,
      candidatePairs: result.stats.candidatePairs,
      matches: result.stats.matches,
      reviews: result.stats.reviews,
      householdGuarded: result.stats.householdGuarded,
      entities: result.stats.entities,
      pairsStored: stored.pairs,
      entityIdsChanged: stored.entityIdsChanged,
      labels: labels.length,
      trained,
      seconds: Math.round((Date.now() - started) / 100) / 10,
    };
    await tx(ctx, (t) =>
      updateRun(t, run.id, {
        state: "completed",
        stats,
        model: serialiseModel(result.model, 2_000),
        finishedAt: new Date(),
      }),
    );
    return stats;
  } catch (err) {
    await tx(ctx, (t) =>
      updateRun(t, run.id, {
        state: "failed",
        error: err instanceof Error ? err.message : String(err),
        finishedAt: new Date(),
      }),
    );
    throw err;
  }
}
