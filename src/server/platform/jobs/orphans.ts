import pg from "pg";
import type PgBoss from "pg-boss";
import { log } from "../log";

/**
 * Each working process holds a session advisory lock named after its worker id for as long as it
 * lives; PostgreSQL drops it the moment the process dies (SIGKILL included). A job still `active`
 * under a worker whose lock is free was orphaned and goes back to the queue at once, instead of
 * waiting for pg-boss's one-hour expiry.
 */
const WORKER_LOCK = 7_200_003;

export class WorkerLease {
  private client: pg.Client | undefined;

  constructor(
    private readonly url: string,
    readonly workerId: string,
  ) {}

  async acquire(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: "sinergi-worker" });
    client.on("error", (err) => log.error({ err }, "job worker lease connection"));
    await client.connect();
    await client.query("select pg_advisory_lock($1, hashtext($2))", [WORKER_LOCK, this.workerId]);
    this.client = client;
  }

  /** Puts jobs of dead workers back to the queue; returns their ids. */
  async requeueOrphans(boss: PgBoss): Promise<string[]> {
    const client = this.client;
    if (!client) return [];
    const orphans = await client.query<{ job_id: string; name: string; worker: string }>(
      `select job_id, name, worker from platform.job_progress
       where state = 'active' and worker is not null and worker <> $1`,
      [this.workerId],
    );
    const dead = new Map<string, boolean>();
    const requeued: string[] = [];
    for (const job of orphans.rows) {
      if (!dead.has(job.worker)) dead.set(job.worker, await this.isGone(client, job.worker));
      if (!dead.get(job.worker)) continue;
      // fail + retry: the job runs again without spending the retry meant for real failures.
      await boss.fail(job.name, job.job_id, { message: "worker process ended" });
      await boss.retry(job.name, job.job_id);
      await client.query(
        "update platform.job_progress set state = 'created', worker = null, updated_at = now() where job_id = $1 and state = 'active'",
        [job.job_id],
      );
      log.warn({ job: job.name, id: job.job_id, worker: job.worker }, "job of a dead worker requeued");
      requeued.push(job.job_id);
    }
    return requeued;
  }

  private async isGone(client: pg.Client, worker: string): Promise<boolean> {
    const r = await client.query<{ free: boolean }>("select pg_try_advisory_lock($1, hashtext($2)) as free", [
      WORKER_LOCK,
      worker,
    ]);
    if (!r.rows[0]?.free) return false;
    await client.query("select pg_advisory_unlock($1, hashtext($2))", [WORKER_LOCK, worker]);
    return true;
  }

  async release(): Promise<void> {
    await this.client?.end().catch(() => {});
    this.client = undefined;
  }
}
