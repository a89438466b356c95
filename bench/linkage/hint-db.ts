import type { Ctx } from "../../src/server/modules/access";
import { hintDuplicates } from "../../src/server/modules/linkage/hint/hint-duplicates";
import type { Database } from "../../src/server/platform/db/pool";
import { openBenchDatabase } from "../lib/bench-db";
import { appendResults, pct } from "../results";
import { fill, type Sample, sampleStored } from "./hint-db-fill";

const argv = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const RECORDS = Number(arg("records", "1000000"));
const REGION = arg("region", "62");
const ROUNDS = Number(arg("rounds", "100"));
const DB = "sinergi_bench_linkage";
const log = (m: string) => console.log(m);

type Case = {
  kind: string;
  body: Parameters<typeof hintDuplicates>[0]["input"];
  personId: string | null;
  scope: string;
};

function dropLetter(name: string): string {
  const i = Math.min(name.length - 2, 3);
  return `${name.slice(0, i)}${name.slice(i + 1)}`;
}

function cases(samples: readonly Sample[]): Case[] {
  const out: Case[] = [];
  samples.slice(0, ROUNDS).forEach(({ personId, r }, k) => {
    const scope = r.kode_wilayah.slice(0, 5);
    const v = r.kode_wilayah;
    out.push({ kind: "NIK only", body: { nik: r.nik }, personId, scope });
    out.push({
      kind: "name + birth date + village",
      body: { name: r.nama, birthDate: r.tanggal_lahir, regionCode: v },
      personId,
      scope,
    });
    out.push({
      kind: "name with a typo + birth date + village",
      body: { name: dropLetter(r.nama), birthDate: r.tanggal_lahir, regionCode: v },
      personId,
      scope,
    });
    out.push({ kind: "name + village (no date)", body: { name: r.nama, regionCode: v }, personId, scope });
    if (r.no_hp) out.push({ kind: "phone only", body: { phone: r.no_hp }, personId, scope });
    out.push({
      kind: "new person (not registered)",
      body: { name: `Xaverius Tandipayung ${"ABCDEFGH"[k % 8]}`, birthDate: "1961-02-27", regionCode: v },
      personId: null,
      scope,
    });
  });
  return out;
}

function ctxFor(database: Database, scope: string): Ctx {
  return {
    db: database,
    actor: {
      kind: "user",
      userId: "00000000-0000-7000-8000-000000000001",
      username: "bench",
      role: "pendamping",
      scope,
      businessId: null,
    },
    now: new Date(),
    requestId: "bench",
    lang: "id",
  };
}

async function main(): Promise<void> {
  const { database, existing } = await openBenchDatabase(DB, { reuse: argv.includes("--reuse"), max: 4 });
  const samples: Sample[] = [];
  const have = Number(
    (await database.pool.query("select count(*)::int as n from registry.persons")).rows[0]?.n ?? 0,
  );
  let fillNote = "reused";
  if (!existing || have !== RECORDS) {
    await database.pool.query("truncate registry.businesses, registry.persons cascade");
    log(
      `filling ${RECORDS.toLocaleString("en")} owners (region ${REGION || "all"}) with match keys into ${DB} …`,
    );
    const f = await fill(database, samples, { records: RECORDS, rounds: ROUNDS, region: REGION });
    fillNote = `load with match keys ${(f.loadMs / 1000).toFixed(0)} s + indexes/analyse ${(f.indexMs / 1000).toFixed(0)} s`;
    log(fillNote);
  } else {
    samples.push(...(await sampleStored(database, ROUNDS)));
  }
  const all = cases(samples);
  for (const c of all.slice(0, 60)) await hintDuplicates({ ctx: ctxFor(database, c.scope), input: c.body });
  const by = new Map<string, { ms: number[]; found: number; examined: number; n: number }>();
  const overall: number[] = [];
  for (const c of all) {
    const t0 = performance.now();
    const out = await hintDuplicates({ ctx: ctxFor(database, c.scope), input: c.body });
    const d = performance.now() - t0;
    overall.push(d);
    const s = by.get(c.kind) ?? { ms: [], found: 0, examined: 0, n: 0 };
    s.ms.push(d);
    s.n++;
    s.examined += out.examined;
    if (
      c.personId === null
        ? out.candidates.length === 0
        : out.candidates.some((x) => x.personId === c.personId)
    )
      s.found++;
    by.set(c.kind, s);
  }
  const f1 = (x: number) => x.toFixed(1);
  const rows = [...by].map(
    ([k, s]) =>
      `| ${k} | ${s.n} | ${f1(pct(s.ms, 50))} | ${f1(pct(s.ms, 95))} | ${f1(Math.max(...s.ms))} | ${((100 * s.found) / s.n).toFixed(0)} % | ${(s.examined / s.n).toFixed(0)} |`,
  );
  const lines = [
    `Register: ${RECORDS.toLocaleString("en")} owners from the synthetic generator (seed 2021, region ${REGION || "all"}, 20 % listed more than once), each with a business; ${fillNote}. Queries as a field assistant scoped to the record's regency (row-level security on), one at a time, after a warm-up.`,
    "",
    "| typed so far | hints | p50 ms | p95 ms | max ms | expected result | persons examined (avg) |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    `| **all** (target p95 ≤ 50 ms) | ${overall.length} | ${f1(pct(overall, 50))} | **${f1(pct(overall, 95))}** | ${f1(Math.max(...overall))} | | |`,
    "",
    '"Expected result": the typed person is among the top 5 candidates (for a new person: no candidate at all).',
  ];
  for (const l of lines) log(l);
  if (!argv.includes("--no-append"))
    appendResults(
      "Linkage: duplicate hint while typing, through the product verb on PostgreSQL (bench/linkage/hint-db.ts)",
      lines,
    );
  await database.close();
}

await main();
