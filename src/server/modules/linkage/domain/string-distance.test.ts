import { describe, expect, it } from "vitest";
import { damerauLevenshtein, jaccard, softTokenSimilarity } from "./string-distance";

describe("string similarity", () => {
  it.each([
    ["KITTEN", "SITTING", 3],
    ["CA", "AC", 1],
    ["", "ABC", 3],
    ["3204110609970001", "3204110690970001", 1],
    ["SAME", "SAME", 0],
  ])("damerauLevenshtein(%s, %s) = %s", (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it("damerauLevenshtein stops early past the limit", () => {
    expect(damerauLevenshtein("AAAAAAAA", "BBBBBBBB", 2)).toBe(3);
  });

  it.each([
    [["JL", "MERDEKA", "NO", "5"], ["JL", "MERDEKA", "NO", "5"], 1],
    [["JL", "MERDEKA"], ["MERDEKA", "JL"], 1],
    [["JL", "MERDEKA"], ["JL", "MERDKA"], 0.9],
    [["GG", "MAWAR"], ["JL", "SUDIRMAN"], 0],
  ])("softTokenSimilarity %j / %j ≥ %s", (a, b, atLeast) => {
    const s = softTokenSimilarity(a, b);
    if (atLeast === 0) expect(s).toBe(0);
    else expect(s).toBeGreaterThanOrEqual(atLeast);
  });

  it("jaccard of token sets", () => {
    expect(jaccard(["A", "B"], ["B", "C"])).toBeCloseTo(1 / 3, 10);
  });
});
