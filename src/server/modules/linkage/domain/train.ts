// Estimating a model from unlabelled candidate pairs (plus reviewer labels when there are some).
import type { Comparison } from "./comparison-types";
import { type Label, runEm } from "./em";
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

export function trainModel(o: TrainOptions): LinkageModel {
  const u = estimateU({
    records: o.records,
    comparisons: o.comparisons,
    samples: o.randomPairs ?? 80_000,
    seed: o.seed ?? 1,
    boundary: o.boundary,
  });
  const initialM = o.comparisons.map((c) => {
    const fromStart = o.start?.comparisons.find((p) => p.name === c.name);
    return fromStart && fromStart.m.length === c.levels.length ? fromStart.m : emptyParams(c).m;
  });
  const em = runEm({
    gammas: o.gammas,
    levelsPerComparison: o.comparisons.map((c) => c.levels.length),
    u,
    initialM,
    initialLambda: o.start?.lambda ?? 0.1,
    labels: o.labels,
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
    trainedOn: {
      records: o.records.length,
      candidatePairs: o.gammas.count,
      iterations: em.iterations,
      labels: o.labels?.size ?? 0,
    },
  };
}
