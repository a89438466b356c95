// A spreadsheet cell as the importer hands it to the domain. The kind matters: a NIK typed as a
// number has already lost its last digit, so parsers must know whether they got a number or text.

export type RawCell =
  | { readonly kind: "empty" }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  /** A date-formatted cell, already converted to a calendar date (YYYY-MM-DD). */
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "bool"; readonly value: boolean };

export const EMPTY_CELL: RawCell = { kind: "empty" };

/** Builds a cell from a plain JS value (tests, CSV fields, form input). */
export function toCell(value: string | number | boolean | null | undefined): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY_CELL;
  if (typeof value === "boolean") return { kind: "bool", value };
  return value.trim() === "" ? EMPTY_CELL : { kind: "text", text: value };
}

/** Text as a person would read it in the cell (numbers without exponent when they are integers). */
export function cellText(cell: RawCell): string {
  switch (cell.kind) {
    case "empty":
      return "";
    case "text":
      return cell.text;
    case "number":
      return Number.isInteger(cell.value) && Math.abs(cell.value) < 1e21
        ? cell.value.toFixed(0)
        : String(cell.value);
    case "date":
      return cell.iso;
    case "bool":
      return cell.value ? "TRUE" : "FALSE";
  }
}

const VISIBLE = /[^\s\u00a0\u200b-\u200d\ufeff]/;

/** True when the cell holds nothing a person could read (spaces and NBSP count as nothing). */
export function isBlankCell(cell: RawCell): boolean {
  if (cell.kind === "empty") return true;
  if (cell.kind === "text") return !VISIBLE.test(cell.text);
  return false;
}
