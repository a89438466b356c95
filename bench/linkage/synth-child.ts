// Child process for one synthetic benchmark: runs `match dedup` exactly as the CLI does (timed,
// peak RSS measured before any evaluation), then scores the output against the truth file and
// prints one JSON line. Run as: node bin/run-ts.js bench/linkage/synth-child.ts <file.csv>
import { readFileSync } from "node:fs";
import { CANONICAL_CONFIG } from "../../src/server/modules/linkage/cli/config";
import { runMatchCli } from "../../src/server/modules/linkage/cli/match-cli";
import { planFor } from "../../src/server/modules/linkage/cli/parallel-dedup";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { blockRecords } from "../../src/server/modules/linkage/domain/blocking";
import { partitionOf } from "../../src/server/modules/linkage/domain/partition";
import type { Prepared } from "../../src/server/modules/linkage/domain/types";
import { completeness } from "./febrl";
import { clusterMetrics, pairListMetrics } from "./metrics";

const [file = ""] = process.argv.slice(2);
const pairsOut = file.replace(/\.csv$/, ".pairs.csv");
const clustersOut = file.replace(/\.csv$/, ".clusters.csv");

/** Province of a normalised record, as the CLI partitions them. */
function provinceOfPrepared(r: Prepared): string {
  if (r.region.length >= 2) return r.region.slice(0, 2);
  return r.nik && r.nik.digits.length >= 2 ? r.nik.digits.slice(0, 2) : "";
}

function readTwoColumns(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(path, "utf8").split("\n").slice(1)) {
    const [a, b] = line.split(",");
    if (a && b) out.set(a, b);
  }
  return out;
}

const started = performance.now();
const code = await runMatchCli(["dedup", file, "--out", pairsOut, "--clusters", clustersOut], {
  stdout: process.stdout,
  stderr: process.stderr,
});
const wallMs = performance.now() - started;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
if (code !== 0) process.exit(code);

// Evaluation (not timed): truth, clusters, pairs, and blocking's pairs completeness.
const truthById = readTwoColumns(file.replace(/\.csv$/, ".truth.csv"));
const clusterById = readTwoColumns(clustersOut);
const read = await readPreparedRecords(file, CANONICAL_CONFIG);
if (!read.ok) throw new Error(read.error);
const ids = read.records.map((r) => r.id);
const truth = ids.map((id) => truthById.get(id) ?? id);
const index = new Map(ids.map((id, i) => [id, i]));
const matchPairs: Array<readonly [number, number]> = [];
let candidatePairs = 0;
for (const line of readFileSync(pairsOut, "utf8").split("\n").slice(1)) {
  const [a, b, , , decision] = line.split(",");
  if (decision === "match" && a && b) matchPairs.push([index.get(a) ?? -1, index.get(b) ?? -1]);
}
// Blocking as the run did it: by province partitions for large files (pairs across partitions
// are candidates only through a shared valid NIK), in one piece otherwise.
const { plan, isLarge } = await planFor(file, CANONICAL_CONFIG, 2);
const partOf = read.records.map((r) => (isLarge ? partitionOf(provinceOfPrepared(r), plan, 2) : 0));
const local = new Int32Array(read.records.length);
const checks: Array<(i: number, j: number) => boolean> = [];
for (let part = 0; part < (isLarge ? 2 : 1); part++) {
  const members = read.records.flatMap((_r, i) => (partOf[i] === part ? [i] : []));
  members.forEach((i, k) => {
    local[i] = k;
  });
  const blocking = blockRecords(
    members.map((i) => read.records[i] as Prepared),
    read.presence,
  );
  candidatePairs += blocking.count;
  checks.push(blocking.isCandidate);
}
const isCandidate = (i: number, j: number): boolean => {
  const a = read.records[i];
  const b = read.records[j];
  if (partOf[i] !== partOf[j]) return !!a?.nik?.isValid && a.nik.digits === b?.nik?.digits;
  const ci = local[i] ?? 0;
  const cj = local[j] ?? 0;
  return checks[partOf[i] ?? 0]?.(Math.min(ci, cj), Math.max(ci, cj)) ?? false;
};
const result = {
  records: ids.length,
  wallMs,
  peakRssMb,
  candidatePairs,
  pairsCompleteness: completeness(truth, isCandidate),
  clusters: clusterMetrics(
    truth,
    ids.map((id) => clusterById.get(id) ?? id),
  ),
  pairs: pairListMetrics(truth, matchPairs),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
