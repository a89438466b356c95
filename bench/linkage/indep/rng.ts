// Seeded random source of the independent generator (mulberry32: small, deterministic, and
// deliberately not the registry generator's sfc32, so the two share no code).

export type Rand = {
  /** Uniform in [0, 1). */
  u(): number;
  /** Integer in [lo, hi] inclusive. */
  int(lo: number, hi: number): number;
  p(probability: number): boolean;
  one<T>(items: readonly T[]): T;
  /** Heavy-tailed pick: the first items are far more common (namesakes, big villages). */
  skewed<T>(items: readonly T[], exponent?: number): T;
};

export function rand(seed: number): Rand {
  let s = (seed ^ 0x5eed1e55) >>> 0;
  const u = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(u() * (hi - lo + 1));
  return {
    u,
    int,
    p: (probability) => u() < probability,
    one: (items) => items[Math.floor(u() * items.length)] as (typeof items)[number],
    skewed(items, exponent = 1.1) {
      // Inverse-CDF of a continuous power law over the index range.
      const n = items.length;
      const x = u();
      const k = Math.floor(n ** (1 - (1 - x) ** exponent) - 1);
      return items[Math.min(n - 1, Math.max(0, k))] as (typeof items)[number];
    },
  };
}
