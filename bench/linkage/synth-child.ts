// Child process for one synthetic benchmark: runs `match dedup` exactly as the CLI does (timed,
// peak RSS measured before any evaluation), then scores the output against the truth file and
// prints one JSON line. Run as: node bin/run-ts.js bench/linkage/synth-child.ts <file.csv>
import { readFileSync } from "node:fs";
import { CANONICAL_CONFIG } from "../../src/server/modules/linkage/cli/config";
import { runMatchCli } from "../../src/server/modules/linkage/cli/match-cli";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { blockRecords } from "../../src/server/modules/linkage/domain/blocking";
import { completeness } from "./febrl";
import { clusterMetrics, pairListMetrics } from "./metrics";

const [file = ""] = process.argv.slice(2);
const pairsOut = file.replace(/\.csv$/, ".pairs.csv");
const clustersOut = file.replace(/\.csv$/, ".clusters.csv");

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
const blocking = blockRecords(read.records, read.presence);
candidatePairs = blocking.count;
const result = {
  records: ids.length,
  wallMs,
  peakRssMb,
  candidatePairs,
  pairsCompleteness: completeness(truth, blocking.isCandidate),
  clusters: clusterMetrics(
    truth,
    ids.map((id) => clusterById.get(id) ?? id),
  ),
  pairs: pairListMetrics(truth, matchPairs),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
