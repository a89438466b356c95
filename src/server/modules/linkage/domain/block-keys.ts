// Hashed blocking keys of one rule variant, in a compact CSR layout (records may have several).
import { type BlockFeatures, combine } from "./block-features";
import type { Combo } from "./blocking-rules";

export type RuleKeys = {
  /** Entries of record i are offsets[i] .. offsets[i+1]-1. */
  offsets: Uint32Array;
  keys: Int32Array;
  owner: Uint32Array;
  /** For rules with one key per record: the key of each record (0 = none), for fast checks. */
  single: Int32Array | null;
};

function comboKey(cols: readonly Int32Array[], i: number, salt: number): number {
  const a = cols[0]?.[i] ?? 0;
  if (cols.length === 1) return combine(salt, a);
  const b = cols[1]?.[i] ?? 0;
  if (cols.length === 2) return combine(salt, a, b);
  return combine(salt, a, b, cols[2]?.[i] ?? 0);
}

/** Keys of one rule variant for the records listed in `subset` (all records when omitted). */
export function computeRuleKeys(
  f: BlockFeatures,
  combos: readonly Combo[],
  salt: number,
  subset?: Uint32Array,
): RuleKeys {
  const n = subset ? subset.length : f.n;
  const offsets = new Uint32Array(n + 1);
  const keys = new Int32Array(n * combos.length);
  const owner = new Uint32Array(n * combos.length);
  const columns = combos.map((combo) => combo.map((c) => f.hashes[c]));
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = subset ? (subset[k] ?? 0) : k;
    offsets[k] = count;
    for (const cols of columns) {
      const h = comboKey(cols, i, salt);
      if (h === 0) continue;
      let seen = false;
      for (let e = offsets[k] ?? 0; e < count; e++) if (keys[e] === h) seen = true;
      if (seen) continue;
      keys[count] = h;
      owner[count] = k;
      count++;
    }
  }
  offsets[n] = count;
  let single: Int32Array | null = null;
  if (combos.length === 1) {
    single = new Int32Array(n);
    for (let e = 0; e < count; e++) single[owner[e] ?? 0] = keys[e] ?? 0;
  }
  return { offsets, keys: keys.subarray(0, count), owner: owner.subarray(0, count), single };
}

/**
 * Entry indices sorted by key: LSD radix sort, 11 bits per pass, moving keys with the indices so
 * that every pass reads memory in order.
 */
export function sortEntries(rk: RuleKeys): Uint32Array {
  const m = rk.keys.length;
  let order = new Uint32Array(m);
  let tmp = new Uint32Array(m);
  let keys = Int32Array.from(rk.keys);
  let tmpKeys = new Int32Array(m);
  for (let e = 0; e < m; e++) order[e] = e;
  const counts = new Uint32Array(2048);
  for (let shift = 0; shift < 33; shift += 11) {
    counts.fill(0);
    for (let e = 0; e < m; e++) {
      const b = ((keys[e] ?? 0) >>> shift) & 2047;
      counts[b] = (counts[b] ?? 0) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 2048; b++) {
      const c = counts[b] ?? 0;
      counts[b] = sum;
      sum += c;
    }
    for (let e = 0; e < m; e++) {
      const k = keys[e] ?? 0;
      const b = (k >>> shift) & 2047;
      const at = counts[b] ?? 0;
      tmp[at] = order[e] ?? 0;
      tmpKeys[at] = k;
      counts[b] = at + 1;
    }
    [order, tmp] = [tmp, order];
    [keys, tmpKeys] = [tmpKeys, keys];
  }
  return order;
}

/** True when records i and j share a live key of this rule (optionally only keys below `below`). */
export function shareKey(rk: RuleKeys, i: number, j: number, below = 0x80000000): boolean {
  if (rk.single) {
    const k = rk.single[i] ?? 0;
    return k !== 0 && k < below && k === rk.single[j];
  }
  const si = rk.offsets[i] ?? 0;
  const ei = rk.offsets[i + 1] ?? 0;
  const sj = rk.offsets[j] ?? 0;
  const ej = rk.offsets[j + 1] ?? 0;
  for (let a = si; a < ei; a++) {
    const k = rk.keys[a] ?? 0;
    if (k === 0 || k >= below) continue;
    for (let b = sj; b < ej; b++) if (rk.keys[b] === k) return true;
  }
  return false;
}

/** Zeroes a key everywhere it is stored (an oversized block is skipped). */
export function dropEntry(rk: RuleKeys, entry: number): void {
  rk.keys[entry] = 0;
  if (rk.single) rk.single[rk.owner[entry] ?? 0] = 0;
}
