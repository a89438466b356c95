// NIK (Nomor Induk Kependudukan): province(2) regency(2) district(2) + DD(+40 for women) MM YY +
// serial(4, never 0000). Letters are errors, never auto-corrected (O for 0 is a typo nobody can
// vouch for); a NIK from another province is valid (the prefix is the place of first registration).

import { type CalendarDate, expandTwoDigitYear, isRealDate } from "./calendar";
import { cleanIdentityText } from "./identity-text";
import { isProvinceCode } from "./region-code";

export type Sex = "L" | "P";

export type NikErrorCode =
  | "NIK_MISSING"
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

export type NikCheckOptions = {
  /**
   * Serial 0000 is never issued. Forms reject it (NIK_SERIAL); the spreadsheet import accepts it
   * with a note, because its policy rejects only numeric cells for a final 0.
   */
  readonly zeroSerial?: "reject" | "accept";
  /** Two-digit years up to this are 20yy (default 20, the import policy's reading). */
  readonly pivotYear2?: number;
};

/** Date and sex encoded in 16 digits, or null when digits 7–10 are not a real date. */
export function decodeNikBirth(nik: string, pivotYear2 = 20): { birthDate: CalendarDate; sex: Sex } | null {
  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const year = expandTwoDigitYear(Number(nik.slice(10, 12)), pivotYear2);
  const sex: Sex = rawDay > 40 ? "P" : "L";
  const day = sex === "P" ? rawDay - 40 : rawDay;
  if (!isRealDate(year, month, day)) return null;
  return { birthDate: { year, month, day }, sex };
}

/** Structural check of an already cleaned NIK. */
export function checkNikDigits(nik: string, options: NikCheckOptions = {}): NikCheck {
  // "-", "BELUM ADA", "belum punya KTP": no digits at all means no NIK was given.
  if (!/\d/.test(nik)) return { kind: "invalid", code: "NIK_MISSING", nik: null };
  if (/[^0-9]/.test(nik)) return { kind: "invalid", code: "NIK_CHARS", nik: null };
  if (nik.length !== 16) return { kind: "invalid", code: "NIK_LENGTH", nik: null };
  if (!isProvinceCode(nik.slice(0, 2))) return { kind: "invalid", code: "NIK_PROVINCE", nik };
  const birth = decodeNikBirth(nik, options.pivotYear2);
  if (!birth) return { kind: "invalid", code: "NIK_DATE", nik };
  const serialIsZero = nik.slice(12) === "0000";
  if (serialIsZero && options.zeroSerial !== "accept") return { kind: "invalid", code: "NIK_SERIAL", nik };
  const districtCode = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}`;
  return { kind: "valid", nik, districtCode, ...birth, endsInZero: nik.endsWith("0"), serialIsZero };
}

/** A typed NIK ("6271 0312 0580 0003", "'6271…"): cleaned, then checked. */
export function checkNik(value: string, options: NikCheckOptions = {}): NikCheck {
  return checkNikDigits(cleanIdentityText(value), options);
}

/** Sixteen ASCII digits: the shape files and lookups match on (validity is checkNik's question). */
export function hasNikShape(value: string): boolean {
  return /^\d{16}$/.test(value);
}

export function isValidNik(value: string): boolean {
  return checkNik(value).kind === "valid";
}

/** The NIK only holds a two-digit year, so the comparison is day, month and year modulo 100. */
export function sameNikBirthDate(nikDate: CalendarDate, stated: CalendarDate): boolean {
  return (
    nikDate.day === stated.day && nikDate.month === stated.month && nikDate.year % 100 === stated.year % 100
  );
}
