// Benchmark: list with filters (target ≤ 50 ms p95) and typo-tolerant search (≤ 150 ms p95) on a
// register of 1,000,000 businesses + owners, through the real verb (listBusinesses: scoped
// transaction with row-level security, page query, exact total). Appends to bench/RESULTS.md.
//
//   node bin/run-ts.js bench/registry/list-search.ts [--records 1000000] [--rounds 40] [--reuse] [--no-append]
import { listBusinesses } from "../../src/server/modules/registry/register/list-businesses";
import { flag, numberArg } from "../lib/args";
import { appendResults, pct } from "../results";
import { BENCH_DB, openBenchDatabase } from "./bench-db";
import { explainCase } from "./explain-notes";
import { fillRegister } from "./fill-register";
import { buildCases, type Case } from "./queries";

const RECORDS = numberArg("records", 1_000_000);
const ROUNDS = numberArg("rounds", 40);
const log = (m: string) => console.log(m);

const ms = (x: number) => x.toFixed(1);

async function time(c: Case): Promise<number> {
  const t0 = performance.now();
  await listBusinesses({ ctx: { ...c.ctx, now: new Date() }, query: c.query });
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { database, existing } = await openBenchDatabase({ reuse: flag("reuse") });
  const have = Number(
    (await database.pool.query("select count(*)::int as n from registry.businesses")).rows[0]?.n ?? 0,
  );
  let fill = "reused";
  if (!existing || have !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    log(`filling ${RECORDS.toLocaleString("en")} businesses + owners into ${BENCH_DB} …`);
    const f = await fillRegister(database, { records: RECORDS, seed: 2020, log });
    fill = `load ${(f.loadMs / 1000).toFixed(0)} s + indexes/analyse ${(f.indexMs / 1000).toFixed(0)} s`;
    log(fill);
  }
  // The running app folds the counters' delta rows every minute; a bench database has no job
  // worker, so it folds once here (the fill's COPY statements left one delta row per district group).
  const folded = Number(
    (await database.pool.query("select registry.fold_business_counts() as n")).rows[0]?.n ?? 0,
  );
  if (folded > 0) log(`folded ${folded.toLocaleString("en")} counter delta rows`);
  await database.pool.query("vacuum analyze registry.business_counts, registry.business_count_deltas");
  // Migrations may have rewritten the tables since the fill: fresh statistics and visibility map.
  if (fill === "reused")
    for (const table of ["persons", "businesses"])
      await database.pool.query(`vacuum analyze registry.${table}`);
  const cases = await buildCases(database, ROUNDS);
  for (const c of cases.slice(0, 13)) await time(c); // warm-up: one round, not measured
  const byLabel = new Map<string, number[]>();
  const byKind = { list: [] as number[], search: [] as number[] };
  for (const c of cases) {
    const d = await time(c);
    byKind[c.kind].push(d);
    byLabel.set(`${c.kind}: ${c.label}`, [...(byLabel.get(`${c.kind}: ${c.label}`) ?? []), d]);
  }
  const rows = [...byLabel].map(
    ([label, xs]) =>
      `| ${label} | ${xs.length} | ${ms(pct(xs, 50))} | ${ms(pct(xs, 95))} | ${ms(Math.max(...xs))} |`,
  );
  const summary = [
    `| **all list queries** (target p95 ≤ 50 ms) | ${byKind.list.length} | ${ms(pct(byKind.list, 50))} | **${ms(pct(byKind.list, 95))}** | ${ms(Math.max(...byKind.list))} |`,
    `| **all searches** (target p95 ≤ 150 ms) | ${byKind.search.length} | ${ms(pct(byKind.search, 50))} | **${ms(pct(byKind.search, 95))}** | ${ms(Math.max(...byKind.search))} |`,
  ];
  const notes: string[] = [];
  for (const i of [0, 2, 6, 8, 9, 11]) if (cases[i]) notes.push(...(await explainCase(cases[i] as Case)));
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} businesses + owners from the synthetic generator (seed 2020, nationwide, 10 % listed twice or more); PostgreSQL ${(await database.pool.query("show server_version")).rows[0]?.server_version}; fill: ${fill}.`,
    "Each query is one call of `listBusinesses` (scoped transaction + RLS, page of 50, total: a sum of the district counters when only region, status and affected filter, else an exact count below 1,000,000 matching rows and the planner estimate from there on), sequential, after one warm-up round. Times in ms.",
    "",
    "| query | n | p50 | p95 | max |",
    "|---|---|---|---|---|",
    ...summary,
    ...rows,
    "",
    "EXPLAIN (ANALYZE) of the page query for some cases:",
    "",
    ...notes,
  ];
  console.log(lines.join("\n"));
  if (!flag("no-append"))
    appendResults(
      "Registry: list with filters and typo-tolerant search, 1M businesses (bench/registry/list-search.ts)",
      lines,
    );
  await database.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
