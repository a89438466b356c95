import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../../../shared/rng";
import { runEm } from "./em";
import type { Gammas } from "./gamma";

/** Draws comparison vectors from known m, u and match share. */
function simulate(options: { m: number[][]; u: number[][]; lambda: number; pairs: number; seed: number }) {
  const rng = mulberry32(options.seed);
  const width = options.m.length;
  const data = new Int8Array(options.pairs * width);
  const truth: boolean[] = [];
  const draw = (probs: number[]) => {
    let x = rng();
    for (let l = 0; l < probs.length; l++) {
      x -= probs[l] ?? 0;
      if (x <= 0) return l;
    }
    return probs.length - 1;
  };
  for (let p = 0; p < options.pairs; p++) {
    const isMatch = rng() < options.lambda;
    truth.push(isMatch);
    for (let c = 0; c < width; c++) data[p * width + c] = draw((isMatch ? options.m : options.u)[c] ?? []);
  }
  const gammas: Gammas = { data, width, count: options.pairs };
  return { gammas, truth };
}

const M = [
  [0.85, 0.1, 0.05],
  [0.9, 0.1],
  [0.7, 0.2, 0.1],
  [0.95, 0.05],
];
const U = [
  [0.02, 0.08, 0.9],
  [0.1, 0.9],
  [0.05, 0.15, 0.8],
  [0.3, 0.7],
];

describe("runEm", () => {
  it.each([
    [0.05, 1],
    [0.2, 2],
    [0.5, 3],
  ])("recovers m and the match share (λ = %s) without labels", (lambda, seed) => {
    const { gammas } = simulate({ m: M, u: U, lambda, pairs: 40_000, seed });
    const result = runEm({
      gammas,
      levelsPerComparison: [3, 2, 3, 2],
      u: U,
      initialM: M.map((row) => row.map(() => 1 / row.length)).map((row, c) =>
        c === 0 ? [0.6, 0.3, 0.1] : row,
      ),
      estimateU: true,
    });
    expect(result.lambda).toBeCloseTo(lambda, 1);
    expect(result.m[0]?.[0]).toBeCloseTo(0.85, 1);
    expect(result.m[1]?.[0]).toBeCloseTo(0.9, 1);
    expect(result.u[0]?.[2]).toBeCloseTo(0.9, 1);
  });

  it("labels pin their pairs: all-match labels push m towards the labelled pattern", () => {
    const { gammas, truth } = simulate({ m: M, u: U, lambda: 0.1, pairs: 5_000, seed: 7 });
    const labels = new Map<number, "match" | "nonMatch">();
    for (const [p, isMatch] of truth.entries()) labels.set(p, isMatch ? "match" : "nonMatch");
    const result = runEm({
      gammas,
      levelsPerComparison: [3, 2, 3, 2],
      u: U,
      initialM: M,
      labels,
      estimateU: true,
    });
    const share = truth.filter(Boolean).length / truth.length;
    expect(result.lambda).toBeCloseTo(share, 6);
  });

  it("with u fixed, u stays as given", () => {
    const { gammas } = simulate({ m: M, u: U, lambda: 0.2, pairs: 2_000, seed: 9 });
    const result = runEm({ gammas, levelsPerComparison: [3, 2, 3, 2], u: U, initialM: M });
    expect(result.u).toEqual(U);
  });
});
