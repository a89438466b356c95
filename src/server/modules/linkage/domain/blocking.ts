// Candidate pairs from the union of blocking rules, each pair produced once.
import { computeRuleKeys, type RuleKeys, shareKey, sortEntries } from "./block-keys";
import { BLOCKING_RULES, type BlockingRule } from "./blocking-rules";
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
      for (let e = start; e < end; e++) rk.keys[order[e] ?? 0] = 0;
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

function chooseVariant(
  records: readonly Prepared[],
  rule: BlockingRule,
  opts: Required<Pick<BlockingOptions, "pairBudget" | "maxBlockSize">> & BlockingOptions,
): Chosen {
  let chosen: Chosen | null = null;
  for (let v = 0; v < rule.variants.length; v++) {
    const fn = rule.variants[v];
    if (!fn) continue;
    const keys = computeRuleKeys(records, fn);
    const order = sortEntries(keys);
    const { pairs, dropped } = measure(keys, order, opts.maxBlockSize, opts.boundary);
    chosen = { keys, order, variant: v, pairs, dropped };
    if (pairs <= opts.pairBudget) break;
  }
  if (!chosen) throw new Error(`blocking rule ${rule.name} has no variant`);
  return chosen;
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

function emit(chosen: Chosen, earlier: readonly RuleKeys[], out: PairBuffer, boundary?: number): number {
  const { keys: rk, order } = chosen;
  const before = out.count;
  const m = order.length;
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
          if (shareKey(rk, i, j, key)) continue;
          let seen = false;
          for (const k of earlier) if (shareKey(k, i, j)) seen = true;
          if (!seen) out.push(i, j);
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
    pairBudget: options.pairBudget ?? Math.max(50_000, Math.round(1.5 * n)),
    maxBlockSize: options.maxBlockSize ?? 300,
  };
  const rules = (options.rules ?? BLOCKING_RULES).filter((r) => r.isActive(presence));
  const out = new PairBuffer();
  const done: RuleKeys[] = [];
  const stats: RuleStats[] = [];
  for (const [idx, rule] of rules.entries()) {
    options.onProgress?.({ stage: `blocking:${rule.name}`, done: idx, total: rules.length });
    const chosen = chooseVariant(records, rule, opts);
    const pairs = emit(chosen, done, out, options.boundary);
    done.push(chosen.keys);
    stats.push({ name: rule.name, variant: chosen.variant, pairs, droppedBlocks: chosen.dropped });
  }
  options.onProgress?.({ stage: "blocking", done: rules.length, total: rules.length });
  return {
    a: out.a,
    b: out.b,
    count: out.count,
    rules: stats,
    isCandidate: (i, j) => done.some((k) => shareKey(k, Math.min(i, j), Math.max(i, j))),
  };
}
