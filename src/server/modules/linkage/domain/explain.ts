// Explanation of one pair: what each field contributed to the total weight.
import type { ComparisonName } from "./comparison-types";
import { type GuardReason, householdGuard, nikConflict } from "./guards";
import type { LinkageModel } from "./model";
import { type PrepareOptions, prepareRecord } from "./prepare";
import {
  compileScorer,
  type Decision,
  decide,
  type Scorer,
  tfAdjustment,
  weightToProbability,
} from "./scorer";
import type { LinkRecord, Prepared } from "./types";

export type FieldContribution = {
  comparison: ComparisonName;
  /** Level label, or null when a side lacks the field (no contribution). */
  level: string | null;
  /** log2(m/u) of the level. */
  weight: number;
  /** Extra weight for agreeing on a rare (positive) or common (negative) value. */
  tfAdjustment: number;
};

export type PairExplanation = {
  weight: number;
  probability: number;
  decision: Decision;
  /** Weight of the prior alone. */
  prior: number;
  contributions: FieldContribution[];
  /** Set when the household guard overruled the score. */
  guard: GuardReason | null;
  /** Both records carry valid NIKs that cannot be one person's. */
  nikConflict: boolean;
};

export function explainPrepared(s: Scorer, a: Prepared, b: Prepared): PairExplanation {
  const contributions: FieldContribution[] = [];
  let weight = s.prior;
  s.comparisons.forEach((c, idx) => {
    const level = c.compare(a, b);
    if (level < 0) {
      contributions.push({ comparison: c.name, level: null, weight: 0, tfAdjustment: 0 });
      return;
    }
    const w = s.weights[idx]?.[level] ?? 0;
    const tf = tfAdjustment(s, idx, level, a, b);
    weight += w + tf;
    contributions.push({
      comparison: c.name,
      level: c.levels[level] ?? String(level),
      weight: w,
      tfAdjustment: tf,
    });
  });
  const probability = weightToProbability(weight);
  const guard = householdGuard(a, b);
  const conflict = nikConflict(a, b);
  const decision = guard !== null ? "nonMatch" : decide(probability, s.thresholds);
  return { weight, probability, decision, prior: s.prior, contributions, guard, nikConflict: conflict };
}

/**
 * Scores one pair of raw records with a saved (or the default) model, without re-running EM:
 * what the duplicate hint and the review queue show.
 */
export function scorePair(
  model: LinkageModel,
  a: LinkRecord,
  b: LinkRecord,
  options: PrepareOptions = {},
): PairExplanation {
  return explainPrepared(compileScorer(model), prepareRecord(a, options), prepareRecord(b, options));
}
