// ExcelJS cell values → RawCell. Rich text is joined, formulas give their cached result, error
// values (#N/A) are read as their text, date-formatted numbers arrive as JS Dates (UTC midnight).

import type { CellValue } from "exceljs";
import { EMPTY_CELL, type RawCell } from "../domain";

function isoFromUtc(date: Date): string {
  const y = date.getUTCFullYear();
  return `${String(y).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

export function toRawCell(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY_CELL;
  if (typeof value === "string") return value === "" ? EMPTY_CELL : { kind: "text", text: value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (value instanceof Date) {
    // Birth dates are whole days. Rounding to the nearest day also undoes files whose dates were
    // written from local midnight in another time zone (1980-05-11T17:00Z for 12 May in WIB).
    const rounded = new Date(Math.round(value.getTime() / 86_400_000) * 86_400_000);
    return Number.isNaN(rounded.getTime()) ? EMPTY_CELL : { kind: "date", iso: isoFromUtc(rounded) };
  }
  if ("richText" in value && Array.isArray(value.richText)) {
    return toRawCell(value.richText.map((part) => part.text ?? "").join(""));
  }
  if ("error" in value) return { kind: "text", text: String(value.error) };
  if ("formula" in value || "sharedFormula" in value) {
    return toRawCell((value as { result?: CellValue }).result as CellValue | undefined);
  }
  if ("text" in value) return toRawCell(String((value as { text: unknown }).text));
  return EMPTY_CELL;
}
