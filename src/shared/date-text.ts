// Dates as Indonesian offices type them. Day always comes first; two-digit years follow the import
// policy (≤ 20 → 20yy). A date that does not exist (31/02, 31 Juni) is invalid, never shifted.
// Shared by the spreadsheet import (registry) and the web's entry forms.

import { type CalendarDate, excelSerialToDate, expandTwoDigitYear, isRealDate } from "./calendar";
import { collapseSpaces, foldUpper, isNothingMarker } from "./text";

export type DateCheck =
  | { readonly kind: "empty" }
  | { readonly kind: "valid"; readonly date: CalendarDate }
  | { readonly kind: "invalid" };

const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, "JANUARI JAN JANUARY JANUARIE"],
      [2, "FEBRUARI PEBRUARI FEB PEB FEBR FEBRUARY"],
      [3, "MARET MAR MRT MARCH"],
      [4, "APRIL APR"],
      [5, "MEI MAY"],
      [6, "JUNI JUN JUNE"],
      [7, "JULI JUL JULY"],
      [8, "AGUSTUS AGT AGS AGU AGST AGUST AUG AUGUST AGUSTUSTUS"],
      [9, "SEPTEMBER SEP SEPT SEPTEMBRE"],
      [10, "OKTOBER OKT OCT OCTOBER"],
      [11, "NOVEMBER NOV NOP NOPEMBER"],
      [12, "DESEMBER DES DEC DECEMBER"],
    ] as const
  ).flatMap(([month, names]) => names.split(" ").map((name) => [name, month] as const)),
);

export function monthFromName(name: string): number | null {
  return MONTHS.get(foldUpper(name).replace(/\./g, "")) ?? null;
}

function checked(year: number, month: number, day: number): DateCheck {
  return isRealDate(year, month, day) ? { kind: "valid", date: { year, month, day } } : { kind: "invalid" };
}

function yearOf(text: string): number {
  return text.length <= 2 ? expandTwoDigitYear(Number(text)) : Number(text);
}

const NUMERIC = /^(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const NUMERIC_MIXED = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/;
const ISO = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;
const WORDY = /^(\d{1,2})\s*[-/. ]?\s*([A-Za-z]+)\.?\s*[-/., ]?\s*'?(\d{4}|\d{2})$/;
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;

/** Parses date text that holds nothing but the date. */
export function parseDateText(value: string): DateCheck {
  const text = collapseSpaces(value).replace(/^(tgl|tanggal)\.?\s*/i, "");
  if (isNothingMarker(text)) return { kind: "empty" };
  const numeric = NUMERIC.exec(text) ?? NUMERIC_MIXED.exec(text);
  if (numeric) {
    const [d, m, y] = numeric.length === 5 ? [numeric[1], numeric[3], numeric[4]] : numeric.slice(1);
    return checked(yearOf(y ?? ""), Number(m), Number(d));
  }
  const iso = ISO.exec(text);
  if (iso) return checked(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const wordy = WORDY.exec(text);
  if (wordy) {
    const month = monthFromName(wordy[2] ?? "");
    return month ? checked(yearOf(wordy[3] ?? ""), month, Number(wordy[1])) : { kind: "invalid" };
  }
  const compact = COMPACT.exec(text);
  if (compact) return checked(Number(compact[3]), Number(compact[2]), Number(compact[1]));
  if (/^\d{5}(\.0+)?$/.test(text)) return serialDate(Number(text), false);
  return { kind: "invalid" };
}

/** An Excel serial day number as a date check. */
export function serialDate(serial: number, isDate1904: boolean): DateCheck {
  const date = excelSerialToDate(serial, isDate1904);
  return date ? { kind: "valid", date } : { kind: "invalid" };
}
