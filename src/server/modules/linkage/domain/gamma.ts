// Comparison vectors ("gamma"): one level per comparison per pair, stored flat in an Int8Array.

import { mulberry32 } from "../../../../shared/rng";
import type { Comparison } from "./comparison-types";
import type { Prepared, ProgressFn } from "./types";

export type Gammas = { data: Int8Array; width: number; count: number };

export function computeGammas(options: {
  records: readonly Prepared[];
  comparisons: readonly Comparison[];
  a: Uint32Array;
  b: Uint32Array;
  count: number;
  onProgress?: ProgressFn;
}): Gammas {
  const { records, comparisons, a, b, count } = options;
  const width = comparisons.length;
  const data = new Int8Array(count * width);
  const step = 1 << 18;
  for (let p = 0; p < count; p++) {
    const ra = records[a[p] ?? 0];
    const rb = records[b[p] ?? 0];
    if (!ra || !rb) continue;
    const base = p * width;
    for (let c = 0; c < width; c++) data[base + c] = comparisons[c]?.compare(ra, rb) ?? -1;
    if (p % step === 0) options.onProgress?.({ stage: "comparing", done: p, total: count });
  }
  options.onProgress?.({ stage: "comparing", done: count, total: count });
  return { data, width, count };
}

/**
 * u per comparison level from uniformly random pairs (almost all of them non-matches).
 * `boundary` restricts the sample to A×B pairs when linking two files.
 */
export function estimateU(options: {
  records: readonly Prepared[];
  comparisons: readonly Comparison[];
  samples: number;
  seed: number;
  boundary?: number;
}): number[][] {
  const { records, comparisons, boundary } = options;
  const n = records.length;
  // More samples than distinct pairs would only repeat pairs.
  const samples = Math.min(options.samples, Math.max(20_000, n * 10));
  const rng = mulberry32(options.seed);
  const counts = comparisons.map((c) => new Array<number>(c.levels.length).fill(0));
  if (n < 2) return counts.map((row) => row.map(() => 1 / row.length));
  for (let s = 0; s < samples; s++) {
    let i: number;
    let j: number;
    if (boundary !== undefined) {
      i = Math.floor(rng() * boundary);
      j = boundary + Math.floor(rng() * (n - boundary));
    } else {
      i = Math.floor(rng() * n);
      j = Math.floor(rng() * (n - 1));
      if (j >= i) j++;
    }
    const ra = records[i];
    const rb = records[j];
    if (!ra || !rb) continue;
    for (let c = 0; c < comparisons.length; c++) {
      const level = comparisons[c]?.compare(ra, rb) ?? -1;
      const row = counts[c];
      if (level >= 0 && row) row[level] = (row[level] ?? 0) + 1;
    }
  }
  // Half a count of smoothing: a level never seen in random pairs is rare, not impossible.
  return counts.map((row) => {
    const total = row.reduce((x, y) => x + y, 0) + 0.5 * row.length;
    return row.map((v) => (v + 0.5) / total);
  });
}
