// Calendar rules live in src/shared/calendar.ts; Excel's serial day numbers are a spreadsheet matter.

import type { CalendarDate } from "../../../../shared/calendar";

export type { CalendarDate } from "../../../../shared/calendar";
export {
  daysInMonth,
  expandTwoDigitYear,
  fromIsoDate,
  isLeapYear,
  isRealDate,
  toIsoDate,
} from "../../../../shared/calendar";

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
