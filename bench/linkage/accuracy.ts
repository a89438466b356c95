// Accuracy only (no timing): F1, precision, recall and review share of the engine on FEBRL 1-3,
// the team's synthetic register and the independent register (tune and report seeds).
//   node bin/run-ts.js bench/linkage/accuracy.ts [--sets febrl,synth,tune,report] [--people 20000]
//     [--misses tune|report] [--record]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { CANONICAL_CONFIG } from "../../src/server/modules/linkage/cli/config";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { dedupPrepared } from "../../src/server/modules/linkage/domain/dedup";
import { appendResults } from "../results";
import { runFebrl } from "./febrl";
import { generate, REPORT_SEED, TUNE_SEED } from "./indep/generate";
import { describeMisses } from "./indep/misses";
import { clusterMetrics, pairListMetrics } from "./metrics";
import { ensureRegister } from "./synthetic";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sets = (flag("sets") ?? "febrl,synth,tune,report").split(",");
const people = Number(flag("people") ?? "20000");
const missesOf = flag("misses");
// Decision thresholds to try (tune seed only; the report seed runs with the engine's defaults).
const thresholds = {
  ...(flag("match") ? { match: Number(flag("match")) } : {}),
  ...(flag("review") ? { review: Number(flag("review")) } : {}),
};
const f4 = (x: number) => x.toFixed(4);

export type Row = {
  set: string;
  records: number;
  clusterP: number;
  clusterR: number;
  clusterF1: number;
  pairF1: number;
  reviewShare: number;
  candidatesPerRecord: number;
};

async function runCanonical(set: string, file: string, misses: boolean): Promise<Row> {
  const read = await readPreparedRecords(file, CANONICAL_CONFIG);
  if (!read.ok) throw new Error(read.error);
  const result = dedupPrepared(read.records, read.presence, { thresholds });
  const truthLines = readFileSync(file.replace(/\.csv$/, ".truth.csv"), "utf8")
    .split("\n")
    .slice(1);
  const truthById = new Map(truthLines.map((l) => l.split(",")).map((c) => [c[0] ?? "", c[1] ?? ""]));
  const truth = read.records.map((r) => truthById.get(r.id) ?? r.id);
  const matches = result.pairs
    .filter((p) => p.decision === "match")
    .map((p) => [p.indexA, p.indexB] as const);
  const inReview = new Set<number>();
  // Review pairs whose two records the clustering already joined through matches need no reviewer.
  for (const p of result.pairs) {
    if (p.decision !== "review" || result.entityIds[p.indexA] === result.entityIds[p.indexB]) continue;
    inReview.add(p.indexA);
    inReview.add(p.indexB);
  }
  const c = clusterMetrics(truth, result.entityIds);
  const reviews = result.pairs.filter((p) => p.decision === "review");
  const trueReviews = reviews.filter((p) => truth[p.indexA] === truth[p.indexB]).length;
  console.log(`${set}: ${reviews.length} review pairs, ${trueReviews} of them true`);
  if (misses) console.log(describeMisses(file, read.records, result));
  return {
    set,
    records: read.records.length,
    clusterP: c.precision,
    clusterR: c.recall,
    clusterF1: c.f1,
    pairF1: pairListMetrics(truth, matches).f1,
    reviewShare: inReview.size / read.records.length,
    candidatesPerRecord: result.stats.candidatePairs / read.records.length,
  };
}

async function indepFile(seed: number): Promise<string> {
  const file = path.join("bench", "out", "linkage", `indep-${people}-s${seed}.csv`);
  if (!existsSync(file)) await generate(people, seed, file);
  return file;
}

const rows: Row[] = [];
for (const set of sets) {
  if (set === "febrl") {
    for (const d of ["dataset1", "dataset2", "dataset3"]) {
      const r = await runFebrl(d);
      rows.push({
        set: `FEBRL ${d}`,
        records: r.records,
        clusterP: r.clusters.precision,
        clusterR: r.clusters.recall,
        clusterF1: r.clusters.f1,
        pairF1: r.pairs.f1,
        reviewShare: Number.NaN,
        candidatesPerRecord: r.candidatePairs / r.records,
      });
    }
  } else if (set === "synth") {
    rows.push(await runCanonical("synthetic 10k (seed 1)", await ensureRegister(10_000, 1), false));
  } else if (set === "tune" || set === "report") {
    const seed = set === "tune" ? TUNE_SEED : REPORT_SEED;
    rows.push(
      await runCanonical(
        `independent ${set} (seed ${seed}, ${people} people)`,
        await indepFile(seed),
        missesOf === set,
      ),
    );
  }
}

const table = [
  "| set | records | precision | recall | F1 (clusters) | F1 (match pairs) | records to review | candidate pairs/record |",
  "|---|---:|---:|---:|---:|---:|---:|---:|",
  ...rows.map(
    (r) =>
      `| ${r.set} | ${r.records} | ${f4(r.clusterP)} | ${f4(r.clusterR)} | ${f4(r.clusterF1)} | ${f4(r.pairF1)} | ${Number.isNaN(r.reviewShare) ? "–" : `${(100 * r.reviewShare).toFixed(2)} %`} | ${r.candidatesPerRecord.toFixed(2)} |`,
  ),
];
console.log(table.join("\n"));
if (process.argv.includes("--record")) {
  appendResults("Linkage accuracy (bench/linkage/accuracy.ts)", [
    "Accuracy only; timing not measured, machine shared.",
    "",
    ...table,
    "",
  ]);
}
