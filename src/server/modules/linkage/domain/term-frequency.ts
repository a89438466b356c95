// Term frequencies: agreeing on a common name ("MUHAMMAD RIZKI") proves less than on a rare one.
import type { Comparison } from "./comparison-types";
import type { TermFrequencies } from "./model";
import type { Prepared } from "./types";

export type TfTable = { counts: Map<string, number>; total: number; unseen: number };

export function countTerms(records: readonly Prepared[], c: Comparison): TfTable | null {
  const fn = c.tfValue;
  if (!fn) return null;
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of records) {
    const v = fn(r);
    if (v === "") continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  if (total === 0) return null;
  return { counts, total, unseen: 1 / total };
}

export function tfTableFromModel(t: TermFrequencies): TfTable {
  return { counts: new Map(Object.entries(t.counts)), total: t.total, unseen: t.unseen };
}

/** Keeps the most common values only (a model must stay small enough to save). */
export function tfTableToModel(t: TfTable, maxValues = 20_000): TermFrequencies {
  let entries = [...t.counts.entries()];
  let unseen = t.unseen;
  if (entries.length > maxValues) {
    entries.sort((a, b) => b[1] - a[1]);
    entries = entries.slice(0, maxValues);
    unseen = (entries[entries.length - 1]?.[1] ?? 1) / t.total;
  }
  return { counts: Object.fromEntries(entries), total: t.total, unseen };
}

export function frequency(t: TfTable, value: string): number {
  const c = t.counts.get(value);
  return c === undefined ? t.unseen : c / t.total;
}
