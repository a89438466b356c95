// The NIK rule lives in src/shared/nik.ts; here only the spreadsheet cell's own finding is added:
// a NIK typed as a number (or E+ text) has lost digits and cannot be trusted.

import {
  checkNikDigits,
  type NikCheckOptions,
  type NikCheck as SharedNikCheck,
  type NikErrorCode as SharedNikErrorCode,
} from "../../../../shared/nik";
import type { RawCell } from "./cell";
import { readIdentityCell } from "./identity-cell";

export type { NikCheckOptions, NikInfo, Sex } from "../../../../shared/nik";
export { checkNik, checkNikDigits, decodeNikBirth } from "../../../../shared/nik";

export type NikErrorCode = SharedNikErrorCode | "NIK_PRECISION_LOSS";
export type NikCheck =
  | SharedNikCheck
  | { readonly kind: "invalid"; readonly code: "NIK_PRECISION_LOSS"; readonly nik: null };

/** Checks a NIK cell as the import policy reads it (numeric ≥16 digits or E+ → precision loss). */
export function checkNikCell(cell: RawCell, options: NikCheckOptions = {}): NikCheck {
  const read = readIdentityCell(cell);
  switch (read.kind) {
    case "missing":
      return { kind: "invalid", code: "NIK_MISSING", nik: null };
    case "precision_loss":
      return { kind: "invalid", code: "NIK_PRECISION_LOSS", nik: null };
    case "number":
      // below 10^15, so at most 15 digits: a 15-digit number is a length error (IMPORT-POLICY)
      return { kind: "invalid", code: "NIK_LENGTH", nik: null };
    case "text":
      return checkNikDigits(read.cleaned, options);
  }
}
