// FEBRL datasets 1-3 (../shared/data/febrl): dedup through the same path as the CLI
// (read + normalise + dedup), then pairwise precision / recall / F1 against rec-N ids.
import path from "node:path";
import { loadConfig } from "../../src/server/modules/linkage/cli/config";
import { readPreparedRecords } from "../../src/server/modules/linkage/cli/read-records";
import { dedupPrepared } from "../../src/server/modules/linkage/domain/dedup";
import { febrlEntity } from "./febrl-truth";
import { clusterMetrics, type PairMetrics, pairListMetrics, truePairCount } from "./metrics";

export type FebrlResult = {
  dataset: string;
  records: number;
  wallMs: number;
  candidatePairs: number;
  pairsCompleteness: number;
  clusters: PairMetrics;
  pairs: PairMetrics;
};

const CONFIG = path.join("bench", "linkage", "febrl.json");
// FEBRL_DIR overrides the location (a git worktree elsewhere than the main checkout).
export const FEBRL_DIR = process.env.FEBRL_DIR ?? path.join("..", "shared", "data", "febrl");

/** Pairs completeness: share of true pairs that blocking made candidates. */
export function completeness(
  truth: readonly string[],
  isCandidate: (i: number, j: number) => boolean,
): number {
  const groups = new Map<string, number[]>();
  truth.forEach((t, i) => {
    const list = groups.get(t);
    if (list) list.push(i);
    else groups.set(t, [i]);
  });
  let found = 0;
  for (const g of groups.values()) {
    for (let x = 0; x < g.length; x++) {
      for (let y = x + 1; y < g.length; y++) if (isCandidate(g[x] ?? 0, g[y] ?? 0)) found++;
    }
  }
  const all = truePairCount(truth);
  return all === 0 ? 1 : found / all;
}

export async function runFebrl(dataset: string): Promise<FebrlResult> {
  const config = await loadConfig(CONFIG);
  if (!config.ok) throw new Error(config.error);
  const started = performance.now();
  const read = await readPreparedRecords(path.join(FEBRL_DIR, `${dataset}.csv`), config.config);
  if (!read.ok) throw new Error(read.error);
  const result = dedupPrepared(read.records, read.presence, {});
  const wallMs = performance.now() - started;
  const truth = read.records.map((r) => febrlEntity(r.id));
  const matches = result.pairs
    .filter((p) => p.decision === "match")
    .map((p) => [p.indexA, p.indexB] as const);
  return {
    dataset,
    records: read.records.length,
    wallMs,
    candidatePairs: result.stats.candidatePairs,
    pairsCompleteness: completeness(truth, result.isCandidate),
    clusters: clusterMetrics(truth, result.entityIds),
    pairs: pairListMetrics(truth, matches),
  };
}
