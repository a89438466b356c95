import { describe, expect, it } from "vitest";
import { jaro, jaroWinkler } from "./jaro-winkler";

// The matching engine's cases (the standard's published values) and aid's copy's cases; aid's
// copy boosted a shared prefix even below a Jaro of 0.7, unlike the standard (marked "was …").
describe("jaroWinkler", () => {
  it.each([
    ["MARTHA", "MARHTA", 0.9611],
    ["DWAYNE", "DUANE", 0.84],
    ["DIXON", "DICKSONX", 0.8133],
    ["ABC", "ABC", 1],
    ["ABC", "XYZ", 0],
    ["", "", 1],
    ["", "ABC", 0],
    ["AB", "AC", 0.6667], // was 0.7 in aid: no prefix boost at or below a Jaro of 0.7
    ["BUDIXY", "BAMBANG", 0.4365], // was 0.4929 in aid
  ])("jaroWinkler(%s, %s) ≈ %s", (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
    expect(jaroWinkler(b, a)).toBeCloseTo(expected, 3);
  });

  it("jaro is symmetric and below Jaro-Winkler for shared prefixes", () => {
    expect(jaro("SUPARNO", "SUPRANO")).toBeCloseTo(jaro("SUPRANO", "SUPARNO"), 10);
    expect(jaroWinkler("SUPARNO", "SUPRANO")).toBeGreaterThan(jaro("SUPARNO", "SUPRANO"));
  });

  it("stays in [0, 1] and reuses its buffers safely across long and short strings", () => {
    const long = "A".repeat(200);
    expect(jaroWinkler(long, `${long}B`)).toBeGreaterThan(0.99);
    expect(jaroWinkler("SITI", "SITI")).toBe(1);
    expect(jaroWinkler("SITI", "SRI")).toBeLessThan(1);
  });
});
