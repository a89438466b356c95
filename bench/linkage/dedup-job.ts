// Benchmark: the whole register deduplicated through the job worker, as the product does it — one
// dedup run per province queued on the job queue (pg-boss) and worked by this process, which
// meanwhile answers register list queries the way the API would (by default one process does
// both). Reports the wall time of all runs, the process's peak RSS (the engine's threads
// included; PostgreSQL's own memory is not) and the list latency before and during the runs.
// Targets: 1,000,000 records ≤ 90 s, ≤ 4 GiB, list p95 < 50 ms while it runs.
//
//   node bin/run-ts.js bench/linkage/dedup-job.ts [--records 1000000] [--reuse] [--no-append]
// With --reuse the register of bench/registry/list-search.ts is reused when it has that many rows.
import { systemCtx } from "../../src/server/modules/access";
import { startRun } from "../../src/server/modules/linkage/dedup/run-scope";
import { registerLinkageJobs } from "../../src/server/modules/linkage/jobs";
import { DEDUP_JOB } from "../../src/server/modules/linkage/jobs-names";
import { listBusinesses } from "../../src/server/modules/registry/register/list-businesses";
import { Jobs } from "../../src/server/platform/jobs/jobs";
import { flag, numberArg } from "../lib/args";
import { BENCH_DB, openBenchDatabase } from "../registry/bench-db";
import { fillRegister } from "../registry/fill-register";
import { buildCases, type Case } from "../registry/queries";
import { appendResults, pct } from "../results";

const RECORDS = numberArg("records", 1_000_000);
const log = (m: string) => console.log(m);
const ms = (x: number) => x.toFixed(1);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function time(c: Case): Promise<number> {
  const t0 = performance.now();
  await listBusinesses({ ctx: { ...c.ctx, now: new Date() }, query: c.query });
  return performance.now() - t0;
}

const row = (label: string, xs: number[]) =>
  `| ${label} | ${xs.length} | ${ms(pct(xs, 50))} | **${ms(pct(xs, 95))}** | ${ms(Math.max(0, ...xs))} |`;

async function main(): Promise<void> {
  const { database, existing } = await openBenchDatabase({ reuse: flag("reuse") });
  const count = async (q: string) => Number((await database.pool.query(q)).rows[0]?.n ?? 0);
  if (!existing || (await count("select count(*)::int n from registry.businesses")) !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    log(`filling ${RECORDS.toLocaleString("en")} businesses + owners into ${BENCH_DB} …`);
    await fillRegister(database, { records: RECORDS, seed: 2020, log });
  }
  await database.pool.query("select registry.fold_business_counts()");
  await database.pool.query("vacuum analyze registry.business_counts, registry.business_count_deltas");
  // Earlier runs' results go, so every run starts from the same register.
  await database.pool.query("truncate linkage.pairs, linkage.runs cascade");
  await database.pool.query("update registry.businesses set entity_id = null where entity_id is not null");

  const lists = (await buildCases(database, 10)).filter((c) => c.kind === "list");
  for (const c of lists.slice(0, 8)) await time(c); // warm-up
  const before: number[] = [];
  for (const c of lists) before.push(await time(c));

  const provinces = (
    await database.pool.query<{ p: string }>(
      "select distinct province_code p from registry.businesses order by 1",
    )
  ).rows.map((r) => r.p);
  const jobs = new Jobs(database);
  registerLinkageJobs(jobs, database);
  await jobs.start({ work: true });
  const ctx = { ...systemCtx(database, "bench"), now: new Date() };

  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 200);
  const started = performance.now();
  const ids: string[] = [];
  for (const p of provinces)
    ids.push((await startRun(ctx, jobs, { kind: "dedup", region: p, job: DEDUP_JOB })).jobId);
  log(`${provinces.length} province runs queued`);

  const during: number[] = [];
  let pending = ids.length;
  let next = 0;
  for (;;) {
    const c = lists[next++ % lists.length] as Case;
    during.push(await time(c));
    if (during.length % 20 === 0) {
      const states = await Promise.all(ids.map((id) => jobs.status(id)));
      const failed = states.find((s) => s?.state === "failed");
      if (failed) throw new Error(`a run failed: ${failed.error}`);
      pending = states.filter((s) => s?.state !== "completed").length;
      if (pending === 0) break;
    }
    await sleep(50);
  }
  const wall = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const stats = await database.pool.query<{ records: number; pairs: number; entities: number }>(
    `select sum((stats->>'records')::int)::int records, sum((stats->>'pairsStored')::int)::int pairs,
       sum((stats->>'entities')::int)::int entities from linkage.runs`,
  );
  const s = stats.rows[0];
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} businesses + owners (synthetic generator, seed 2020, nationwide); ${provinces.length} dedup runs, one per province, queued at once and worked one after another by this process's job worker (pg-boss), the engine in a worker thread; list queries through \`listBusinesses\` in the same process meanwhile, one every 50 ms.`,
    "",
    `- records deduplicated: ${s?.records?.toLocaleString("en")}; pairs stored: ${s?.pairs?.toLocaleString("en")}; entities: ${s?.entities?.toLocaleString("en")}`,
    `- wall time, first run queued → last run completed: **${wall.toFixed(1)} s** (target ≤ 90 s)`,
    `- peak RSS of the process (job worker, engine threads, list queries): **${Math.round(peakRss / 2 ** 20)} MB** (target ≤ 4 GiB)`,
    "",
    "| list queries (ms) | n | p50 | p95 | max |",
    "|---|---|---|---|---|",
    row("before the runs", before),
    row("while the runs work (target p95 < 50 ms)", during),
  ];
  console.log(lines.join("\n"));
  if (!flag("no-append"))
    appendResults("Linkage: register dedup through the job worker (bench/linkage/dedup-job.ts)", lines);
  await jobs.stop();
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
