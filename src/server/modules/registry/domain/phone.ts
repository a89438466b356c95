// A phone cell of an office spreadsheet: the mobile rule lives in src/shared/phone.ts; here only
// the cell's own matters (a number cell, "-", several numbers in one cell).

import { toE164Mobile } from "../../../../shared/phone";
import { cellText, type RawCell } from "./cell";
import { collapseSpaces, isNothingMarker } from "./text";

export { toE164Mobile } from "../../../../shared/phone";

export type PhoneCheck =
  | { readonly kind: "empty" }
  | { readonly kind: "valid"; readonly e164: string; readonly hadSeveral: boolean }
  | { readonly kind: "invalid"; readonly hadSeveral: boolean };

// "0812… / 0813…", "0812…; 0813…", "0812… atau 0813…": the first number is kept.
const SEPARATORS = /\s*(?:\/|;|\||&|,|\n|\batau\b|\bdan\b)\s*/i;

export function checkPhoneCell(cell: RawCell): PhoneCheck {
  if (cell.kind === "empty") return { kind: "empty" };
  if (cell.kind === "number" && (cell.value >= 1e15 || !Number.isInteger(cell.value))) {
    return { kind: "invalid", hadSeveral: false };
  }
  const text = collapseSpaces(cellText(cell));
  if (isNothingMarker(text) || !/\d/.test(text)) return { kind: "empty" };
  const parts = text.split(SEPARATORS).filter((part) => /\d{4}/.test(part));
  const hadSeveral = parts.length > 1;
  const first = parts[0] ?? text;
  const e164 = toE164Mobile(first);
  return e164 ? { kind: "valid", e164, hadSeveral } : { kind: "invalid", hadSeveral };
}
