// Background jobs of the import (dry run and commit), registered in src/server/services.ts. The job
// runs as the user who started it (actor travels in the job data), so RLS and the audit trail are
// the same as for a direct call.
import { eq } from "drizzle-orm";
import type { Database } from "../../../../platform/db/pool";
import type { JobContext, Jobs } from "../../../../platform/jobs/jobs";
import type { Actor, Ctx } from "../../../access";
import { tx } from "../../../access";
import { importBatches } from "../../schema-import";
import { analyseBatch } from "./analyse";
import { commitBatch } from "./commit-rows";

export const IMPORT_DRY_RUN_JOB = "registry.import-dry-run";
export const IMPORT_COMMIT_JOB = "registry.import-commit";

export type ImportJobData = { batchId: string; actor: Actor };

export type Progress = (percent: number, message: string) => void;

/** Throttled, fire-and-forget progress for synchronous callbacks inside the row loop. */
export function jobProgress(job: JobContext<ImportJobData>): Progress {
  let last = 0;
  return (percent, message) => {
    const now = Date.now();
    if (now - last < 200 && percent < 100) return;
    last = now;
    job.progress(percent, message).catch(() => {});
  };
}

function jobCtx(database: Database, job: JobContext<ImportJobData>): Ctx {
  return { db: database, actor: job.data.actor, now: new Date(), requestId: job.id, lang: "id" };
}

async function recordFailure(ctx: Ctx, batchId: string, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  await tx(ctx, (t) =>
    t.update(importBatches).set({ jobError: message }).where(eq(importBatches.id, batchId)),
  );
}

export function registerImportJobs(jobs: Jobs, database: Database): void {
  jobs.register<ImportJobData>(IMPORT_DRY_RUN_JOB, async (job) => {
    const ctx = jobCtx(database, job);
    try {
      return await analyseBatch(ctx, job.data.batchId, jobProgress(job));
    } catch (err) {
      await recordFailure(ctx, job.data.batchId, err);
      throw err;
    }
  });
  jobs.register<ImportJobData>(IMPORT_COMMIT_JOB, async (job) => {
    const ctx = jobCtx(database, job);
    try {
      // The new records are compared with the register in a job of their own (linkage), queued
      // in the commit's transaction.
      return await commitBatch(ctx, job.data.batchId, jobProgress(job), jobs);
    } catch (err) {
      await recordFailure(ctx, job.data.batchId, err);
      throw err;
    }
  });
}
