// The Fellegi-Sunter model: m and u per comparison level, the prior and the decision thresholds.
// Plain JSON so the product can save it and score without re-running EM.
import type { Comparison, ComparisonName } from "./comparison-types";

export type ComparisonParams = {
  name: ComparisonName;
  levels: string[];
  /** P(level | match). */
  m: number[];
  /** P(level | non-match) among candidate pairs. */
  u: number[];
  /** P(level | non-match) among random pairs: the baseline of term-frequency adjustments. */
  uRandom: number[];
};

export type TermFrequencies = {
  /** Count of each value among records that have one. */
  counts: Record<string, number>;
  total: number;
  /** Frequency assumed for values not in `counts` (a saved model keeps only the common ones). */
  unseen: number;
};

export type Thresholds = {
  /** Probability from which a pair is a match. */
  match: number;
  /** Probability from which a pair goes to human review. */
  review: number;
};

export type LinkageModel = {
  version: 1;
  comparisons: ComparisonParams[];
  /** Prior probability that a candidate pair is a match. */
  lambda: number;
  thresholds: Thresholds;
  tf: Partial<Record<ComparisonName, TermFrequencies>>;
  trainedOn?: { records: number; candidatePairs: number; iterations: number; labels: number };
};

export const DEFAULT_THRESHOLDS: Thresholds = { match: 0.9, review: 0.5 };

const FLOOR = 1e-6;

/** Initial m: most matches agree at the strongest level, few disagree. */
export function initialM(levels: number): number[] {
  const m: number[] = [];
  for (let l = 0; l < levels; l++) m.push(l === levels - 1 ? 0.03 : 0.9 * 0.25 ** l);
  const s = m.reduce((x, y) => x + y, 0);
  return m.map((v) => v / s);
}

export function emptyParams(c: Comparison): ComparisonParams {
  const levels = c.levels.length;
  const u = new Array<number>(levels).fill(1 / levels);
  return { name: c.name, levels: [...c.levels], m: initialM(levels), u, uRandom: u };
}

/** log2(m/u) per level, with floors so that an unseen level never gives an infinite weight. */
export function levelWeights(p: ComparisonParams): number[] {
  return p.m.map((m, l) => Math.log2(Math.max(m, FLOOR) / Math.max(p.u[l] ?? 1, FLOOR)));
}

export function priorWeight(lambda: number): number {
  const l = Math.min(Math.max(lambda, 1e-9), 1 - 1e-9);
  return Math.log2(l / (1 - l));
}

export function weightToProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Serialises a model; the JSON keeps only common term frequencies to stay small. */
export function serialiseModel(model: LinkageModel, maxTfValues = 20_000): string {
  const tf: LinkageModel["tf"] = {};
  for (const [name, t] of Object.entries(model.tf) as Array<[ComparisonName, TermFrequencies]>) {
    const entries = Object.entries(t.counts).sort((a, b) => b[1] - a[1]);
    const kept = entries.slice(0, maxTfValues);
    const last = kept[kept.length - 1];
    const unseen = entries.length > kept.length && last ? last[1] / t.total : t.unseen;
    tf[name] = { counts: Object.fromEntries(kept), total: t.total, unseen };
  }
  return JSON.stringify({ ...model, tf });
}
