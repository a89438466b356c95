import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import { Jobs } from "./jobs";

const db = await createTestDatabase();

function jobsWith(handler: (p: (n: number, m: string) => Promise<void>) => Promise<unknown>) {
  const jobs = new Jobs(db);
  jobs.register("test.count", async (job) => handler(job.progress));
  return jobs;
}

async function waitFor(jobs: Jobs, id: string, state: string) {
  for (let i = 0; i < 200; i++) {
    const s = await jobs.status(id);
    if (s?.state === state) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`job ${id} never reached ${state}`);
}

describe("jobs", () => {
  it("reports progress and result", async () => {
    const jobs = jobsWith(async (progress) => {
      await progress(50, "separuh");
      return { rows: 42 };
    });
    await jobs.start({ work: true });
    const id = await jobs.enqueue("test.count", {}, { createdBy: null, scope: "62" });
    const done = await waitFor(jobs, id, "completed");
    expect(done).toMatchObject({ percent: 100, result: { rows: 42 } });
    await jobs.stop();
  });

  it("keeps a queued job across a restart and runs it in the next process", async () => {
    const first = jobsWith(async () => ({ ran: "first" }));
    await first.start({ work: false });
    const id = await first.enqueue("test.count", {}, { createdBy: null, scope: "62" });
    await first.stop();
    expect((await first.status(id))?.state).toBe("created");
    const second = jobsWith(async () => ({ ran: "second" }));
    await second.start({ work: true });
    const done = await waitFor(second, id, "completed");
    expect(done.result).toEqual({ ran: "second" });
    await second.stop();
  });

  it("marks a failing job failed with its message", async () => {
    const jobs = jobsWith(async () => {
      throw new Error("berkas rusak");
    });
    await jobs.start({ work: true });
    const id = await jobs.enqueue("test.count", {}, { createdBy: null, scope: "62" });
    const failed = await waitFor(jobs, id, "failed");
    expect(failed.error).toBe("berkas rusak");
    await jobs.stop();
  });
});
