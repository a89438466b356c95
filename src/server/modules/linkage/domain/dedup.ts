// Deduplication of one set of records: scored pairs and entities (clusters) with stable ids.
import type { RuleStats } from "./blocking";
import { clusterRecords, type Edge } from "./cluster";
import { assignEntityIds } from "./entity-ids";
import type { LinkageModel } from "./model";
import { type PipelineOptions, runPipeline, type Scored } from "./pipeline";
import { detectPresence, type PrepareOptions, prepareRecord } from "./prepare";
import { weightToProbability } from "./scorer";
import type { FieldPresence, LinkRecord, Prepared } from "./types";

export type ScoredPair = {
  idA: string;
  idB: string;
  /** Positions of the records in the input array. */
  indexA: number;
  indexB: number;
  weight: number;
  probability: number;
  decision: "match" | "review";
  /** Why a pair that scored as a match was held back for review. */
  note: "nikConflictInCluster" | null;
};

export type DedupStats = {
  records: number;
  candidatePairs: number;
  blocking: RuleStats[];
  matches: number;
  reviews: number;
  householdGuarded: number;
  refusedByClusterGuard: number;
  entities: number;
  emIterations: number;
};

export type DedupResult = {
  pairs: ScoredPair[];
  /** Entity id per input record (same order as the input). */
  entityIds: string[];
  model: LinkageModel;
  stats: DedupStats;
  /** Whether blocking made records i and j (input positions) a candidate pair. */
  isCandidate(i: number, j: number): boolean;
};

export type DedupOptions = PipelineOptions & {
  prepare?: PrepareOptions;
  /** Entity ids of a previous run (record id → entity id), kept where the records still agree. */
  previousEntities?: ReadonlyMap<string, string>;
};

/** Deduplicates raw records (normalises them first). */
export function dedupRecords(records: readonly LinkRecord[], options: DedupOptions = {}): DedupResult {
  const prepared = records.map((r) => prepareRecord(r, options.prepare));
  return dedupPrepared(prepared, detectPresence(records), options);
}

/** Deduplicates records already normalised with prepareRecord. */
export function dedupPrepared(
  records: readonly Prepared[],
  presence: FieldPresence,
  options: DedupOptions = {},
): DedupResult {
  return finishDedup(records, runPipeline(records, presence, options), options);
}

/** Turns scored candidate pairs into output pairs and entities (guarded clustering, stable ids). */
export function finishDedup(
  records: readonly Prepared[],
  s: Scored,
  options: Pick<DedupOptions, "previousEntities" | "onProgress"> = {},
): DedupResult {
  const edges: Edge[] = [];
  const edgePair: number[] = [];
  const pairs: ScoredPair[] = [];
  let guarded = 0;
  for (let p = 0; p < s.gammas.count; p++) {
    if (s.guard[p] !== null) guarded++;
    const d = s.decision[p];
    if (d === "nonMatch" || d === undefined) continue;
    const i = s.blocking.a[p] ?? 0;
    const j = s.blocking.b[p] ?? 0;
    const w = s.weight[p] ?? 0;
    if (d === "match") {
      edges.push({ i, j, weight: w });
      edgePair.push(pairs.length);
    }
    pairs.push({
      idA: records[i]?.id ?? "",
      idB: records[j]?.id ?? "",
      indexA: i,
      indexB: j,
      weight: w,
      probability: weightToProbability(w),
      decision: d,
      note: null,
    });
  }
  options.onProgress?.({ stage: "clustering", done: 0, total: 1 });
  const clustering = clusterRecords(records, edges);
  for (const k of clustering.refused) {
    const pair = pairs[edgePair[k] ?? -1];
    if (pair) {
      pair.decision = "review";
      pair.note = "nikConflictInCluster";
    }
  }
  const dropped = new Set(clustering.householdRefused.map((k) => edgePair[k] ?? -1));
  const kept = dropped.size === 0 ? pairs : pairs.filter((_, x) => !dropped.has(x));
  const entityIds = assignEntityIds({
    recordIds: records.map((r) => r.id),
    root: clustering.root,
    previous: options.previousEntities,
  });
  options.onProgress?.({ stage: "clustering", done: 1, total: 1 });
  const matches = kept.filter((p) => p.decision === "match").length;
  return {
    pairs: kept,
    entityIds,
    model: s.model,
    isCandidate: s.blocking.isCandidate,
    stats: {
      records: records.length,
      candidatePairs: s.gammas.count,
      blocking: s.blocking.rules,
      matches,
      reviews: kept.length - matches,
      householdGuarded: guarded,
      refusedByClusterGuard: clustering.refused.length + clustering.householdRefused.length,
      entities: new Set(entityIds).size,
      emIterations: s.model.trainedOn?.iterations ?? 0,
    },
  };
}
