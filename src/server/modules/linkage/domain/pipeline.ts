// Shared pipeline of dedup and link: block → compare → train (or reuse a model) → score.
import { type Blocking, type BlockingOptions, blockRecords } from "./blocking";
import type { Comparison } from "./comparison-types";
import { comparisonByName, selectComparisons } from "./comparisons";
import type { Label } from "./em";
import { demoteFamilyNumbers } from "./family-numbers";
import { computeGammas, type Gammas } from "./gamma";
import { householdGuard } from "./guards";
import { DEFAULT_THRESHOLDS, type LinkageModel, type Thresholds, weightToProbability } from "./model";
import { compileScorer, type Decision, decide, scoreLevels } from "./scorer";
import type { TfTable } from "./term-frequency";
import { countTerms } from "./term-frequency";
import { trainModel } from "./train";
import type { FieldPresence, Prepared, ProgressFn } from "./types";

export type ReviewerLabel = { idA: string; idB: string; label: "accept" | "reject" };

export type PipelineOptions = {
  /** A saved model; without `train: true` it is used as is (no EM). */
  model?: LinkageModel;
  train?: boolean;
  thresholds?: Partial<Thresholds>;
  labels?: readonly ReviewerLabel[];
  blocking?: Omit<BlockingOptions, "boundary" | "onProgress">;
  randomPairs?: number;
  seed?: number;
  onProgress?: ProgressFn;
};

export type Scored = {
  blocking: Blocking;
  gammas: Gammas;
  model: LinkageModel;
  weight: Float64Array;
  decision: Decision[];
  guard: Array<string | null>;
};

function labelMap(records: readonly Prepared[], blocking: Blocking, labels: readonly ReviewerLabel[]) {
  const index = new Map(records.map((r, i) => [r.id, i]));
  const wanted = new Map<string, Label>();
  for (const l of labels) {
    const i = index.get(l.idA);
    const j = index.get(l.idB);
    if (i === undefined || j === undefined || i === j) continue;
    wanted.set(`${Math.min(i, j)},${Math.max(i, j)}`, l.label === "accept" ? "match" : "nonMatch");
  }
  const out = new Map<number, Label>();
  for (let p = 0; p < blocking.count && wanted.size > out.size; p++) {
    const label = wanted.get(`${blocking.a[p]},${blocking.b[p]}`);
    if (label) out.set(p, label);
  }
  return out;
}

/** Everything about the candidate pairs that training and scoring need. */
export type Candidates = {
  comparisons: Comparison[];
  blocking: Blocking;
  gammas: Gammas;
  guard: Array<string | null>;
  /** Household pairs (non-matches by rule) and reviewers' labels. */
  labels: Map<number, Label>;
  tf: Array<TfTable | null>;
};

export function buildCandidates(
  records: readonly Prepared[],
  presence: FieldPresence,
  options: PipelineOptions & { boundary?: number },
): Candidates {
  const progress = options.onProgress;
  const comparisons: Comparison[] = options.model
    ? options.model.comparisons.map((p) => comparisonByName(p.name))
    : selectComparisons(presence);
  demoteFamilyNumbers(records);
  const blocking = blockRecords(records, presence, {
    ...options.blocking,
    boundary: options.boundary,
    onProgress: progress,
  });
  const gammas = computeGammas({
    records,
    comparisons,
    a: blocking.a,
    b: blocking.b,
    count: blocking.count,
    onProgress: progress,
  });
  // Household pairs are non-matches by rule; telling EM so keeps it from learning "same family".
  const guard = new Array<string | null>(gammas.count).fill(null);
  const labels = new Map<number, Label>();
  for (let p = 0; p < gammas.count; p++) {
    const a = records[blocking.a[p] ?? 0];
    const b = records[blocking.b[p] ?? 0];
    const g = a && b ? householdGuard(a, b) : null;
    if (g) {
      guard[p] = g;
      labels.set(p, "nonMatch");
    }
  }
  if (options.labels) for (const [p, l] of labelMap(records, blocking, options.labels)) labels.set(p, l);
  const tf = comparisons.map((c) => countTerms(records, c));
  return { comparisons, blocking, gammas, guard, labels, tf };
}

/** Weights and decisions of the candidate pairs under a model. */
export function scoreCandidates(
  records: readonly Prepared[],
  c: Candidates,
  model: LinkageModel,
  onProgress?: ProgressFn,
): { weight: Float64Array; decision: Decision[] } {
  const scorer = compileScorer(model, c.tf);
  const { blocking, gammas, guard, labels } = c;
  const weight = new Float64Array(gammas.count);
  const decision = new Array<Decision>(gammas.count);
  for (let p = 0; p < gammas.count; p++) {
    const a = records[blocking.a[p] ?? 0];
    const b = records[blocking.b[p] ?? 0];
    if (!a || !b) continue;
    const w = scoreLevels(scorer, gammas.data.subarray(p * gammas.width, (p + 1) * gammas.width), a, b);
    weight[p] = w;
    const label = labels.get(p);
    decision[p] =
      guard[p] !== null || label === "nonMatch"
        ? "nonMatch"
        : label === "match"
          ? "match"
          : decide(weightToProbability(w), model.thresholds);
  }
  onProgress?.({ stage: "scoring", done: gammas.count, total: gammas.count });
  return { weight, decision };
}

export function runPipeline(
  records: readonly Prepared[],
  presence: FieldPresence,
  options: PipelineOptions & { boundary?: number },
): Scored {
  const progress = options.onProgress;
  const c = buildCandidates(records, presence, options);
  const thresholds = { ...(options.model?.thresholds ?? DEFAULT_THRESHOLDS), ...options.thresholds };
  let model = options.model ? { ...options.model, thresholds } : undefined;
  if (!model || options.train) {
    progress?.({ stage: "training", done: 0, total: 1 });
    model = trainModel({
      records,
      comparisons: c.comparisons,
      gammas: c.gammas,
      tf: c.tf,
      randomPairs: options.randomPairs,
      seed: options.seed,
      boundary: options.boundary,
      labels: c.labels,
      start: model,
      thresholds,
    });
    progress?.({ stage: "training", done: 1, total: 1 });
  }
  const { weight, decision } = scoreCandidates(records, c, model, progress);
  return { blocking: c.blocking, gammas: c.gammas, model, weight, decision, guard: c.guard };
}
