// A worker process for jobs.test.ts: runs `test.resume` up to 40 % and then hangs, to be killed.
import { openDatabase } from "../db/pool";
import { Jobs } from "./jobs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL missing");
const jobs = new Jobs(openDatabase(url, { max: 2 }));
jobs.register("test.resume", async (job) => {
  await job.progress(40, "baris 400 dari 1000");
  process.stdout.write("at40\n");
  await new Promise(() => {});
});
await jobs.start({ work: true });
process.stdout.write("ready\n");
