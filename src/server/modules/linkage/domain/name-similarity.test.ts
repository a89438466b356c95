import { describe, expect, it } from "vitest";
import { normaliseName } from "./name-normalise";
import { compareNameTokens, tokenSimilarity } from "./name-similarity";

const level = (a: string, b: string) => compareNameTokens(normaliseName(a).tokens, normaliseName(b).tokens);

describe("compareNameTokens", () => {
  it.each([
    ["Siti Aminah", "SITI AMINAH", "exact"],
    ["Moh. Rizki", "Muhammad Rizky", "exact"],
    ["H. Ahmad Yani", "Ahmad Yani, S.E.", "exact"],
    ["Siregar Budi", "Budi Siregar", "sameTokens"],
    ["Nur Hayati", "Nurhayati", "sameTokens"],
    ["Budi Santoso", "Budi Santosa", "fuzzy"],
    ["Budi Santoso", "Budi Snatoso", "fuzzy"],
    ["Muhammad Rizki", "M. Rizki", "fuzzy"],
    ["Siti Nur Aminah", "Siti Aminah", "subset"],
    ["Budi", "Budi Santoso", "subset"],
    ["Siti Aminah", "Siti Rahmawati", "partial"],
    ["Budi Santoso", "Agus Salim", "different"],
  ])("%s vs %s → %s", (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });

  it.each([
    ["Dewi Lestari", "Dwi Lestari"],
    ["Eko Kurniawan", "Eko Kurniawati"],
    ["Rizki Pratama", "Rizka Pratama"],
    ["Putra Wijaya", "Putri Wijaya"],
  ])("look-alike names %s / %s are never a fuzzy match", (a, b) => {
    expect(["exact", "sameTokens", "fuzzy", "subset"]).not.toContain(level(a, b));
  });
});

describe("tokenSimilarity", () => {
  it.each([
    ["BUDI", "BUDI", 1],
    ["DEWI", "DWI", 0],
    ["KURNIAWAN", "KURNIAWATI", 0],
  ])("%s / %s = %s", (a, b, s) => {
    expect(tokenSimilarity(a, b)).toBe(s);
  });

  it("an initial agrees with a token that starts with it, weakly", () => {
    expect(tokenSimilarity("M", "MUHAMAD")).toBeGreaterThan(0.8);
    expect(tokenSimilarity("M", "MUHAMAD")).toBeLessThan(1);
    expect(tokenSimilarity("S", "MUHAMAD")).toBe(0);
  });

  it("old J for Y is near-equal (Janti / Yanti)", () => {
    expect(tokenSimilarity("JANTI", "YANTI")).toBeGreaterThanOrEqual(0.96);
  });

  it("one swapped pair of letters in a short name is near-equal (SRI / SIR)", () => {
    expect(tokenSimilarity("SRI", "SIR")).toBeGreaterThanOrEqual(0.88);
  });
});
