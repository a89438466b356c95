// Seeded random numbers for the benchmarks, so every run works on the same data.
export { createRng as mulberry32 } from "../../src/server/modules/linkage/domain/rng";

/** xorshift32: uniform in [0, 1). */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}
