// Registers linkage's background jobs with the job queue (called from src/server/services.ts).
import type { Database } from "../../platform/db/pool";
import type { Jobs } from "../../platform/jobs/jobs";
import type { NewRecords } from "../registry";
import { runIncrementalJob } from "./dedup/incremental-dedup";
import { runKeyRefreshJob } from "./dedup/refresh-keys";
import { runDedupJob } from "./dedup/run-dedup";
import {
  DEDUP_JOB,
  INCREMENTAL_DEDUP_JOB,
  LINK_LIST_JOB,
  REFRESH_KEYS_JOB,
  type RefreshKeysJobData,
  type RunJobData,
} from "./jobs-names";
import { runLinkJob } from "./lists/link-list";

export function registerLinkageJobs(jobs: Jobs, database: Database): void {
  jobs.register<RunJobData>(DEDUP_JOB, (job) => runDedupJob(database, job));
  jobs.register<RunJobData>(LINK_LIST_JOB, (job) => runLinkJob(database, job));
  jobs.register<RefreshKeysJobData>(REFRESH_KEYS_JOB, (job) => runKeyRefreshJob(database, job));
  jobs.register<NewRecords>(INCREMENTAL_DEDUP_JOB, (job) => runIncrementalJob(database, job));
}
