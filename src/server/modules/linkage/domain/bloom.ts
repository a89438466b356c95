// Bloom-filter encodings for privacy-preserving linkage that tolerates typos (Schnell, Bachteler
// and Reiher 2009; the cryptographic long-term keys of Data61's clkhash): each value is cut into
// q-grams, every q-gram sets k bits chosen by a keyed hash (HMAC with the agencies' shared secret),
// and two filters are compared with the Dice coefficient, so "SUPARMAN" and "SUPPARMAN" still
// agree closely while neither side learns the other's names.

/** Two 32-bit numbers derived from a keyed hash of one token (double hashing picks k bits). */
export type KeyedHash = (token: string) => readonly [number, number];

export const BLOOM_BITS = 1024;
export const BLOOM_K = 20;

/** Padded bigrams of a token: "ANI" → _A AN NI I_. */
export function bigrams(token: string): string[] {
  const s = `_${token}_`;
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** A Bloom filter of the tokens (empty tokens list → empty filter). */
export function bloomFilter(
  tokens: readonly string[],
  hash: KeyedHash,
  bits = BLOOM_BITS,
  k = BLOOM_K,
): Uint8Array {
  const out = new Uint8Array(bits / 8);
  for (const t of new Set(tokens)) {
    const [h1, h2] = hash(t);
    for (let i = 0; i < k; i++) {
      const bit = ((h1 + i * (h2 | 1)) >>> 0) % bits;
      out[bit >>> 3] = (out[bit >>> 3] ?? 0) | (1 << (bit & 7));
    }
  }
  return out;
}

const POP = new Uint8Array(256);
for (let i = 1; i < 256; i++) POP[i] = (POP[i >> 1] ?? 0) + (i & 1);

function popcount(a: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += POP[a[i] ?? 0] ?? 0;
  return n;
}

/** Dice coefficient 2|A∩B| / (|A|+|B|); -1 when either filter is empty (value unknown). */
export function dice(a: Uint8Array, b: Uint8Array): number {
  const na = popcount(a);
  const nb = popcount(b);
  if (na === 0 || nb === 0 || a.length !== b.length) return -1;
  let both = 0;
  for (let i = 0; i < a.length; i++) both += POP[(a[i] ?? 0) & (b[i] ?? 0)] ?? 0;
  return (2 * both) / (na + nb);
}

/** Levels of a Dice comparison, strongest first. */
export const DICE_LEVELS = [0.95, 0.85, 0.7] as const;

export function diceLevel(a: Uint8Array | undefined, b: Uint8Array | undefined): number {
  if (!a || !b) return -1;
  const d = dice(a, b);
  if (d < 0) return -1;
  const l = DICE_LEVELS.findIndex((t) => d >= t);
  return l < 0 ? DICE_LEVELS.length : l;
}

/**
 * Locality-sensitive blocking keys of a filter (MinHash over its set bits, `rows` minima per band):
 * filters of similar values share a band with high probability, unrelated ones rarely. The hash
 * of bit positions is public and the same for both parties; it reveals nothing the filter does not.
 */
export function bloomBands(f: Uint8Array, bands = 8, rows = 4): string[] {
  const set: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const byte = f[i] ?? 0;
    if (byte === 0) continue;
    for (let bit = 0; bit < 8; bit++) if ((byte >> bit) & 1) set.push(i * 8 + bit);
  }
  if (set.length === 0) return [];
  const out: string[] = [];
  for (let b = 0; b < bands; b++) {
    let key = `${b}`;
    for (let r = 0; r < rows; r++) {
      const salt = Math.imul(b * rows + r + 1, 0x9e3779b1);
      let min = 0xffffffff;
      for (const pos of set) {
        let h = Math.imul(pos ^ salt, 0x85ebca6b);
        h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
        h = (h ^ (h >>> 16)) >>> 0;
        if (h < min) min = h;
      }
      key += `:${min.toString(36)}`;
    }
    out.push(key);
  }
  return out;
}
