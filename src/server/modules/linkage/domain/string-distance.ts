// String similarity primitives used by the comparators (Jaro-Winkler lives in src/shared, aid
// uses it too). Written for short strings (names, ids): buffers are reused between calls because
// these run millions of times per dedup run.

import { jaroWinkler } from "../../../../shared/jaro-winkler";

export { jaro, jaroWinkler } from "../../../../shared/jaro-winkler";

let row0 = new Int32Array(64);
let row1 = new Int32Array(64);
let row2 = new Int32Array(64);

/**
 * Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count as one
 * edit). `max` lets callers stop early: the result is only exact up to `max + 1`.
 */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (row0.length <= lb) {
    row0 = new Int32Array(lb * 2 + 1);
    row1 = new Int32Array(lb * 2 + 1);
    row2 = new Int32Array(lb * 2 + 1);
  }
  let prev2 = row0;
  let prev = row1;
  let cur = row2;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] ?? 0;
}

/** Jaccard similarity of two token sets. */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setB = new Set(b);
  const setA = new Set(a);
  let inter = 0;
  for (const t of setA) if (setB.has(t)) inter++;
  return inter / (setA.size + setB.size - inter);
}

/** Upper bound of Jaro-Winkler from the lengths alone (all of the shorter string matching). */
function jaroWinklerBound(la: number, lb: number): number {
  const j = (Math.min(la, lb) / Math.max(la, lb) + 2) / 3;
  return j + 0.4 * (1 - j);
}

/**
 * Soft token-set similarity: every token of the smaller set is paired with an unused token of the
 * other, exact matches first, then the most similar one (Jaro-Winkler ≥ `minSim`); the score is
 * the matched similarity over the size of the larger set. A fuzzy partner must share the first or
 * the last letter: a single typo rarely changes both, and the check spares most comparisons.
 */
export function softTokenSimilarity(a: readonly string[], b: readonly string[], minSim = 0.88): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const n = Math.min(large.length, 30);
  const m = Math.min(small.length, 30);
  let usedLarge = 0;
  let usedSmall = 0;
  let score = 0;
  for (let i = 0; i < m; i++) {
    const t = small[i] ?? "";
    for (let j = 0; j < n; j++) {
      if ((usedLarge & (1 << j)) === 0 && large[j] === t) {
        usedLarge |= 1 << j;
        usedSmall |= 1 << i;
        score += 1;
        break;
      }
    }
  }
  for (let i = 0; i < m; i++) {
    if ((usedSmall & (1 << i)) !== 0) continue;
    const t = small[i] ?? "";
    const first = t.charCodeAt(0);
    const last = t.charCodeAt(t.length - 1);
    let best = 0;
    let bestIdx = -1;
    for (let j = 0; j < n; j++) {
      if ((usedLarge & (1 << j)) !== 0) continue;
      const u = large[j] ?? "";
      if (u.charCodeAt(0) !== first && u.charCodeAt(u.length - 1) !== last) continue;
      if (jaroWinklerBound(t.length, u.length) < minSim) continue;
      const s = jaroWinkler(t, u);
      if (s > best) {
        best = s;
        bestIdx = j;
      }
    }
    if (bestIdx >= 0 && best >= minSim) {
      usedLarge |= 1 << bestIdx;
      score += best;
    }
  }
  return score / large.length;
}
