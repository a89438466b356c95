// No. KK (family card, 16 digits, shared by a household) and NIB (OSS business number, 13 digits).
// Both are read like the NIK (a numeric cell is a finding), but a bad one only empties the field.

import { isNoKkDigits } from "../../../../shared/kk";
import { isNibDigits, parseNib } from "../../../../shared/nib";
import type { RawCell } from "./cell";
import { readIdentityCell } from "./identity-cell";

export type NoKkCheck =
  | { readonly kind: "empty" }
  | { readonly kind: "valid"; readonly noKk: string }
  | { readonly kind: "invalid"; readonly code: "KK_PRECISION_LOSS" | "KK_INVALID" };

export function checkNoKkCell(cell: RawCell): NoKkCheck {
  const read = readIdentityCell(cell);
  switch (read.kind) {
    case "missing":
      return { kind: "empty" };
    case "precision_loss":
      return { kind: "invalid", code: "KK_PRECISION_LOSS" };
    case "number":
      return { kind: "invalid", code: "KK_INVALID" };
    case "text":
      return isNoKkDigits(read.cleaned)
        ? { kind: "valid", noKk: read.cleaned }
        : { kind: "invalid", code: "KK_INVALID" };
  }
}

export type NibCheck =
  | { readonly kind: "empty" }
  | { readonly kind: "valid"; readonly nib: string }
  /** IUMK/SKU permit numbers and other texts that are not a 13-digit NIB. */
  | { readonly kind: "invalid" };

export function checkNibCell(cell: RawCell): NibCheck {
  if (cell.kind === "text" && /[A-Za-z]/.test(cell.text)) {
    // "NIB 9120..." is a NIB with a label; "IUMK 503/..." or "SKU" is an older permit.
    const nib = parseNib(cell.text);
    return nib ? { kind: "valid", nib } : { kind: "invalid" };
  }
  const read = readIdentityCell(cell);
  switch (read.kind) {
    case "missing":
      return { kind: "empty" };
    case "precision_loss":
      return { kind: "invalid" };
    case "number":
    case "text": {
      // 13 digits fit in Excel's 15 significant digits, so a numeric NIB is exact.
      const digits = read.kind === "number" ? read.digits : read.cleaned;
      return isNibDigits(digits) ? { kind: "valid", nib: digits } : { kind: "invalid" };
    }
  }
}
