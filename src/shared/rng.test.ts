// The demo register, the synthetic registers and the linkage samples are built from these exact
// sequences: a changed generator would silently change every one of them.
import { describe, expect, it } from "vitest";
import { drawsFrom, mulberry32, sfc32, xorshift32 } from "./rng";

const first3 = (next: () => number) => [next(), next(), next()];

describe("seeded generators", () => {
  it("keep their sequences", () => {
    expect(first3(mulberry32(42))).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    expect(first3(mulberry32(2020))).toEqual([0.8437384956050664, 0.6316919585224241, 0.9421816598623991]);
    expect(first3(sfc32(42))).toEqual([0.7310194722376764, 0.7845064830034971, 0.3623414484318346]);
    expect(first3(sfc32(0))).toEqual([0.7638089493848383, 0.7987496342975646, 0.8523347056470811]);
    expect(first3(xorshift32(42))).toEqual([0.002643892541527748, 0.660311977379024, 0.11095708678476512]);
    expect(first3(xorshift32(0))).toEqual(first3(xorshift32(1)));
  });

  it("draws helpers from the generator alone", () => {
    const a = drawsFrom(mulberry32(7));
    const b = mulberry32(7);
    expect(a.int(1, 6)).toBe(1 + Math.floor(b() * 6));
    expect(a.chance(0.5)).toBe(b() < 0.5);
    expect(a.pick(["x", "y", "z"])).toBe(["x", "y", "z"][Math.floor(b() * 3)]);
    const items = [1, 2, 3, 4, 5];
    const picked = a.sample(items, 3);
    expect(new Set(picked).size).toBe(3);
    expect(items).toEqual([1, 2, 3, 4, 5]);
  });

  it("favours early items in a Zipf pick", () => {
    const rng = drawsFrom(sfc32(3));
    const items = ["a", "b", "c", "d", "e", "f", "g", "h"];
    const counts = new Map<string, number>();
    for (let i = 0; i < 4000; i++) {
      const v = rng.zipf(items);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    expect(counts.get("a") ?? 0).toBeGreaterThan(3 * (counts.get("h") ?? 0));
  });
});
