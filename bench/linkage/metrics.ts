// Pairwise precision / recall / F1 against ground-truth entity labels.

export type PairMetrics = {
  truePairs: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
};

function countPairsWithin(groups: Map<string, number>): number {
  let s = 0;
  for (const n of groups.values()) s += (n * (n - 1)) / 2;
  return s;
}

function finish(truePairs: number, predicted: number, correct: number): PairMetrics {
  const precision = predicted === 0 ? 1 : correct / predicted;
  const recall = truePairs === 0 ? 1 : correct / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePairs, predicted, correct, precision, recall, f1 };
}

/** Number of true pairs (records sharing a truth label). */
export function truePairCount(truth: readonly string[]): number {
  const groups = new Map<string, number>();
  for (const t of truth) groups.set(t, (groups.get(t) ?? 0) + 1);
  return countPairsWithin(groups);
}

/** Metrics of predicted clusters (every pair inside a cluster is predicted). */
export function clusterMetrics(truth: readonly string[], predicted: readonly string[]): PairMetrics {
  const pred = new Map<string, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < truth.length; i++) {
    const p = predicted[i] ?? `#${i}`;
    pred.set(p, (pred.get(p) ?? 0) + 1);
    const k = `${p}\u0000${truth[i]}`;
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  return finish(truePairCount(truth), countPairsWithin(pred), countPairsWithin(both));
}

/** Metrics of a list of predicted pairs (record indices). */
export function pairListMetrics(
  truth: readonly string[],
  pairs: ReadonlyArray<readonly [number, number]>,
): PairMetrics {
  let correct = 0;
  for (const [i, j] of pairs) if (truth[i] === truth[j]) correct++;
  return finish(truePairCount(truth), pairs.length, correct);
}
