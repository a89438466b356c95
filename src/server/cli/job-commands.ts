import { setTimeout as sleep } from "node:timers/promises";
import type { Jobs } from "../platform/jobs/jobs";
import { bootstrapServices } from "../services";
import { progressBar } from "./progress";
import type { Io } from "./run-cli";
import { withDatabase } from "./with-db";

/** Follows a job's progress row until it ends, drawing a progress bar on stderr. */
export async function watchJob(jobs: Jobs, id: string, io: Io): Promise<number> {
  const bar = progressBar(io.stderr);
  for (;;) {
    const s = await jobs.status(id);
    if (!s) throw new Error(`tugas ${id} tidak ditemukan / job not found`);
    bar.update(s.percent, s.message);
    if (s.state === "completed") {
      bar.done(s.message);
      io.stdout.write(`${JSON.stringify(s.result)}\n`);
      return 0;
    }
    if (s.state === "failed") {
      io.stderr.write(`\nTugas gagal / job failed: ${s.error}\n`);
      return 1;
    }
    await sleep(300);
  }
}

export async function jobsCommand(args: string[], io: Io): Promise<number> {
  const [sub, id] = args;
  return withDatabase(async (db) => {
    const jobs = bootstrapServices(db);
    await jobs.start({ work: sub === "selftest" });
    try {
      if (sub === "selftest")
        return await watchJob(
          jobs,
          await jobs.enqueue("platform.selftest", { steps: 10 }, { createdBy: null, scope: "*" }),
          io,
        );
      if (sub === "watch" && id) return await watchJob(jobs, id, io);
      io.stderr.write("Pemakaian / usage: sinergi jobs selftest | sinergi jobs watch <id>\n");
      return 2;
    } finally {
      await jobs.stop();
    }
  });
}
