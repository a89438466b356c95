// NIK (Nomor Induk Kependudukan): province(2) regency(2) district(2) + DD(+40 for women) MM YY +
// serial(4). Letters are errors, never auto-corrected (O for 0 is a typo nobody can vouch for).

import type { CalendarDate } from "./calendar";
import { expandTwoDigitYear, isRealDate } from "./calendar";
import type { RawCell } from "./cell";
import { readIdentityCell } from "./identity-cell";
import { isProvinceCode } from "./province-codes";

export type Sex = "L" | "P";

export type NikErrorCode =
  | "NIK_MISSING"
  | "NIK_PRECISION_LOSS"
  | "NIK_CHARS"
  | "NIK_LENGTH"
  | "NIK_PROVINCE"
  | "NIK_DATE"
  | "NIK_SERIAL";

export type NikInfo = {
  readonly nik: string;
  /** Dotted Kemendagri district code of first registration, e.g. "62.71.01". */
  readonly districtCode: string;
  readonly birthDate: CalendarDate;
  readonly sex: Sex;
};

export type NikCheck =
  | ({ readonly kind: "valid"; readonly endsInZero: boolean; readonly serialIsZero: boolean } & NikInfo)
  /** nik is the 16-digit string when the digits themselves are readable (date/province errors). */
  | { readonly kind: "invalid"; readonly code: NikErrorCode; readonly nik: string | null };

/** Date and sex encoded in 16 digits, or null when digits 7–10 are not a real date. */
export function decodeNikBirth(nik: string): { birthDate: CalendarDate; sex: Sex } | null {
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = expandTwoDigitYear(Number(nik.slice(10, 12)));
  const sex: Sex = rawDay > 40 ? "P" : "L";
  const day = sex === "P" ? rawDay - 40 : rawDay;
  if (!isRealDate(year, month, day)) return null;
  return { birthDate: { year, month, day }, sex };
}

export type NikCheckOptions = {
  /**
   * Serial 0000 is never issued. Forms reject it (NIK_SERIAL); the spreadsheet import accepts it
   * with a note, because its policy rejects only numeric cells for a final 0 (IMPORT-POLICY).
   */
  readonly zeroSerial?: "reject" | "accept";
};

/** Structural check of 16 clean digits (no cell-type concerns). */
export function checkNikDigits(nik: string, options: NikCheckOptions = {}): NikCheck {
  if (/[^0-9]/.test(nik)) return { kind: "invalid", code: "NIK_CHARS", nik: null };
  if (nik.length !== 16) return { kind: "invalid", code: "NIK_LENGTH", nik: null };
  if (!isProvinceCode(nik.slice(0, 2))) return { kind: "invalid", code: "NIK_PROVINCE", nik };
  const birth = decodeNikBirth(nik);
  if (!birth) return { kind: "invalid", code: "NIK_DATE", nik };
  const serialIsZero = nik.slice(12) === "0000";
  if (serialIsZero && options.zeroSerial !== "accept") return { kind: "invalid", code: "NIK_SERIAL", nik };
  const districtCode = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
  return { kind: "valid", nik, districtCode, ...birth, endsInZero: nik.endsWith("0"), serialIsZero };
}

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

/** Same check for a typed string (forms): a string is never a damaged number. */
export function checkNik(value: string): NikCheck {
  return checkNikCell(value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value });
}
