// Reviewers' decisions refine a saved model without re-running EM: accepted pairs are matches
// (they update m), rejected pairs are candidate non-matches (they update u). Each level's new
// value is a blend of the old one, weighted as `priorPairs` pseudo-pairs, and the labelled counts.
import type { LinkageModel } from "./model";
import { type PrepareOptions, prepareRecord } from "./prepare";
import { compileScorer } from "./scorer";
import type { LinkRecord, Prepared } from "./types";

export type ReviewedPair = { a: LinkRecord | Prepared; b: LinkRecord | Prepared; label: "accept" | "reject" };

function isPrepared(r: LinkRecord | Prepared): r is Prepared {
  return "fast" in r;
}

function blend(old: readonly number[], counts: readonly number[], prior: number): number[] {
  const n = counts.reduce((x, y) => x + y, 0);
  if (n === 0) return [...old];
  return old.map((v, l) => Math.max((v * prior + (counts[l] ?? 0)) / (prior + n), 1e-6));
}

export function applyReviewerLabels(
  model: LinkageModel,
  pairs: readonly ReviewedPair[],
  options: { priorPairs?: number; prepare?: PrepareOptions } = {},
): LinkageModel {
  const prior = options.priorPairs ?? 50;
  const scorer = compileScorer(model);
  const acc = model.comparisons.map((c) => ({
    match: new Array<number>(c.levels.length).fill(0),
    non: new Array<number>(c.levels.length).fill(0),
  }));
  let accepted = 0;
  for (const p of pairs) {
    const a = isPrepared(p.a) ? p.a : prepareRecord(p.a, options.prepare);
    const b = isPrepared(p.b) ? p.b : prepareRecord(p.b, options.prepare);
    if (p.label === "accept") accepted++;
    scorer.comparisons.forEach((c, idx) => {
      const level = c.compare(a, b);
      const row = acc[idx];
      if (level < 0 || !row) return;
      const target = p.label === "accept" ? row.match : row.non;
      target[level] = (target[level] ?? 0) + 1;
    });
  }
  const total = pairs.length;
  const lambda = total === 0 ? model.lambda : (model.lambda * prior + accepted) / (prior + total);
  return {
    ...model,
    lambda: Math.min(Math.max(lambda, 1e-6), 1 - 1e-6),
    comparisons: model.comparisons.map((c, idx) => ({
      ...c,
      m: blend(c.m, acc[idx]?.match ?? [], prior),
      u: blend(c.u, acc[idx]?.non ?? [], prior),
    })),
    trainedOn: model.trainedOn ? { ...model.trainedOn, labels: model.trainedOn.labels + total } : undefined,
  };
}
