// Birth dates as YYYYMMDD numbers (0 = unknown) and their typo-aware comparison.

export type DateOrder = "auto" | "ymd" | "dmy" | "mdy";

const MONTHS: Record<string, number> = {
  JAN: 1,
  JANUARI: 1,
  JANUARY: 1,
  FEB: 2,
  FEBRUARI: 2,
  FEBRUARY: 2,
  PEBRUARI: 2,
  MAR: 3,
  MARET: 3,
  MARCH: 3,
  APR: 4,
  APRIL: 4,
  MEI: 5,
  MAY: 5,
  JUN: 6,
  JUNI: 6,
  JUNE: 6,
  JUL: 7,
  JULI: 7,
  JULY: 7,
  AGT: 8,
  AGU: 8,
  AGS: 8,
  AGUSTUS: 8,
  AUG: 8,
  AUGUST: 8,
  SEP: 9,
  SEPT: 9,
  SEPTEMBER: 9,
  OKT: 10,
  OKTOBER: 10,
  OCT: 10,
  OCTOBER: 10,
  NOV: 11,
  NOPEMBER: 11,
  NOVEMBER: 11,
  DES: 12,
  DESEMBER: 12,
  DEC: 12,
  DECEMBER: 12,
};

function build(y: number, m: number, d: number): number {
  if (y < 1800 || y > 2999 || m < 1 || m > 31 || d < 1 || d > 31) return 0;
  // Day and month may arrive swapped; keep the value so the comparator can see the swap.
  if (m > 12 && d > 12) return 0;
  return y * 10000 + m * 100 + d;
}

/** Parses a birth date written as ISO, DD-MM-YYYY, YYYYMMDD or "7 April 1980". 0 when unreadable. */
export function parseDate(raw: string, order: DateOrder = "auto"): number {
  const v = raw.trim().toUpperCase();
  if (v === "") return 0;
  if (/^\d{8}$/.test(v)) {
    if (order === "dmy") return build(Number(v.slice(4)), Number(v.slice(2, 4)), Number(v.slice(0, 2)));
    return build(Number(v.slice(0, 4)), Number(v.slice(4, 6)), Number(v.slice(6, 8)));
  }
  const parts = v.split(/[^0-9A-Z]+/).filter((p) => p !== "");
  if (parts.length < 3) return 0;
  const [p0 = "", p1 = "", p2 = ""] = parts;
  const month = MONTHS[p1];
  if (month !== undefined) return build(Number(p2), month, Number(p0));
  const n0 = Number(p0);
  const n1 = Number(p1);
  const n2 = Number(p2.slice(0, 4));
  if (!Number.isFinite(n0) || !Number.isFinite(n1) || !Number.isFinite(n2)) return 0;
  if (p0.length === 4 || order === "ymd") return build(n0, n1, n2);
  if (order === "mdy") return build(n2, n0, n1);
  return build(n2, n1, n0);
}

/**
 * A birth date, or 0 when it is a placeholder typed for an unknown date: 1 January (the civil
 * registry's and most forms' default), years before 1901 (1900-01-01, Excel's 1899-12-31).
 */
export function knownBirthDate(date: number): number {
  if (date === 0 || date < 19010000) return 0;
  return date % 10000 === 101 ? 0 : date;
}

export type DateLevel = "exact" | "swap" | "near" | "partial" | "different";

function digitsDistanceIsOne(a: string, b: string): boolean {
  let diffs = 0;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (diffs === 0) first = i;
      diffs++;
    }
  }
  if (diffs === 1) return true;
  return diffs === 2 && a[first] === b[first + 1] && a[first + 1] === b[first];
}

/** Compares two YYYYMMDD numbers (both known). */
export function compareDates(a: number, b: number): DateLevel {
  if (a === b) return "exact";
  const ya = Math.floor(a / 10000);
  const yb = Math.floor(b / 10000);
  const ma = Math.floor(a / 100) % 100;
  const mb = Math.floor(b / 100) % 100;
  const da = a % 100;
  const db = b % 100;
  if (ya === yb && ma === db && da === mb) return "swap";
  if (digitsDistanceIsOne(String(a), String(b))) return "near";
  const same = (ya === yb ? 1 : 0) + (ma === mb ? 1 : 0) + (da === db ? 1 : 0);
  return same >= 2 ? "partial" : "different";
}

/** Day and month in a fixed order, so that a swapped date gives the same blocking key. */
export function swapInvariantKey(date: number): string {
  const y = Math.floor(date / 10000);
  const m = Math.floor(date / 100) % 100;
  const d = date % 100;
  return m <= d ? `${y}-${m}-${d}` : `${y}-${d}-${m}`;
}
