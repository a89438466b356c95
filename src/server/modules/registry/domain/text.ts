// "Nothing here" markers of office spreadsheets; whitespace folding and accent folding live in
// src/shared/text.ts.

export { collapseSpaces, foldUpper } from "../../../../shared/text";

import { collapseSpaces } from "../../../../shared/text";

/** Values clerks type to mean "nothing here" (not "0" nor "tidak ada": for money they mean zero). */
const NOTHING = new Set(["", "-", "--", "---", "_", ".", "N/A", "NA", "#N/A", "KOSONG"]);

/** True for "-", "N/A", "kosong" and the like (compared case-insensitively). */
export function isNothingMarker(value: string): boolean {
  if (value.length > 12) return false; // the longest marker, with spaces around it
  return NOTHING.has(collapseSpaces(value).toUpperCase());
}
