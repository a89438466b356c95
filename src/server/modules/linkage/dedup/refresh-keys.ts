// Keeps registry.persons.match_keys filled for the duplicate hint. Registry sits left of linkage,
// so its verbs cannot compute keys on write; instead this job (run after imports, after every
// dedup run, and on demand) recomputes the keys of a region in pages and writes only changed rows.
// Persons typed since the last refresh are still found by the hint through exact NIK and phone.

import type { Database } from "../../../platform/db/pool";
import type { JobContext, Jobs } from "../../../platform/jobs/jobs";
import { type Ctx, systemCtx, tx } from "../../access";
import { type KeyPersonRow, readPersonsForKeys, setMatchKeys } from "../../registry";
import type { RunStarted, StartRunBody } from "../contract";
import { blockingKeys } from "../domain/blocking-keys";
import { REFRESH_KEYS_JOB, type RefreshKeysJobData } from "../jobs-names";
import { requirePermission } from "../permissions";
import { findRun, updateRun } from "../repository";
import { personToLinkRecord } from "./records";
import { runRegion, startRun } from "./run-scope";

const PAGE = 5_000;

/** Recomputes the keys of every person under `prefix`; returns persons read and rows changed. */
export async function refreshKeysInRegion(
  ctx: Ctx,
  prefix: string,
  onPage?: (read: number) => Promise<void>,
): Promise<{ persons: number; changed: number }> {
  let after: string | null = null;
  let persons = 0;
  let changed = 0;
  for (;;) {
    const cursor: string | null = after;
    const page: KeyPersonRow[] = await tx(ctx, (t) =>
      readPersonsForKeys(t, { prefix, after: cursor, limit: PAGE }),
    );
    const updates = page
      .map((p) => ({ personId: p.id, keys: blockingKeys(personToLinkRecord(p)), old: p.matchKeys }))
      .filter((u) => u.keys.length !== u.old.length || u.keys.some((k, i) => k !== u.old[i]));
    if (updates.length > 0) changed += await tx(ctx, (t) => setMatchKeys(t, updates));
    persons += page.length;
    if (onPage) await onPage(persons);
    if (page.length < PAGE) return { persons, changed };
    after = page[page.length - 1]?.id ?? null;
  }
}

export async function startKeyRefresh({
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
  return startRun(ctx, jobs, { kind: "keys", region, job: REFRESH_KEYS_JOB });
}

export async function runKeyRefreshJob(
  database: Database,
  job: JobContext<RefreshKeysJobData>,
): Promise<{ persons: number; changed: number }> {
  const ctx = systemCtx(database, "linkage.refresh-keys");
  const progress = (n: number) => job.progress(50, `${n} orang`);
  if (!("runId" in job.data)) return refreshKeysInRegion(ctx, job.data.regionCode, progress);
  const runId = job.data.runId;
  const run = await tx(ctx, (t) => findRun(t, runId));
  if (!run) throw new Error(`run ${runId} not found`);
  await tx(ctx, (t) => updateRun(t, run.id, { state: "running" }));
  try {
    const out = await refreshKeysInRegion(ctx, run.regionCode, progress);
    await tx(ctx, (t) => updateRun(t, run.id, { state: "completed", stats: out, finishedAt: new Date() }));
    return out;
  } catch (err) {
    await tx(ctx, (t) =>
      updateRun(t, run.id, { state: "failed", error: String(err), finishedAt: new Date() }),
    );
    throw err;
  }
}
