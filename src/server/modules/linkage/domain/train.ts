// Estimating a model from unlabelled candidate pairs (plus reviewer labels when there are some).
import type { Comparison } from "./comparison-types";
import { type Label, type Pattern, patternsOf, runEmOnPatterns } from "./em";
import { estimateU, type Gammas } from "./gamma";
import { DEFAULT_THRESHOLDS, emptyParams, type LinkageModel, type Thresholds } from "./model";
import { type TfTable, tfTableToModel } from "./term-frequency";
import type { Prepared } from "./types";

export type TrainOptions = {
  records: readonly Prepared[];
  comparisons: readonly Comparison[];
  gammas: Gammas;
  tf: ReadonlyArray<TfTable | null>;
  /** Random pairs sampled for u. */
  randomPairs?: number;
  seed?: number;
  boundary?: number;
  labels?: ReadonlyMap<number, Label>;
  /** Start EM from this model's m (for example the default model). */
  start?: LinkageModel;
  thresholds?: Thresholds;
};

export function randomPairU(
  o: Pick<TrainOptions, "records" | "comparisons" | "randomPairs" | "seed" | "boundary">,
): number[][] {
  return estimateU({
    records: o.records,
    comparisons: o.comparisons,
    samples: o.randomPairs ?? 80_000,
    seed: o.seed ?? 1,
    boundary: o.boundary,
  });
}

export function trainModel(o: TrainOptions): LinkageModel {
  const u = randomPairU(o);
  return trainOnPatterns({
    comparisons: o.comparisons,
    patterns: patternsOf(
      o.gammas,
      o.comparisons.map((c) => c.levels.length),
      o.labels,
    ),
    u,
    tf: o.tf,
    start: o.start,
    thresholds: o.thresholds,
    records: o.records.length,
    candidatePairs: o.gammas.count,
  });
}

/** EM on (possibly merged) comparison-vector patterns; u from random pairs starts it. */
export function trainOnPatterns(o: {
  comparisons: readonly Comparison[];
  patterns: readonly Pattern[];
  u: number[][];
  tf: ReadonlyArray<TfTable | null>;
  start?: LinkageModel;
  thresholds?: Thresholds;
  records: number;
  candidatePairs: number;
}): LinkageModel {
  const u = o.u;
  const labels = o.patterns.reduce((n, p) => n + (p.fixed >= 0 ? p.count : 0), 0);
  const initialM = o.comparisons.map((c) => {
    const fromStart = o.start?.comparisons.find((p) => p.name === c.name);
    return fromStart && fromStart.m.length === c.levels.length ? fromStart.m : emptyParams(c).m;
  });
  const em = runEmOnPatterns(o.patterns, {
    levelsPerComparison: o.comparisons.map((c) => c.levels.length),
    u,
    initialM,
    initialLambda: o.start?.lambda ?? 0.1,
    estimateU: true,
  });
  const tf: LinkageModel["tf"] = {};
  o.comparisons.forEach((c, idx) => {
    const t = o.tf[idx];
    if (t) tf[c.name] = tfTableToModel(t);
  });
  return {
    version: 1,
    comparisons: o.comparisons.map((c, idx) => ({
      name: c.name,
      levels: [...c.levels],
      m: em.m[idx] ?? [],
      u: em.u[idx] ?? [],
      uRandom: u[idx] ?? [],
    })),
    lambda: em.lambda,
    thresholds: o.thresholds ?? DEFAULT_THRESHOLDS,
    tf,
    trainedOn: { records: o.records, candidatePairs: o.candidatePairs, iterations: em.iterations, labels },
  };
}
