// Every record's live blocking keys for all rules in one row-major table (two slots per rule),
// so "did an earlier rule already pair i and j?" reads two short rows instead of a dozen arrays.
import type { RuleKeys } from "./block-keys";

export const SLOTS_PER_RULE = 2;

export type KeySlots = { table: Int32Array; width: number; rules: number };

export function createKeySlots(n: number, rules: number): KeySlots {
  const width = rules * SLOTS_PER_RULE;
  return { table: new Int32Array(n * width), width, rules: 0 };
}

/** Stores a rule's live keys (after oversized blocks were dropped) as rule number `slots.rules`. */
export function addRule(slots: KeySlots, rk: RuleKeys): void {
  const base = slots.rules * SLOTS_PER_RULE;
  const n = rk.offsets.length - 1;
  for (let i = 0; i < n; i++) {
    const start = rk.offsets[i] ?? 0;
    const end = Math.min(rk.offsets[i + 1] ?? 0, start + SLOTS_PER_RULE);
    for (let e = start; e < end; e++) slots.table[i * slots.width + base + (e - start)] = rk.keys[e] ?? 0;
  }
  slots.rules++;
}

/** True when i and j share a live key in any of the first `rules` rules. */
export function sharedBefore(slots: KeySlots, i: number, j: number, rules: number): boolean {
  const t = slots.table;
  const ri = i * slots.width;
  const rj = j * slots.width;
  const end = rules * SLOTS_PER_RULE;
  for (let s = 0; s < end; s += SLOTS_PER_RULE) {
    const a0 = t[ri + s] ?? 0;
    const a1 = t[ri + s + 1] ?? 0;
    const b0 = t[rj + s] ?? 0;
    const b1 = t[rj + s + 1] ?? 0;
    if (a0 !== 0 && (a0 === b0 || a0 === b1)) return true;
    if (a1 !== 0 && (a1 === b0 || a1 === b1)) return true;
  }
  return false;
}
