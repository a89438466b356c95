// Incremental assignment: new records join existing entities (or start new ones) by scoring them
// against the records they share a blocking key with, using a saved model; nothing is recomputed
// for the records already placed, so existing entity ids never change.
import { preparedBlockingKeys } from "./blocking-keys";
import { newEntityId } from "./entity-ids";
import { explainPrepared, type PairExplanation } from "./explain";
import { householdGuard, niksConflict } from "./guards";
import type { LinkageModel } from "./model";
import { type PrepareOptions, prepareRecord } from "./prepare";
import { compileScorer, decide, type Scorer, scoreLevels, weightToProbability } from "./scorer";
import type { LinkRecord, Prepared } from "./types";

export type EntityIndex = {
  scorer: Scorer;
  records: Prepared[];
  entityOf: string[];
  byKey: Map<string, number[]>;
  niksOf: Map<string, string[]>;
  prepare: PrepareOptions;
};

export type Assignment = {
  recordId: string;
  entityId: string;
  isNewEntity: boolean;
  /** The existing record it matched best, when it joined an entity. */
  matchedRecordId: string | null;
  probability: number;
};

const MAX_PER_KEY = 300;

function asPrepared(r: LinkRecord | Prepared, options: PrepareOptions): Prepared {
  return "fast" in r ? r : prepareRecord(r, options);
}

function add(index: EntityIndex, p: Prepared, entityId: string): void {
  const at = index.records.length;
  index.records.push(p);
  index.entityOf.push(entityId);
  for (const key of preparedBlockingKeys(p)) {
    const list = index.byKey.get(key);
    if (!list) index.byKey.set(key, [at]);
    else if (list.length < MAX_PER_KEY) list.push(at);
  }
  if (p.nik?.isValid) {
    const niks = index.niksOf.get(entityId);
    if (!niks) index.niksOf.set(entityId, [p.nik.digits]);
    else if (!niks.includes(p.nik.digits)) niks.push(p.nik.digits);
  }
}

/** Indexes records that already have entity ids (for example the register after a dedup run). */
export function createEntityIndex(options: {
  model: LinkageModel;
  records: ReadonlyArray<{ record: LinkRecord | Prepared; entityId: string }>;
  prepare?: PrepareOptions;
}): EntityIndex {
  const prepare = options.prepare ?? {};
  const index: EntityIndex = {
    scorer: compileScorer(options.model),
    records: [],
    entityOf: [],
    byKey: new Map(),
    niksOf: new Map(),
    prepare,
  };
  for (const { record, entityId } of options.records) add(index, asPrepared(record, prepare), entityId);
  return index;
}

function candidatesOf(index: EntityIndex, p: Prepared): Set<number> {
  const seen = new Set<number>();
  for (const key of preparedBlockingKeys(p)) for (const at of index.byKey.get(key) ?? []) seen.add(at);
  return seen;
}

export type Candidate = { recordId: string; entityId: string; explanation: PairExplanation };

/**
 * Existing records a typed record may duplicate, strongest first, with their explanations
 * (the duplicate hint); the index is not changed.
 */
export function findCandidates(
  index: EntityIndex,
  record: LinkRecord | Prepared,
  options: { limit?: number; minProbability?: number } = {},
): Candidate[] {
  const p = asPrepared(record, index.prepare);
  const scored: Array<{ at: number; weight: number }> = [];
  const levels = new Int8Array(index.scorer.comparisons.length);
  for (const at of candidatesOf(index, p)) {
    const other = index.records[at];
    if (!other) continue;
    index.scorer.comparisons.forEach((c, k) => {
      levels[k] = c.compare(p, other);
    });
    scored.push({ at, weight: scoreLevels(index.scorer, levels, p, other) });
  }
  scored.sort((x, y) => y.weight - x.weight);
  const minProbability = options.minProbability ?? index.scorer.thresholds.review;
  const out: Candidate[] = [];
  for (const { at, weight } of scored) {
    if (out.length >= (options.limit ?? 5) || weightToProbability(weight) < minProbability) break;
    const other = index.records[at] as Prepared;
    const explanation = explainPrepared(index.scorer, p, other);
    if (explanation.decision === "nonMatch" && explanation.guard !== null) continue;
    out.push({ recordId: other.id, entityId: index.entityOf[at] ?? "", explanation });
  }
  return out;
}

function bestMatch(index: EntityIndex, p: Prepared): { at: number; weight: number } | null {
  const seen = candidatesOf(index, p);
  let best: { at: number; weight: number } | null = null;
  const levels = new Int8Array(index.scorer.comparisons.length);
  for (const at of seen) {
    const other = index.records[at];
    if (!other || householdGuard(p, other) !== null) continue;
    index.scorer.comparisons.forEach((c, k) => {
      levels[k] = c.compare(p, other);
    });
    const weight = scoreLevels(index.scorer, levels, p, other);
    if (decide(weightToProbability(weight), index.scorer.thresholds) !== "match") continue;
    const entity = index.entityOf[at] ?? "";
    const niks = index.niksOf.get(entity) ?? [];
    if (p.nik?.isValid && niks.some((n) => niksConflict(n, p.nik?.digits ?? ""))) continue;
    if (!best || weight > best.weight) best = { at, weight };
  }
  return best;
}

/**
 * Places new records one by one (a later record may join an entity an earlier one started).
 * The index is updated in place.
 */
export function assignRecords(
  index: EntityIndex,
  records: ReadonlyArray<LinkRecord | Prepared>,
): Assignment[] {
  const taken = new Set(index.entityOf);
  return records.map((r) => {
    const p = asPrepared(r, index.prepare);
    const best = bestMatch(index, p);
    if (best) {
      const entityId = index.entityOf[best.at] ?? "";
      add(index, p, entityId);
      return {
        recordId: p.id,
        entityId,
        isNewEntity: false,
        matchedRecordId: index.records[best.at]?.id ?? null,
        probability: weightToProbability(best.weight),
      };
    }
    let salt = 0;
    let entityId = newEntityId(p.id);
    while (taken.has(entityId)) entityId = newEntityId(p.id, ++salt);
    taken.add(entityId);
    add(index, p, entityId);
    return { recordId: p.id, entityId, isNewEntity: true, matchedRecordId: null, probability: 0 };
  });
}
