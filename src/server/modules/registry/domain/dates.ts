// Birth-date cells of a spreadsheet: date cells, Excel serials, typed text (read by the shared
// rules of src/shared/date-text.ts) and the place-and-date (TTL) column.

import { type DateCheck, parseDateText, serialDate } from "../../../../shared/date-text";
import { fromIsoDate } from "./calendar";
import type { RawCell } from "./cell";
import { collapseSpaces, isNothingMarker } from "./text";

export { type DateCheck, monthFromName, parseDateText } from "../../../../shared/date-text";

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
