// Parallel dedup of a large file: worker threads each take a set of provinces (balanced on a
// sample), EM runs once here on their merged comparison-vector patterns, and people whose records
// fall in two partitions meet again on exact valid NIKs.
import { Worker } from "node:worker_threads";
import { comparisonByName } from "../domain/comparisons";
import { mergePatterns } from "../domain/em";
import {
  DEFAULT_THRESHOLDS,
  type LinkageModel,
  levelWeights,
  priorWeight,
  weightToProbability,
} from "../domain/model";
import { compareNameTokens } from "../domain/name-similarity";
import { planPartitions, provinceOf } from "../domain/partition";
import { randomPairU, trainOnPatterns } from "../domain/train";
import type { ProgressFn } from "../domain/types";
import type { MatchConfig } from "./config";
import { sampleProvinces } from "./read-records";
import type { FromWorker, WorkerResult, WorkerStats } from "./worker-protocol";
import type { PairRow } from "./write-results";

export type ParallelResult = {
  model: LinkageModel;
  ids: string[];
  entityIds: string[];
  pairs: PairRow[];
  stats: {
    records: number;
    candidatePairs: number;
    matches: number;
    reviews: number;
    entities: number;
    crossPartition: number;
  };
};

/** Young-generation size of a dedup worker (V8's default is 16-32 MB). */
const YOUNG_GENERATION_MB = 192;

/** Rows in the sample below which a file is deduplicated in one thread. */
export const PARALLEL_MIN_ROWS = 100_000;

export async function planFor(file: string, config: MatchConfig, parts: number, minRows = PARALLEL_MIN_ROWS) {
  const sample = await sampleProvinces(file, config, provinceOf, Math.max(minRows, 100_000));
  return { plan: planPartitions(sample.counts, parts), isLarge: sample.rows >= minRows };
}

function train(stats: readonly WorkerStats[], config: MatchConfig): LinkageModel {
  const comparisons = (stats[0]?.comparisons ?? []).map(comparisonByName);
  return trainOnPatterns({
    comparisons,
    patterns: mergePatterns(stats.map((s) => s.patterns)),
    u: randomPairU({ records: stats.flatMap((s) => s.sample), comparisons }),
    tf: comparisons.map(() => null),
    thresholds: { ...DEFAULT_THRESHOLDS, ...config.thresholds },
    records: stats.reduce((n, s) => n + s.records, 0),
    candidatePairs: stats.reduce((n, s) => n + s.candidatePairs, 0),
  });
}

/** Same valid NIK in two partitions and a compatible name: one person who moved. */
function crossPartition(results: readonly WorkerResult[], model: LinkageModel): PairRow[] {
  const nik = model.comparisons.find((c) => c.name === "nationalId");
  const name = model.comparisons.find((c) => c.name === "name");
  const prior = priorWeight(model.lambda);
  const seen = new Map<string, { part: number; at: number }>();
  const out: PairRow[] = [];
  for (const [part, r] of results.entries()) {
    for (const [at, n] of r.nik.entries()) {
      if (n === "") continue;
      const other = seen.get(n);
      if (!other) {
        seen.set(n, { part, at });
        continue;
      }
      if (other.part === part) continue;
      const a = results[other.part];
      const level = compareNameTokens(
        (a?.nameKey[other.at] ?? "").split(" "),
        (r.nameKey[at] ?? "").split(" "),
      );
      if (level === "partial" || level === "different") continue;
      const nameLevel = name ? name.levels.indexOf(level) : -1;
      const weight =
        prior +
        (nik ? (levelWeights(nik)[0] ?? 0) : 0) +
        (name && nameLevel >= 0 ? (levelWeights(name)[nameLevel] ?? 0) : 0);
      const decision = weightToProbability(weight) >= model.thresholds.match ? "match" : "review";
      out.push({
        idA: a?.ids[other.at] ?? "",
        idB: r.ids[at] ?? "",
        weight,
        probability: weightToProbability(weight),
        decision,
      });
    }
  }
  return out;
}

/** Joins entities linked across partitions; the smaller id survives. */
function joinEntities(ids: string[], entityIds: string[], cross: readonly PairRow[]): void {
  // Most registers have no match across provinces: no id map of the whole file for nothing.
  if (!cross.some((p) => p.decision === "match")) return;
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const entityOf = new Map(ids.map((id, i) => [id, entityIds[i] ?? id]));
  for (const p of cross) {
    if (p.decision !== "match") continue;
    const a = find(entityOf.get(p.idA) ?? p.idA);
    const b = find(entityOf.get(p.idB) ?? p.idB);
    if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
  }
  if (parent.size === 0) return;
  for (let i = 0; i < entityIds.length; i++) entityIds[i] = find(entityIds[i] ?? "");
}

export function parallelDedup(o: {
  file: string;
  config: MatchConfig;
  plan: Map<string, number>;
  parts: number;
  model?: LinkageModel;
  onProgress: ProgressFn;
}): Promise<ParallelResult> {
  return new Promise((resolve, reject) => {
    const stats: WorkerStats[] = [];
    const results: WorkerResult[] = [];
    let model: LinkageModel | undefined = o.model;
    const workers = Array.from({ length: o.parts }, (_, partition) => {
      const w = new Worker(new URL("./dedup-worker-boot.mjs", import.meta.url), {
        workerData: {
          file: o.file,
          config: o.config,
          plan: [...o.plan],
          partition,
          parts: o.parts,
          model: o.model,
        },
        // A partition allocates half a million records' strings and keys at once: a larger young
        // generation lets them die there instead of being copied into the old one.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
      w.on("error", reject);
      w.on("message", (m: FromWorker) => {
        if (m.type === "progress")
          return o.onProgress({ ...m, stage: `[${partition + 1}/${o.parts}] ${m.stage}` });
        if (m.type === "error") return reject(new Error(m.message));
        if (m.type === "stats") {
          stats[partition] = m;
          if (stats.filter(Boolean).length < o.parts) return;
          o.onProgress({ stage: "training", done: 0, total: 1 });
          const trained = model ?? train(stats, o.config);
          model = trained;
          for (const x of workers) x.postMessage({ type: "model", model: trained });
          return;
        }
        results[partition] = m;
        if (results.filter(Boolean).length < o.parts) return;
        for (const x of workers) void x.terminate();
        resolve(assemble(results, stats, model ?? train(stats, o.config)));
      });
      return w;
    });
  });
}

function assemble(results: WorkerResult[], stats: WorkerStats[], model: LinkageModel): ParallelResult {
  const ids = results.flatMap((r) => r.ids);
  const entityIds = results.flatMap((r) => r.entityIds);
  const pairs: PairRow[] = results.flatMap((r) =>
    r.pairA.map((idA, k) => {
      const weight = r.weight[k] ?? 0;
      return {
        idA,
        idB: r.pairB[k] ?? "",
        weight,
        probability: weightToProbability(weight),
        decision: r.decision[k] === 1 ? "match" : "review",
      } as const;
    }),
  );
  const cross = crossPartition(results, model);
  joinEntities(ids, entityIds, cross);
  pairs.push(...cross);
  const matches = pairs.filter((p) => p.decision === "match").length;
  return {
    model,
    ids,
    entityIds,
    pairs,
    stats: {
      records: ids.length,
      candidatePairs: stats.reduce((n, s) => n + s.candidatePairs, 0) + cross.length,
      matches,
      reviews: pairs.length - matches,
      entities: new Set(entityIds).size,
      crossPartition: cross.length,
    },
  };
}
