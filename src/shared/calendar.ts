// Calendar days without Date's local-time traps: plain year/month/day triples and the strict
// "YYYY-MM-DD" form every API field, import and form uses (2020-02-31 is not a day).

export type CalendarDate = { readonly year: number; readonly month: number; readonly day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the triple is a real calendar day (31/02 and 29/02 in a common year are not). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function toIsoDate(date: CalendarDate): string {
  const y = String(date.year).padStart(4, "0");
  return `${y}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** The day of a strict "YYYY-MM-DD" string, or null (wrong shape or no such day). */
export function fromIsoDate(iso: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

export function isIsoDate(value: string): boolean {
  return fromIsoDate(value) !== null;
}

/**
 * A two-digit year with a pivot: yy ≤ pivot → 20yy, otherwise 19yy. The import policy reads
 * spreadsheets of 2020 with pivot 20; matching uses the current year.
 */
export function expandTwoDigitYear(yy: number, pivot = 20): number {
  return yy <= pivot ? 2000 + yy : 1900 + yy;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Excel serial day number → calendar date. Serial 60 is Excel's fictitious 29 Feb 1900 (kept for
 * Lotus compatibility) and has no real date; serials 1–59 are one day off from the 1899-12-30 epoch.
 */
export function excelSerialToDate(serial: number, isDate1904 = false): CalendarDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (!isDate1904 && whole === 60) return null;
  const base = isDate1904 ? EPOCH_1904 : EPOCH_1900;
  const offset = !isDate1904 && whole < 60 ? whole + 1 : whole;
  const d = new Date(base + offset * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
