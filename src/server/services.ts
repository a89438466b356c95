import { SERVER_MODULES } from "./modules";
import { linkageDuplicateReview, linkageOwnerMatcher } from "./modules/linkage";
import { provideDuplicateReview, provideOwnerMatcher } from "./modules/registry";
import type { Database } from "./platform/db/pool";
import { Jobs } from "./platform/jobs/jobs";

/** Wires background job handlers of every module into one job queue. */
export function bootstrapServices(database: Database): Jobs {
  const jobs = new Jobs(database);
  provideOwnerMatcher(linkageOwnerMatcher);
  provideDuplicateReview(linkageDuplicateReview);
  registerJobs(jobs, database);
  return jobs;
}

/** Every module's job handlers (from its manifest), and the platform's self-test job. */
function registerJobs(jobs: Jobs, database: Database): void {
  for (const m of SERVER_MODULES) m.jobs?.(jobs, database);
  jobs.register<{ steps?: number }>("platform.selftest", async (job) => {
    const steps = Math.min(job.data.steps ?? 5, 100);
    for (let i = 1; i <= steps; i++) {
      await new Promise((r) => setTimeout(r, 100));
      await job.progress((i / steps) * 100, `langkah ${i}/${steps}`);
    }
    return { steps };
  });
}
