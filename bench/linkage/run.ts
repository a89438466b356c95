// npm run bench:linkage [-- --sizes 10000,100000,1000000] [--seed 1] [--skip-febrl] [--no-record]
// FEBRL 1-3 (pairwise precision, recall, F1, wall time, pairs completeness, candidate pairs) and
// synthetic Indonesian registers (F1, wall, peak RSS, pairs completeness, candidate pairs).
// Prints the figures and appends a dated section to bench/RESULTS.md.
import os from "node:os";
import { appendResults } from "../results";
import { type FebrlResult, runFebrl } from "./febrl";
import { type HintResult, runHintBench } from "./hint";
import { ensureRegister, runSynthetic, type SynthResult } from "./synthetic";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const sizes = (flag("sizes") ?? "10000,100000,1000000")
  .split(",")
  .map(Number)
  .filter((n) => n > 0);
const seed = Number(flag("seed") ?? "1");
const skipFebrl = process.argv.includes("--skip-febrl");
const record = !process.argv.includes("--no-record");

const f4 = (x: number) => x.toFixed(4);
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function febrlRow(r: FebrlResult): string {
  return `| ${r.dataset} | ${r.records} | ${f4(r.pairs.precision)} | ${f4(r.pairs.recall)} | ${f4(r.pairs.f1)} | ${f4(r.clusters.f1)} | ${secs(r.wallMs)} | ${(100 * r.pairsCompleteness).toFixed(2)} % | ${r.candidatePairs} |`;
}

function synthRow(r: SynthResult): string {
  return `| ${r.records.toLocaleString("en")} | ${f4(r.clusters.precision)} | ${f4(r.clusters.recall)} | ${f4(r.clusters.f1)} | ${f4(r.pairs.f1)} | ${secs(r.wallMs)} | ${Math.round(r.peakRssMb)} MB | ${(100 * r.pairsCompleteness).toFixed(3)} % | ${r.candidatePairs.toLocaleString("en")} (${(r.candidatePairs / r.records).toFixed(2)}/record) |`;
}

const lines: string[] = [];
const load = os.loadavg()[0]?.toFixed(1) ?? "?";
lines.push(
  `Load average when the run started: ${load} (other work shares the 2 cores; wall times include it).`,
  "",
);

if (!skipFebrl) {
  // One untimed warm-up so that the first dataset does not pay for loading and compiling the code.
  await runFebrl("dataset1");
  const results: FebrlResult[] = [];
  for (const d of ["dataset1", "dataset2", "dataset3"]) {
    const r = await runFebrl(d);
    results.push(r);
    console.log(
      `FEBRL ${d}: pairwise P ${f4(r.pairs.precision)} R ${f4(r.pairs.recall)} F1 ${f4(r.pairs.f1)} (clusters F1 ${f4(r.clusters.f1)}), ${secs(r.wallMs)}, PC ${f4(r.pairsCompleteness)}, ${r.candidatePairs} candidate pairs`,
    );
  }
  lines.push(
    "FEBRL (`../shared/data/febrl`, config `bench/linkage/febrl.json`): pairwise figures over the `match` pairs; cluster F1 counts every pair inside an output cluster. Wall = read + normalise + dedup, in process, after one warm-up run. Targets: F1 ≥ 0.995, ≤ 1 s each (Python recordlinkage here: 0.9940 / 0.9917 / 0.9889).",
    "",
    "| dataset | records | precision | recall | F1 | cluster F1 | wall | pairs completeness | candidate pairs |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(febrlRow),
    "",
  );
}

if (sizes.length > 0) {
  const results: SynthResult[] = [];
  for (const n of sizes) {
    const file = await ensureRegister(n, seed);
    console.log(`synthetic ${n}: ${file}`);
    const r = await runSynthetic(file, (line) => {
      if (/records|error/.test(line)) console.log(`  ${line}`);
    });
    results.push(r);
    console.log(
      `synthetic ${n}: cluster F1 ${f4(r.clusters.f1)} (P ${f4(r.clusters.precision)} R ${f4(r.clusters.recall)}), pairs F1 ${f4(r.pairs.f1)}, ${secs(r.wallMs)}, peak RSS ${Math.round(r.peakRssMb)} MB, PC ${r.pairsCompleteness.toFixed(5)}, ${r.candidatePairs} candidate pairs`,
    );
  }
  lines.push(
    `Synthetic Indonesian registers (\`npm run gen:registry\`, seed ${seed}; ~20 % of owners listed 2-4 times with realistic errors; spouses, same-name fathers and sons, twins). \`sinergi match dedup\` in a fresh process: wall and peak RSS cover read, dedup and writing pairs + clusters. Targets: F1 ≥ 0.97; 1M ≤ 60 s and ≤ 4 GiB; pairs completeness ≥ 99.9 %.`,
    "",
    "| records | precision | recall | F1 (clusters) | F1 (match pairs) | wall | peak RSS | pairs completeness | candidate pairs |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...results.map(synthRow),
    "",
  );
}

const hintSize = sizes.includes(100_000) ? 100_000 : sizes.find((n) => n <= 100_000);
if (hintSize !== undefined) {
  const h: HintResult = await runHintBench(await ensureRegister(hintSize, seed));
  console.log(
    `hint: ${h.queries} lookups on ${h.register} records: p50 ${h.p50Ms.toFixed(2)} ms, p95 ${h.p95Ms.toFixed(2)} ms, top-1 ${f4(h.top1)}`,
  );
  lines.push(
    `Duplicate hint, in memory (engine only: blocking keys → candidates → scores with the default model and explanations): ${h.queries} typed copies against ${h.register.toLocaleString("en")} indexed records: p50 ${h.p50Ms.toFixed(2)} ms, p95 ${h.p95Ms.toFixed(2)} ms, p99 ${h.p99Ms.toFixed(2)} ms; the right owner is the top candidate for ${(100 * h.top1).toFixed(1)} %.`,
    "",
  );
}

lines.push(
  "Where the engine still misses, and why (from reading the errors):",
  "- FEBRL: a duplicate whose given name, birth date, postcode and id were all replaced (dataset2 rec-3779 'kodi white' / 'liliana white') shares no blocking key with its original; the cluster closure recovers such pairs only when a third copy bridges them. Pairs completeness is therefore below 100 % while cluster recall is higher.",
  "- Synthetic: twins on one family card with near-identical names (Nisa/Nisya, Ikhsan/Ikhwan) when one copy has no NIK or a mistyped one are indistinguishable from a retyped duplicate and are sometimes merged (most false matches). A duplicate whose first name got two typos on the same family card is taken for a household member and kept apart (most misses). A family-card number typed into the NIK column and then mistyped looks like a second valid NIK.",
  "- Candidate pairs: each blocking rule falls back to a finer variant when it would exceed 0.3 pairs per record (at least 50,000), so the total stays below about 4 pairs per record however dense the register; small files (FEBRL, 10k) get the generous variants.",
  "",
);

if (record) appendResults("Linkage (bench/linkage/run.ts)", lines);
console.log(lines.join("\n"));
