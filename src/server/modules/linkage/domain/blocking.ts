// Candidate pairs from the union of blocking rules, each pair produced once.

import { type BlockFeatures, computeFeatures } from "./block-features";
import { computeRuleKeys, dropEntry, type RuleKeys, shareKey, sortEntries } from "./block-keys";
import { BLOCKING_RULES, type BlockingRule } from "./blocking-rules";
import { hashKey } from "./hash";
import { addRule, createKeySlots, type KeySlots, sharedBefore } from "./key-slots";
import type { FieldPresence, Prepared, ProgressFn } from "./types";

export type BlockingOptions = {
  /** Most pairs one rule may add before it switches to a finer variant. */
  pairBudget?: number;
  /** Blocks larger than this are skipped (a key shared by everyone proves nothing). */
  maxBlockSize?: number;
  /** Linking two files: records [0, boundary) are file A; only A×B pairs are produced. */
  boundary?: number;
  rules?: readonly BlockingRule[];
  onProgress?: ProgressFn;
};

export type RuleStats = { name: string; variant: number; pairs: number; droppedBlocks: number };

export type Blocking = {
  a: Uint32Array;
  b: Uint32Array;
  count: number;
  rules: RuleStats[];
  /** Whether the rules put records i and j (i < j) in a common block. */
  isCandidate(i: number, j: number): boolean;
};

type Chosen = { keys: RuleKeys; order: Uint32Array; variant: number; pairs: number; dropped: number };

function blockPairs(sizeA: number, sizeB: number, boundary: number | undefined): number {
  const s = sizeA + sizeB;
  return boundary === undefined ? (s * (s - 1)) / 2 : sizeA * sizeB;
}

/** Counts pairs per block; zeroes the keys of oversized blocks. */
function measure(rk: RuleKeys, order: Uint32Array, maxBlock: number, boundary?: number) {
  let pairs = 0;
  let dropped = 0;
  let start = 0;
  const m = order.length;
  while (start < m) {
    const key = rk.keys[order[start] ?? 0];
    let end = start + 1;
    while (end < m && rk.keys[order[end] ?? 0] === key) end++;
    const size = end - start;
    if (size > maxBlock) {
      dropped++;
      for (let e = start; e < end; e++) dropEntry(rk, order[e] ?? 0);
    } else if (size > 1) {
      let inA = size;
      if (boundary !== undefined) {
        inA = 0;
        for (let e = start; e < end; e++) if ((rk.owner[order[e] ?? 0] ?? 0) < boundary) inA++;
      }
      pairs +=
        boundary === undefined ? blockPairs(size, 0, undefined) : blockPairs(inA, size - inA, boundary);
    }
    start = end;
  }
  return { pairs, dropped };
}

const SAMPLE_RATE = 0.2;

/** Records in a deterministic 20% sample (every 5th), used to estimate a variant's pair count. */
function sampleOf(n: number): Uint32Array {
  const out = new Uint32Array(Math.ceil(n * SAMPLE_RATE));
  for (let k = 0; k < out.length; k++) out[k] = Math.min(n - 1, Math.floor(k / SAMPLE_RATE));
  return out;
}

function chooseVariant(
  features: BlockFeatures,
  rule: BlockingRule,
  opts: Required<Pick<BlockingOptions, "pairBudget" | "maxBlockSize">> & BlockingOptions,
): Chosen {
  const salt = hashKey(rule.name);
  // Large inputs estimate each variant on a sample (pairs scale with the square of the rate).
  const sample = features.n > 200_000 && opts.boundary === undefined ? sampleOf(features.n) : undefined;
  let variant = rule.variants.length - 1;
  for (let v = 0; v < rule.variants.length - 1; v++) {
    const combos = rule.variants[v] ?? [];
    const keys = computeRuleKeys(features, combos, salt, sample);
    const order = sortEntries(keys);
    const maxBlock = sample ? Math.ceil(opts.maxBlockSize * SAMPLE_RATE) : opts.maxBlockSize;
    const { pairs } = measure(keys, order, maxBlock, opts.boundary);
    const estimate = sample ? pairs / (SAMPLE_RATE * SAMPLE_RATE) : pairs;
    if (estimate <= opts.pairBudget) {
      variant = v;
      break;
    }
  }
  const keys = computeRuleKeys(features, rule.variants[variant] ?? [], salt);
  const order = sortEntries(keys);
  const { pairs, dropped } = measure(keys, order, opts.maxBlockSize, opts.boundary);
  return { keys, order, variant, pairs, dropped };
}

class PairBuffer {
  a = new Uint32Array(1 << 16);
  b = new Uint32Array(1 << 16);
  count = 0;
  push(i: number, j: number): void {
    if (this.count === this.a.length) {
      const na = new Uint32Array(this.a.length * 2);
      na.set(this.a);
      this.a = na;
      const nb = new Uint32Array(this.b.length * 2);
      nb.set(this.b);
      this.b = nb;
    }
    this.a[this.count] = i;
    this.b[this.count] = j;
    this.count++;
  }
}

function emit(chosen: Chosen, slots: KeySlots, out: PairBuffer, boundary?: number): number {
  const { keys: rk, order } = chosen;
  const before = out.count;
  const m = order.length;
  const earlier = slots.rules;
  const multiKey = rk.single === null;
  let start = 0;
  while (start < m) {
    const key = rk.keys[order[start] ?? 0] ?? 0;
    let end = start + 1;
    while (end < m && rk.keys[order[end] ?? 0] === key) end++;
    if (key !== 0 && end - start > 1) {
      for (let x = start; x < end; x++) {
        const ox = rk.owner[order[x] ?? 0] ?? 0;
        for (let y = x + 1; y < end; y++) {
          const oy = rk.owner[order[y] ?? 0] ?? 0;
          const i = ox < oy ? ox : oy;
          const j = ox < oy ? oy : ox;
          if (i === j) continue;
          if (boundary !== undefined && !(i < boundary && j >= boundary)) continue;
          // A pair sharing two keys of this rule is emitted at the smaller one only.
          if (multiKey && shareKey(rk, i, j, key)) continue;
          if (!sharedBefore(slots, i, j, earlier)) out.push(i, j);
        }
      }
    }
    start = end;
  }
  return out.count - before;
}

/** Runs every active rule and returns the deduplicated candidate pairs. */
export function blockRecords(
  records: readonly Prepared[],
  presence: FieldPresence,
  options: BlockingOptions = {},
): Blocking {
  const n = records.length;
  const opts = {
    ...options,
    pairBudget: options.pairBudget ?? Math.max(50_000, Math.round(0.3 * n)),
    maxBlockSize: options.maxBlockSize ?? 300,
  };
  const rules = (options.rules ?? BLOCKING_RULES).filter((r) => r.isActive(presence));
  const features = computeFeatures(records);
  const out = new PairBuffer();
  const slots = createKeySlots(n, rules.length);
  const stats: RuleStats[] = [];
  for (const [idx, rule] of rules.entries()) {
    options.onProgress?.({ stage: `blocking:${rule.name}`, done: idx, total: rules.length });
    const chosen = chooseVariant(features, rule, opts);
    const pairs = emit(chosen, slots, out, options.boundary);
    addRule(slots, chosen.keys);
    stats.push({ name: rule.name, variant: chosen.variant, pairs, droppedBlocks: chosen.dropped });
  }
  options.onProgress?.({ stage: "blocking", done: rules.length, total: rules.length });
  return {
    a: out.a,
    b: out.b,
    count: out.count,
    rules: stats,
    isCandidate: (i, j) => sharedBefore(slots, i, j, slots.rules),
  };
}
