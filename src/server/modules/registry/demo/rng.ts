// Seeded randomness for the demo: the same seed gives the same register, ids included.

export type Rng = {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks k distinct items (k ≤ items.length). */
  sample<T>(items: readonly T[], k: number): T[];
};

/** mulberry32: tiny, fast and good enough for demo data. */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample(items, k) {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy.slice(0, k);
    },
  };
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

/** A UUIDv7 whose time part is `ms` and whose random part comes from the seeded generator. */
export function demoId(rng: Rng, ms: number): string {
  const time = hex(ms, 12);
  const r = () => rng.int(0, 0xffff);
  const variant = (0x8000 | (r() & 0x3fff)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${hex(r() & 0xfff, 3)}-${variant}-${hex(r(), 4)}${hex(r(), 4)}${hex(r(), 4)}`;
}

/** A moment between two ISO dates (UTC), for created_at and assessment dates. */
export function momentBetween(rng: Rng, from: string, to: string): Date {
  const a = Date.parse(from);
  const b = Date.parse(to);
  return new Date(a + Math.floor(rng.next() * (b - a)));
}
