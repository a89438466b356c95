import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp, splitByLargestRemainder, splitProportionalCapped } from "./largest-remainder";

describe("splitByLargestRemainder", () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [5000, [1, 1, 1], [1667, 1667, 1666]],
    [100, [50, 30, 20], [50, 30, 20]],
    [7, [2, 2, 3], [2, 2, 3]],
    [1, [1, 1], [1, 0]],
    [-10, [1, 1, 1], [-4, -3, -3]],
    [0, [0, 0], [0, 0]],
    [9, [0, 3], [0, 9]],
  ])("%d over %j → %j", (total, weights, parts) => {
    expect(splitByLargestRemainder(total, weights)).toEqual(parts);
  });

  it("refuses what cannot be split", () => {
    expect(() => splitByLargestRemainder(5, [0, 0])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(5.5, [1])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(5, [-1, 2])).toThrow(RangeError);
  });

  it("adds up exactly and each part is within one unit of its exact share", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 })
          .filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const parts = splitByLargestRemainder(total, weights);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
          const sum = weights.reduce((s, w) => s + w, 0);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (total * (weights[i] ?? 0)) / sum)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe("roundHalfUp", () => {
  it.each([
    [5n, 2n, 3],
    [4n, 2n, 2],
    [7n, 4n, 2],
    [-5n, 2n, -2],
    [-7n, 4n, -2],
    [1n, 3n, 0],
    [-1n, 3n, 0],
    [2n, 3n, 1],
  ])("%d/%d → %d", (n, d, out) => {
    expect(roundHalfUp(n, d)).toBe(out);
  });
});

describe("splitProportionalCapped", () => {
  it.each([
    [
      "no cap binds",
      90,
      [
        { weight: 1, cap: 100 },
        { weight: 2, cap: 100 },
      ],
      [30, 60],
      0,
    ],
    [
      "a capped item's surplus goes to the others",
      90,
      [
        { weight: 1, cap: 100 },
        { weight: 2, cap: 40 },
      ],
      [50, 40],
      0,
    ],
    [
      "cascading caps",
      100,
      [
        { weight: 5, cap: 10 },
        { weight: 3, cap: 20 },
        { weight: 2, cap: 1000 },
      ],
      [10, 20, 70],
      0,
    ],
    [
      "not enough room",
      100,
      [
        { weight: 1, cap: 30 },
        { weight: 1, cap: 20 },
      ],
      [30, 20],
      50,
    ],
    [
      "zero-weight items only after the others are full",
      12,
      [
        { weight: 0, cap: 10 },
        { weight: 1, cap: 5 },
      ],
      [7, 5],
      0,
    ],
  ])("%s", (_name, total, claims, parts, unplaced) => {
    expect(splitProportionalCapped(total, claims)).toEqual({ parts, unplaced });
  });

  it("places min(total, Σ caps), never passes a cap", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.array(
          fc.record({ weight: fc.integer({ min: 0, max: 500 }), cap: fc.integer({ min: 0, max: 2_000 }) }),
          { maxLength: 40 },
        ),
        (total, claims) => {
          const { parts, unplaced } = splitProportionalCapped(total, claims);
          const capSum = claims.reduce((s, c) => s + c.cap, 0);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(Math.min(total, capSum));
          expect(unplaced).toBe(Math.max(0, total - capSum));
          parts.forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(claims[i]?.cap ?? 0);
          });
        },
      ),
    );
  });
});
