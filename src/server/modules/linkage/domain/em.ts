// Expectation-maximisation of m, u and the prior on candidate pairs. u starts from random pairs;
// re-estimating it on the candidates matters because blocked non-matches agree far more often
// than random pairs do (a pair blocked on birth date always agrees on it).
// Works on the histogram of distinct comparison vectors, so each iteration is cheap even for
// millions of pairs. Reviewer labels pin their pairs' match probability to 1 or 0.
import type { Gammas } from "./gamma";

export type Label = "match" | "nonMatch";

export type EmInput = {
  gammas: Gammas;
  levelsPerComparison: readonly number[];
  u: readonly (readonly number[])[];
  initialM: readonly (readonly number[])[];
  initialLambda?: number;
  /** Pair index → reviewer label. */
  labels?: ReadonlyMap<number, Label>;
  maxIterations?: number;
  /** Also re-estimate u on the candidate pairs (start from `u`). */
  estimateU?: boolean;
  /** Comparisons whose m stays as given (for example from a trusted default). */
  fixedM?: ReadonlySet<number>;
};

export type EmResult = { m: number[][]; u: number[][]; lambda: number; iterations: number };

/** One distinct comparison vector with its count; fixed = 1/0 for labelled pairs, -1 otherwise. */
export type Pattern = { levels: Int8Array; count: number; fixed: number };

function histogram(g: Gammas, radix: readonly number[], labels?: ReadonlyMap<number, Label>): Pattern[] {
  const map = new Map<number, Pattern>();
  const span = radix.reduce((x, r) => x * r, 1);
  for (let p = 0; p < g.count; p++) {
    const base = p * g.width;
    let key = 0;
    for (let c = 0; c < g.width; c++) key = key * (radix[c] ?? 1) + (g.data[base + c] ?? -1) + 1;
    const label = labels?.get(p);
    const fixed = label === "match" ? 1 : label === "nonMatch" ? 0 : -1;
    key += (fixed + 1) * span;
    const found = map.get(key);
    if (found) found.count++;
    else map.set(key, { levels: g.data.slice(base, base + g.width), count: 1, fixed });
  }
  return [...map.values()];
}

/**
 * M-step with a Dirichlet prior worth `PRIOR_PAIRS` pairs at the starting values: irrelevant for
 * thousands of pairs, but a file with a handful of candidates keeps sensible parameters.
 */
const PRIOR_PAIRS = 10;

function normalise(acc: number[], total: number, prior: readonly number[]): number[] {
  return acc.map((v, l) => Math.max((v + PRIOR_PAIRS * (prior[l] ?? 0)) / (total + PRIOR_PAIRS), 1e-6));
}

/** The distinct comparison vectors of a set of pairs (what EM needs; small and mergeable). */
export function patternsOf(
  g: Gammas,
  levelsPerComparison: readonly number[],
  labels?: ReadonlyMap<number, Label>,
): Pattern[] {
  return histogram(
    g,
    levelsPerComparison.map((n) => n + 1),
    labels,
  );
}

/** Sums the patterns of several partitions. */
export function mergePatterns(parts: ReadonlyArray<readonly Pattern[]>): Pattern[] {
  const map = new Map<string, Pattern>();
  for (const part of parts) {
    for (const p of part) {
      const key = `${p.fixed}:${p.levels.join(",")}`;
      const found = map.get(key);
      if (found) found.count += p.count;
      else map.set(key, { levels: Int8Array.from(p.levels), count: p.count, fixed: p.fixed });
    }
  }
  return [...map.values()];
}

export function runEm(input: EmInput): EmResult {
  return runEmOnPatterns(patternsOf(input.gammas, input.levelsPerComparison, input.labels), input);
}

export function runEmOnPatterns(
  patterns: readonly Pattern[],
  input: Omit<EmInput, "gammas" | "labels">,
): EmResult {
  const L = input.levelsPerComparison;
  const width = L.length;
  let m = input.initialM.map((row) => [...row]);
  let u = input.u.map((row) => [...row]);
  const mPrior = input.initialM;
  const uPrior = input.u;
  let lambda = input.initialLambda ?? 0.1;
  const maxIter = input.maxIterations ?? 200;
  let iter = 0;
  for (; iter < maxIter; iter++) {
    const mAcc = L.map((n) => new Array<number>(n).fill(0));
    const uAcc = L.map((n) => new Array<number>(n).fill(0));
    const mTot = new Array<number>(width).fill(0);
    const uTot = new Array<number>(width).fill(0);
    let matchMass = 0;
    let total = 0;
    const prior = Math.log(lambda / (1 - lambda));
    for (const pat of patterns) {
      let prob = pat.fixed;
      if (prob < 0) {
        let w = prior;
        for (let c = 0; c < width; c++) {
          const l = pat.levels[c] ?? -1;
          if (l < 0) continue;
          w += Math.log(Math.max(m[c]?.[l] ?? 0, 1e-12) / Math.max(u[c]?.[l] ?? 0, 1e-12));
        }
        prob = 1 / (1 + Math.exp(-w));
      }
      const mass = prob * pat.count;
      const nonMass = (1 - prob) * pat.count;
      matchMass += mass;
      total += pat.count;
      for (let c = 0; c < width; c++) {
        const l = pat.levels[c] ?? -1;
        if (l < 0) continue;
        (mAcc[c] as number[])[l] = (mAcc[c]?.[l] ?? 0) + mass;
        mTot[c] = (mTot[c] ?? 0) + mass;
        (uAcc[c] as number[])[l] = (uAcc[c]?.[l] ?? 0) + nonMass;
        uTot[c] = (uTot[c] ?? 0) + nonMass;
      }
    }
    const nextM = mAcc.map((row, c) =>
      input.fixedM?.has(c) ? [...(m[c] ?? [])] : normalise(row, mTot[c] ?? 0, mPrior[c] ?? []),
    );
    const nextU = input.estimateU ? uAcc.map((row, c) => normalise(row, uTot[c] ?? 0, uPrior[c] ?? [])) : u;
    const nextLambda = Math.min(Math.max(matchMass / Math.max(total, 1), 1e-9), 1 - 1e-9);
    let delta = Math.abs(nextLambda - lambda);
    for (let c = 0; c < width; c++) {
      for (let l = 0; l < (L[c] ?? 0); l++) {
        delta = Math.max(delta, Math.abs((nextM[c]?.[l] ?? 0) - (m[c]?.[l] ?? 0)));
        delta = Math.max(delta, Math.abs((nextU[c]?.[l] ?? 0) - (u[c]?.[l] ?? 0)));
      }
    }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (delta < 1e-6) break;
  }
  return { m, u, lambda, iterations: iter + 1 };
}
