// Reading an identity-number cell (NIK, No. KK, NIB) before its own rules apply. Excel keeps 15
// significant digits, so a 16-digit number typed into a General/Number cell has lost its last
// digit; the same damage shows in text as E+ notation after a round trip through CSV.

import { cleanIdentityText } from "../../../../shared/identity-text";
import { cellText, type RawCell } from "./cell";
import { collapseSpaces } from "./text";

export type IdentityRead =
  | { readonly kind: "missing" }
  /** A numeric cell with ≥16 digits, or E+ notation: the digits cannot be trusted. */
  | { readonly kind: "precision_loss" }
  /** A numeric cell with fewer digits: exact, but the caller decides whether the length is right. */
  | { readonly kind: "number"; readonly digits: string }
  /** Text after removing spaces, dots, dashes, NBSP and a leading apostrophe. */
  | { readonly kind: "text"; readonly cleaned: string };

const E_NOTATION = /^[+-]?\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+$/;

export function readIdentityCell(cell: RawCell): IdentityRead {
  if (cell.kind === "empty") return { kind: "missing" };
  if (cell.kind === "number") {
    if (!Number.isFinite(cell.value) || cell.value < 0) return { kind: "text", cleaned: cellText(cell) };
    if (cell.value >= 1e15) return { kind: "precision_loss" };
    return Number.isInteger(cell.value)
      ? { kind: "number", digits: cell.value.toFixed(0) }
      : { kind: "text", cleaned: String(cell.value) };
  }
  const raw = collapseSpaces(cellText(cell));
  if (E_NOTATION.test(raw)) return { kind: "precision_loss" };
  // "6271011205800000.0": a number written out by a program after it went through a float.
  if (/^\d{16,}\.0+$/.test(raw)) return { kind: "precision_loss" };
  const cleaned = cleanIdentityText(raw);
  if (!/\d/.test(cleaned)) return { kind: "missing" };
  return { kind: "text", cleaned };
}
