import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import { Jobs } from "./jobs";

const db = await createTestDatabase();

function jobsWith(handler: (p: (n: number, m: string) => Promise<void>) => Promise<unknown>) {
  const jobs = new Jobs(db);
  jobs.register("test.count", async (job) => handler(job.progress));
  return jobs;
}

async function waitFor(jobs: Jobs, id: string, state: string, ms = 10_000) {
  for (let i = 0; i < ms / 50; i++) {
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

  it("runs a periodic task in a working process only, until stopped, never twice at once", async () => {
    let calls = 0;
    let overlapping = 0;
    let active = 0;
    const task = async () => {
      calls += 1;
      active += 1;
      if (active > 1) overlapping += 1;
      await new Promise((r) => setTimeout(r, 80));
      active -= 1;
    };
    const api = new Jobs(db);
    api.every("test.tick", 20, task);
    await api.start({ work: false });
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(0);
    await api.stop();
    const worker = new Jobs(db);
    worker.every("test.tick", 20, task);
    await worker.start({ work: true });
    await new Promise((r) => setTimeout(r, 400));
    await worker.stop();
    const seen = calls;
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(overlapping).toBe(0);
    await new Promise((r) => setTimeout(r, 150));
    expect(calls).toBe(seen);
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

  it("resumes a job whose worker was killed, within a minute of the restart, with its progress", async () => {
    const queue = new Jobs(db);
    queue.register("test.resume", async () => null);
    await queue.start({ work: false });
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("src/server/platform/jobs/testing-worker.ts")],
      {
        env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.on("data", (b: Buffer) => {
      out += b.toString();
    });
    const id = await queue.enqueue("test.resume", { rows: 1000 }, { createdBy: null, scope: "62" });
    for (let i = 0; i < 600 && !out.includes("at40"); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await queue.status(id)).toMatchObject({ state: "active", percent: 40 });
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;

    let seen: unknown;
    const restarted = new Jobs(db);
    restarted.register<{ rows: number }>("test.resume", async (job) => {
      seen = job.resumedFrom;
      await job.progress(100, "selesai");
      return { rows: job.data.rows };
    });
    const t0 = Date.now();
    await restarted.start({ work: true });
    const done = await waitFor(restarted, id, "completed", 60_000);
    const took = Date.now() - t0;
    expect(took).toBeLessThan(60_000);
    expect(seen).toEqual({ percent: 40, message: "baris 400 dari 1000" });
    expect(done.result).toEqual({ rows: 1000 });
    await restarted.stop();
    await queue.stop();
  }, 90_000);
});
