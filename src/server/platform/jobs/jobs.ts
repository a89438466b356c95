import { eq, sql } from "drizzle-orm";
import PgBoss from "pg-boss";
import type { Database, Tx } from "../db/pool";
import { newId } from "../ids";
import { log } from "../log";
import { jobProgress } from "../schema";
import { WorkerLease } from "./orphans";
import { transactionQueueDb } from "./tx-queue";

/** How often a working process looks for jobs left active by a dead worker (also once at start). */
const ORPHAN_SWEEP_MS = 20_000;

export type JobContext<T> = {
  id: string;
  data: T;
  /** Reports progress (0–100) with a short message; cheap enough to call every few hundred rows. */
  progress: (percent: number, message: string) => Promise<void>;
  /** Progress reached before the job's previous worker died, so a handler can skip done work. */
  resumedFrom?: { percent: number; message: string };
};
export type JobHandler<T> = (job: JobContext<T>) => Promise<unknown>;
export type JobStatus = {
  id: string;
  name: string;
  state: string;
  percent: number;
  message: string;
  result: unknown;
  error: string | null;
  createdBy: string | null;
  scope: string;
  updatedAt: string;
};

/** Durable background jobs (pg-boss in the same PostgreSQL) with progress rows for the UI and CLI. */
export class Jobs {
  readonly boss: PgBoss;
  private readonly handlers = new Map<string, JobHandler<never>>();
  private started = false;
  private lease: WorkerLease | undefined;
  private sweep: NodeJS.Timeout | undefined;
  private readonly periodic: Array<{ name: string; ms: number; run: () => Promise<unknown> }> = [];
  private timers: NodeJS.Timeout[] = [];

  constructor(private readonly database: Database) {
    this.boss = new PgBoss({ connectionString: database.url, max: 4, application_name: "sinergi-jobs" });
    this.boss.on("error", (err) => log.error({ err }, "job queue error"));
  }

  register<T>(name: string, handler: JobHandler<T>): void {
    this.handlers.set(name, handler as JobHandler<never>);
  }

  /**
   * A task a working process runs every `ms` (first after `ms`), e.g. expiring unpaid orders whose
   * deadline passed. It must be idempotent: every working process runs it, and a restart repeats it.
   */
  every(name: string, ms: number, run: () => Promise<unknown>): void {
    this.periodic.push({ name, ms, run });
  }

  async start(opts: { work: boolean }): Promise<void> {
    await this.boss.start();
    this.started = true;
    if (opts.work) {
      this.lease = new WorkerLease(this.database.url, newId());
      await this.lease.acquire();
    }
    for (const [name, handler] of this.handlers) {
      await this.boss.createQueue(name, { name, retryLimit: 1, expireInSeconds: 3600 });
      if (opts.work) {
        await this.boss.work<Record<string, unknown>>(name, { batchSize: 1 }, async ([job]) => {
          if (job) await this.run(name, job.id, job.data, handler);
        });
      }
    }
    if (this.lease) {
      await this.requeueOrphans();
      this.sweep = setInterval(() => void this.requeueOrphans(), ORPHAN_SWEEP_MS);
    }
    if (opts.work) this.timers = this.periodic.map((task) => this.schedule(task));
  }

  /** Puts jobs whose worker process died back to the queue (they keep their progress row). */
  async requeueOrphans(): Promise<string[]> {
    return (
      (await this.lease?.requeueOrphans(this.boss).catch((err) => {
        log.error({ err }, "job orphan sweep");
        return [];
      })) ?? []
    );
  }

  private async run(name: string, id: string, data: unknown, handler: JobHandler<never>): Promise<void> {
    const progress = (percent: number, message: string) =>
      this.setProgress(id, { percent: Math.round(percent), message });
    const before = await this.status(id);
    const resumedFrom =
      before && before.percent > 0 ? { percent: before.percent, message: before.message } : undefined;
    await this.setProgress(id, { state: "active", worker: this.lease?.workerId ?? null });
    try {
      const result = await handler({
        id,
        data: data as never,
        progress,
        ...(resumedFrom ? { resumedFrom } : {}),
      });
      await this.setProgress(id, {
        state: "completed",
        percent: 100,
        result: JSON.stringify(result ?? null),
      });
    } catch (err) {
      log.error({ err, job: name, id }, "job failed");
      await this.setProgress(id, {
        state: "failed",
        error: err instanceof Error ? err.message : String(err),
      });
      throw err;
    }
  }

  private async setProgress(
    id: string,
    patch: {
      state?: string;
      percent?: number;
      message?: string;
      result?: string;
      error?: string;
      worker?: string | null;
    },
  ): Promise<void> {
    await this.database.db
      .update(jobProgress)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(jobProgress.jobId, id));
  }

  /**
   * Queues a job; its progress row is visible at once. With `tx` the job and its progress row are
   * written in the caller's transaction: they exist only if it commits, and only from then on.
   */
  async enqueue(
    name: string,
    data: object,
    meta: { createdBy: string | null; scope: string; tx?: Tx },
  ): Promise<string> {
    if (!this.handlers.has(name)) throw new Error(`unknown job ${name}`);
    const id = newId();
    const progress = { jobId: id, name, createdBy: meta.createdBy, scope: meta.scope };
    if (meta.tx) {
      await meta.tx.insert(jobProgress).values(progress);
      await this.boss.send(name, data, { id, db: transactionQueueDb(meta.tx) });
      return id;
    }
    await this.database.db.insert(jobProgress).values(progress);
    await this.boss.send(name, data, { id });
    return id;
  }

  async status(id: string): Promise<JobStatus | undefined> {
    const rows = await this.database.db.select().from(jobProgress).where(eq(jobProgress.jobId, id)).limit(1);
    const r = rows[0];
    if (!r) return undefined;
    return {
      id: r.jobId,
      name: r.name,
      state: r.state,
      percent: r.percent,
      message: r.message,
      result: r.result ? JSON.parse(r.result) : null,
      error: r.error,
      createdBy: r.createdBy,
      scope: r.scope,
      updatedAt: r.updatedAt.toISOString(),
    };
  }

  async recent(limit = 20): Promise<JobStatus[]> {
    const rows = await this.database.db.execute<{ job_id: string }>(
      sql`select job_id from platform.job_progress order by created_at desc limit ${limit}`,
    );
    const all = await Promise.all(rows.rows.map((r) => this.status(r.job_id)));
    return all.filter((s): s is JobStatus => Boolean(s));
  }

  private schedule(task: { name: string; ms: number; run: () => Promise<unknown> }): NodeJS.Timeout {
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      task
        .run()
        .catch((err) => log.error({ err, task: task.name }, "periodic task failed"))
        .finally(() => {
          running = false;
        });
    }, task.ms);
    timer.unref();
    return timer;
  }

  async stop(): Promise<void> {
    clearInterval(this.sweep);
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (this.started) await this.boss.stop({ graceful: true, timeout: 10_000 });
    await this.lease?.release();
    this.lease = undefined;
    this.started = false;
  }
}
