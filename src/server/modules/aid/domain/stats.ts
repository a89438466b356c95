// Small figures for the reports: days between two instants, and their distribution.

const DAY_MS = 86_400_000;

export function daysBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 10) / 10;
}

export type DayStats = {
  readonly count: number;
  readonly min: number | null;
  readonly median: number | null;
  readonly max: number | null;
  readonly mean: number | null;
};

export function dayStats(values: readonly number[]): DayStats {
  if (values.length === 0) return { count: 0, min: null, median: null, max: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const mean = Math.round((sorted.reduce((s, v) => s + v, 0) / sorted.length) * 10) / 10;
  return { count: sorted.length, min: sorted[0]!, median, max: sorted[sorted.length - 1]!, mean };
}
