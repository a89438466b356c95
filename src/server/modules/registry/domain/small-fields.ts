// Short coded fields: sex (L/P), RT/RW (3-digit strings), head counts and the affected flag.

import { normaliseRtRw } from "../../../../shared/rt-rw";
import { cellText, type RawCell } from "./cell";
import type { Sex } from "./nik";
import { collapseSpaces, foldUpper, isNothingMarker } from "./text";

export { normaliseRtRw } from "../../../../shared/rt-rw";

export type FieldCheck<T> =
  | { readonly kind: "empty" }
  | { readonly kind: "valid"; readonly value: T }
  | { readonly kind: "invalid" };

const EMPTY = { kind: "empty" } as const;
const INVALID = { kind: "invalid" } as const;

function cleanText(cell: RawCell): string | null {
  if (cell.kind === "empty") return null;
  const text = collapseSpaces(cellText(cell));
  return isNothingMarker(text) ? null : text;
}

const SEX_WORDS: ReadonlyMap<string, Sex> = new Map([
  ...["L", "LK", "LL", "LAKI", "LAKILAKI", "LAKI2", "LELAKI", "PRIA", "COWOK", "MALE", "M"].map(
    (w) => [w, "L"] as const,
  ),
  ...["P", "PR", "PRP", "PEREMPUAN", "WANITA", "W", "CEWEK", "FEMALE", "F"].map((w) => [w, "P"] as const),
]);

export function checkSexCell(cell: RawCell): FieldCheck<Sex> {
  const text = cleanText(cell);
  if (text === null) return EMPTY;
  const sex = SEX_WORDS.get(foldUpper(text).replace(/[^A-Z0-9]/g, ""));
  return sex ? { kind: "valid", value: sex } : INVALID;
}

export function checkRtRwPartCell(cell: RawCell): FieldCheck<string> {
  const text = cleanText(cell);
  if (text === null) return EMPTY;
  const value = normaliseRtRw(text);
  return value ? { kind: "valid", value } : INVALID;
}

export type RtRw = { readonly rt: string | null; readonly rw: string | null };

/** A combined "RT/RW" cell: "002/005", "2/5", "RT 02 RW 05", "02-05". */
export function checkCombinedRtRwCell(cell: RawCell): FieldCheck<RtRw> {
  const text = cleanText(cell);
  if (text === null) return EMPTY;
  const match =
    /^\s*(?:RT\s*\.?\s*:?\s*)?(\d{1,3})\s*(?:[/\\\-.,]|\s)\s*(?:RW\s*\.?\s*:?\s*)?(\d{1,3})\s*$/i.exec(text);
  if (!match) return INVALID;
  const rt = normaliseRtRw(match[1] ?? "");
  const rw = normaliseRtRw(match[2] ?? "");
  return rt && rw ? { kind: "valid", value: { rt, rw } } : INVALID;
}

const ZERO_COUNT = new Set(["TIDAK ADA", "TDK ADA", "NIHIL", "NOL", "BELUM ADA"]);

/** Head counts: 3, "3 orang", "3 org" → 3; "tidak ada" → 0. */
export function checkCountCell(cell: RawCell): FieldCheck<number> {
  if (cell.kind === "number") {
    return Number.isInteger(cell.value) && cell.value >= 0 ? { kind: "valid", value: cell.value } : INVALID;
  }
  const text = cleanText(cell);
  if (text === null) return EMPTY;
  if (ZERO_COUNT.has(text.toUpperCase())) return { kind: "valid", value: 0 };
  const match = /^(\d{1,6})(?:\s*[A-Za-z()., ]*)?$/.exec(text);
  return match ? { kind: "valid", value: Number(match[1]) } : INVALID;
}

export type Affected = "Ya" | "Tidak";

const YES = new Set(["YA", "Y", "IYA", "YES", "TERDAMPAK", "ADA", "1", "V", "✓", "√", "✔", "BENAR"]);
const NO = new Set(["TIDAK", "T", "TDK", "TIDAKTERDAMPAK", "NO", "N", "0", "X", "✗", "BELUM", "TAK", "GAK"]);

export function checkAffectedCell(cell: RawCell): FieldCheck<Affected> {
  if (cell.kind === "bool") return { kind: "valid", value: cell.value ? "Ya" : "Tidak" };
  const text = cleanText(cell);
  if (text === null) return EMPTY;
  const upper = foldUpper(text);
  const compact = upper.replace(/[^A-Z0-9✓√✔✗]/g, "");
  if (YES.has(compact)) return { kind: "valid", value: "Ya" };
  if (NO.has(compact)) return { kind: "valid", value: "Tidak" };
  // "Ya, omzet turun" / "Tidak terdampak karena ...": the first word decides.
  const first = upper.split(/[^A-Z]+/).find((w) => w !== "");
  if (first === "YA" || first === "IYA" || first === "TERDAMPAK") return { kind: "valid", value: "Ya" };
  if (first === "TIDAK" || first === "TDK") return { kind: "valid", value: "Tidak" };
  // "Sangat terdampak", "Terdampak ringan" / "Belum terdampak", "Tidak begitu terdampak".
  const words = upper.split(/[^A-Z]+/);
  if (words.includes("TERDAMPAK"))
    return words.some((w) => ["TIDAK", "TDK", "BELUM", "TAK", "BUKAN"].includes(w))
      ? { kind: "valid", value: "Tidak" }
      : { kind: "valid", value: "Ya" };
  return INVALID;
}
