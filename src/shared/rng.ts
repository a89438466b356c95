// Seeded random numbers: the same seed always gives the same sequence, so linkage sampling, the demo
// register, the synthetic registers, the fuzz test and the benchmarks are reproducible (their
// tests pin the exact sequences).

/** A draw in [0, 1). */
export type Random = () => number;

/** mulberry32: one 32-bit word of state, tiny and fast (linkage sampling, the demo register). */
export function mulberry32(seed: number): Random {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** sfc32: 128 bits of state for the large synthetic registers (12 draws thrown away to mix the seed). */
export function sfc32(seed: number): Random {
  let a = seed >>> 0 || 1;
  let b = (seed * 2654435761) >>> 0 || 2;
  let c = 0x9e3779b9;
  let d = 0x7f4a7c15;
  const next = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** xorshift32: the smallest of them (seed 0 would repeat zeros forever, so it becomes 1). */
export function xorshift32(seed: number): Random {
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

export type Rng = {
  next: Random;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks k distinct items (k ≤ items.length). */
  sample<T>(items: readonly T[], k: number): T[];
  /** Picks with Zipf-like weights: early items are much more common than late ones. */
  zipf<T>(items: readonly T[], exponent?: number): T;
};

/** The usual draws on top of a generator; each helper takes its draws from `next` alone. */
export function drawsFrom(next: Random): Rng {
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    sample(items, k) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, k);
    },
    zipf(items, exponent = 1) {
      let cdf = zipfTables.get(items);
      if (!cdf) {
        cdf = new Float64Array(items.length);
        let s = 0;
        for (let i = 0; i < items.length; i++) {
          s += 1 / (i + 1) ** exponent;
          cdf[i] = s;
        }
        for (let i = 0; i < items.length; i++) cdf[i] = (cdf[i] ?? 0) / s;
        zipfTables.set(items, cdf);
      }
      const x = next();
      let lo = 0;
      let hi = items.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cdf[mid] ?? 1) < x) lo = mid + 1;
        else hi = mid;
      }
      return items[lo] as (typeof items)[number];
    },
  };
}
