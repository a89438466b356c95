// A money cell of an office spreadsheet ("Rp 1.500.000", "± 2 juta", a number cell). The reading of
// the text lives in src/shared/money-parse.ts; here only the cell's kinds and "-" markers.

import { readRupiahText } from "../../../../shared/money-parse";
import { cellText, type RawCell } from "./cell";
import { collapseSpaces, isNothingMarker } from "./text";

export type MoneyCheck =
  | { readonly kind: "empty" }
  /** fromText: the amount was read from text (MONEY_PARSED), not from a number cell. */
  | { readonly kind: "valid"; readonly amount: number; readonly fromText: boolean }
  | { readonly kind: "invalid" };

/** Parses money text; null when it is not an amount ("tidak tentu"). */
export function parseMoneyText(value: string): number | null {
  return readRupiahText(value);
}

export function checkMoneyCell(cell: RawCell): MoneyCheck {
  switch (cell.kind) {
    case "empty":
      return { kind: "empty" };
    case "number":
      return cell.value >= 0 && Number.isSafeInteger(Math.round(cell.value))
        ? { kind: "valid", amount: Math.round(cell.value), fromText: false }
        : { kind: "invalid" };
    case "date":
    case "bool":
      return { kind: "invalid" };
    case "text": {
      const text = collapseSpaces(cellText(cell));
      if (isNothingMarker(text)) return { kind: "empty" };
      const amount = parseMoneyText(text);
      if (amount === null) return { kind: "invalid" };
      return { kind: "valid", amount, fromText: !/^\d+$/.test(text) };
    }
  }
}
