// Scores candidate pairs with a model: prior + Σ log2(m/u) + term-frequency adjustments.
import type { Comparison } from "./comparison-types";
import { comparisonByName } from "./comparisons";
import { type LinkageModel, levelWeights, priorWeight, type Thresholds, weightToProbability } from "./model";
import { frequency, type TfTable, tfTableFromModel } from "./term-frequency";
import type { Prepared } from "./types";

export type Decision = "match" | "review" | "nonMatch";

export type Scorer = {
  comparisons: Comparison[];
  weights: number[][];
  /** Random-pair u: the baseline that term frequencies are compared with. */
  u: number[][];
  prior: number;
  tf: Array<TfTable | null>;
  thresholds: Thresholds;
};

/** Prepares a model for fast scoring; `tf` overrides the model's saved term frequencies. */
export function compileScorer(model: LinkageModel, tf?: ReadonlyArray<TfTable | null>): Scorer {
  const comparisons = model.comparisons.map((p) => comparisonByName(p.name));
  return {
    comparisons,
    weights: model.comparisons.map(levelWeights),
    u: model.comparisons.map((p) => p.uRandom),
    prior: priorWeight(model.lambda),
    tf:
      tf?.slice() ??
      model.comparisons.map((p) => {
        const t = model.tf[p.name];
        return t ? tfTableFromModel(t) : null;
      }),
    thresholds: model.thresholds,
  };
}

/** Weight change for agreeing on this exact value instead of an average one. */
export function tfAdjustment(s: Scorer, c: number, level: number, a: Prepared, b: Prepared): number {
  const table = s.tf[c];
  const comp = s.comparisons[c];
  if (!table || !comp?.tfValue || !comp.tfLevels?.includes(level)) return 0;
  const va = comp.tfValue(a);
  if (va === "" || va !== comp.tfValue(b)) return 0;
  const u = s.u[c]?.[level] ?? 0;
  if (u <= 0) return 0;
  return Math.log2(u / Math.max(frequency(table, va), 1e-9));
}

export function decide(probability: number, t: Thresholds): Decision {
  return probability >= t.match ? "match" : probability >= t.review ? "review" : "nonMatch";
}

/** Total weight of a pair from its levels (row of the gamma matrix). */
export function scoreLevels(s: Scorer, levels: ArrayLike<number>, a: Prepared, b: Prepared): number {
  let w = s.prior;
  for (let c = 0; c < s.comparisons.length; c++) {
    const l = levels[c] ?? -1;
    if (l < 0) continue;
    w += (s.weights[c]?.[l] ?? 0) + tfAdjustment(s, c, l, a, b);
  }
  return w;
}

export { weightToProbability };
