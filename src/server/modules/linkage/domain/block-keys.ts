// Hashed blocking keys of one rule variant for all records, in a compact CSR layout.
import type { KeyFn } from "./blocking-rules";
import { hashKey } from "./hash";
import type { Prepared } from "./types";

export type RuleKeys = {
  /** Entries of record i are offsets[i] .. offsets[i+1]-1. */
  offsets: Uint32Array;
  keys: Int32Array;
  owner: Uint32Array;
};

export function computeRuleKeys(records: readonly Prepared[], fn: KeyFn): RuleKeys {
  const n = records.length;
  const offsets = new Uint32Array(n + 1);
  let keys = new Int32Array(n + 16);
  let owner = new Uint32Array(n + 16);
  let count = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = count;
    const r = records[i];
    if (!r) continue;
    for (const k of fn(r)) {
      const h = hashKey(k);
      let seen = false;
      for (let e = offsets[i] ?? 0; e < count; e++) if (keys[e] === h) seen = true;
      if (seen) continue;
      if (count >= keys.length) {
        const grownKeys = new Int32Array(keys.length * 2);
        grownKeys.set(keys);
        keys = grownKeys;
        const grownOwner = new Uint32Array(owner.length * 2);
        grownOwner.set(owner);
        owner = grownOwner;
      }
      keys[count] = h;
      owner[count] = i;
      count++;
    }
  }
  offsets[n] = count;
  return { offsets, keys: keys.subarray(0, count), owner: owner.subarray(0, count) };
}

const SHIFT = 2 ** 22;

/** Entry indices sorted by key, so equal keys are adjacent (blocks). */
export function sortEntries(rk: RuleKeys): Uint32Array {
  const m = rk.keys.length;
  const order = new Uint32Array(m);
  if (m < SHIFT) {
    const packed = new Float64Array(m);
    for (let e = 0; e < m; e++) packed[e] = (rk.keys[e] ?? 0) * SHIFT + e;
    packed.sort();
    for (let e = 0; e < m; e++) order[e] = (packed[e] ?? 0) % SHIFT;
    return order;
  }
  for (let e = 0; e < m; e++) order[e] = e;
  return order.sort((a, b) => (rk.keys[a] ?? 0) - (rk.keys[b] ?? 0) || a - b);
}

/** True when records i and j share a live key of this rule (optionally only keys below `below`). */
export function shareKey(rk: RuleKeys, i: number, j: number, below = 0x7fffffff + 1): boolean {
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
