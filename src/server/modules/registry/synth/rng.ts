// Seeded random numbers for the generator: the same seed always gives the same register.

export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks with Zipf-like weights: early items are much more common than late ones. */
  zipf<T>(items: readonly T[], exponent?: number): T;
};

export function createRng(seed: number): Rng {
  let a = seed >>> 0 || 1;
  let b = (seed * 2654435761) >>> 0 || 2;
  let c = 0x9e3779b9;
  let d = 0x7f4a7c15;
  const next = (): number => {
    // sfc32: fast, 128-bit state, good enough statistical quality for test data.
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
  const zipfTables = new WeakMap<readonly unknown[], Float64Array>();
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
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
  return rng;
}
