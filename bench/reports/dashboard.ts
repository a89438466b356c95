// Benchmark: the office head's province dashboard (target p95 ≤ 300 ms) over a register of
// 1,000,000 businesses + owners: one call of the verb behind /app/dasbor (reportByRegion: the
// province's summary and one per regency, every figure exact: each figure's grouped variant counts
// the province and all its regencies in one query, all in one scoped transaction with row-level security). Its own database, so other benchmarks' registers are left alone.
// Appends to bench/RESULTS.md.
//
//   node bin/run-ts.js bench/reports/dashboard.ts [--records 1000000] [--rounds 30] [--reuse] [--no-append]
import type { Ctx } from "../../src/server/modules/access";
import { reportByRegion, reportSummary } from "../../src/server/modules/reports";
import type { Database } from "../../src/server/platform/db/pool";
import { flag, numberArg } from "../lib/args";
import { openBenchDatabase } from "../lib/bench-db";
import { fillRegister } from "../registry/fill-register";
import { appendResults, pct } from "../results";

const DB = "sinergi_bench_reports";
const RECORDS = numberArg("records", 1_000_000);
const ROUNDS = numberArg("rounds", 30);
const log = (m: string) => console.log(m);
const ms = (x: number) => x.toFixed(1);

function headCtx(db: Database, scope: string): Ctx {
  return {
    db,
    actor: {
      kind: "user",
      userId: "00000000-0000-7000-8000-00000000beef",
      username: "bench",
      role: "pimpinan",
      scope,
      businessId: null,
    },
    now: new Date(),
    requestId: "bench",
    lang: "id",
  };
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const { database, existing } = await openBenchDatabase(DB, { reuse: flag("reuse"), max: 6 });
  const count = async () =>
    Number((await database.pool.query("select count(*)::int as n from registry.businesses")).rows[0]?.n ?? 0);
  let fill = "reused";
  if (!existing || (await count()) !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    log(`filling ${RECORDS.toLocaleString("en")} businesses + owners into ${DB} …`);
    const f = await fillRegister(database, { records: RECORDS, seed: 2020, log });
    fill = `load ${(f.loadMs / 1000).toFixed(0)} s + indexes/analyse ${(f.indexMs / 1000).toFixed(0)} s`;
    log(fill);
  } else for (const t of ["persons", "businesses"]) await database.pool.query(`vacuum analyze registry.${t}`);
  const top = await database.pool.query<{ province: string; n: number }>(`
    select substr(region_code, 1, 2) as province, count(*)::int as n from registry.businesses
    group by 1 order by 2 desc limit 1`);
  const province = top.rows[0]?.province ?? "62";
  const inProvince = top.rows[0]?.n ?? 0;
  const ctx = () => ({ ...headCtx(database, province), now: new Date() });
  await reportByRegion({ ctx: ctx(), region: province }); // warm-up, not measured
  const dashboard: number[] = [];
  const summary: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    dashboard.push(await timed(() => reportByRegion({ ctx: ctx(), region: province })));
    summary.push(await timed(() => reportSummary({ ctx: ctx(), region: province })));
  }
  const children = (await reportByRegion({ ctx: ctx(), region: province })).children.length;
  const row = (label: string, xs: number[]) =>
    `| ${label} | ${xs.length} | ${ms(pct(xs, 50))} | **${ms(pct(xs, 95))}** | ${ms(Math.max(...xs))} |`;
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} businesses + owners (synthetic generator, seed 2020, nationwide); the busiest province ${province} holds ${inProvince.toLocaleString("en")} of them, ${children} regencies; PostgreSQL ${(await database.pool.query("show server_version")).rows[0]?.server_version}; fill: ${fill}.`,
    "One call = what /app/dasbor asks (`reportByRegion`: the province's summary and one per regency, 14 named figures, each one grouped query for the province and all its regencies, in one scoped transaction with RLS), sequential, after one warm-up. Aid, store, training and Prakerja tables are empty here: the register's figures dominate. Times in ms.",
    "",
    "| call | n | p50 | p95 | max |",
    "|---|---|---|---|---|",
    row("province dashboard with drill-down rows (target p95 ≤ 300 ms)", dashboard),
    row("province summary only (GET /api/reports/summary)", summary),
  ];
  log(lines.join("\n"));
  if (!flag("no-append"))
    appendResults(`Reports: province dashboard (${RECORDS.toLocaleString("en")} businesses)`, lines);
  await database.close();
}

await main();
