// Birth dates as Indonesian offices write them. Day always comes first; two-digit years follow the
// import policy (≤ 20 → 20yy). A date that does not exist (31/02, 31 Juni) is invalid, never shifted.

import {
  type CalendarDate,
  excelSerialToDate,
  expandTwoDigitYear,
  fromIsoDate,
  isRealDate,
} from "./calendar";
import type { RawCell } from "./cell";
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

function serialDate(serial: number, isDate1904: boolean): DateCheck {
  const date = excelSerialToDate(serial, isDate1904);
  return date ? { kind: "valid", date } : { kind: "invalid" };
}

export type DateCellOptions = { readonly isDate1904?: boolean };

/**
 * A birth-date cell: a date cell, an Excel serial in a plain number cell, or text. A bare integer
 * 1900–2100 is a year typed alone, not serial day 1900 (1905-03-14): it is reported invalid.
 */
export function checkDateCell(cell: RawCell, options: DateCellOptions = {}): DateCheck {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
    case "date": {
      // Serial 0 shows as 00/01/1900 and reads as 1899-12-30: an empty date, not a birth date.
      const date = fromIsoDate(cell.iso);
      return date && date.year >= 1900 ? { kind: "valid", date } : { kind: "invalid" };
    }
    case "number": {
      const n = cell.value;
      if (Number.isInteger(n) && n >= 1900 && n <= 2100) return { kind: "invalid" };
      // 12051980 typed as a number means 12-05-1980, not serial day twelve million.
      if (Number.isInteger(n) && n >= 1_010_000 && n <= 31_129_999)
        return parseDateText(String(n).padStart(8, "0"));
      return serialDate(n, options.isDate1904 ?? false);
    }
    case "bool":
      return { kind: "invalid" };
    case "text": {
      const direct = parseDateText(cell.text);
      if (direct.kind !== "invalid") return direct;
      // "Palangka Raya, 12-05-1980" typed into the date column: read the date part.
      const split = splitPlaceAndDate(cell.text);
      return split.date;
    }
  }
}

export type PlaceAndDate = { readonly place: string | null; readonly date: DateCheck };

const TRAILING_DATE =
  /(\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\d{4}\s*-\s*\d{1,2}\s*-\s*\d{1,2}|\d{1,2}\s*[-/. ]?\s*[A-Za-z]+\.?\s*[-/., ]?\s*'?\d{2,4}|\d{8}|\d{5})\s*$/;

// "Palangka Raya, 1980": a year alone is a date given but not a real date.
const YEAR_ONLY = /(?:^|[\s,/])(\d{4})$/;

/** Splits "Palangka Raya, 12 Mei 1980" (TTL) into the place as written and the date. */
export function splitPlaceAndDate(value: string): PlaceAndDate {
  const text = collapseSpaces(value);
  if (isNothingMarker(text)) return { place: null, date: { kind: "empty" } };
  const match = TRAILING_DATE.exec(text) ?? YEAR_ONLY.exec(text);
  if (!match?.[1]) return { place: text, date: { kind: "empty" } };
  const before = text
    .slice(0, match.index)
    .replace(/[\s,;/\-–]+$/, "")
    .trim();
  const date = match[1].length === 4 ? ({ kind: "invalid" } as const) : parseDateText(match[1]);
  return { place: before === "" ? null : before, date };
}

/** TTL cell: text is split; a date or number cell holds only the date. */
export function checkPlaceDateCell(cell: RawCell, options: DateCellOptions = {}): PlaceAndDate {
  if (cell.kind === "text") return splitPlaceAndDate(cell.text);
  return { place: null, date: checkDateCell(cell, options) };
}
