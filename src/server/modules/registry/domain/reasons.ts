// Reason codes of the import policy with their level. The worst level decides a
// row's status; info never changes it. Codes marked "extra" are not in the policy table: they are
// info-level only, so they can never change a status the policy prescribes.

export const REASON_LEVELS = {
  NAME_MISSING: "error",
  NIK_MISSING: "error",
  NIK_PRECISION_LOSS: "error",
  NIK_LENGTH: "error",
  NIK_CHARS: "error",
  NIK_DATE: "error",
  NIK_PROVINCE: "error",
  NIK_EQUALS_KK: "error",
  REGION_UNKNOWN: "error",
  DATE_INVALID: "warning",
  PHONE_INVALID: "warning",
  MONEY_INVALID: "warning",
  KK_PRECISION_LOSS: "warning",
  KK_INVALID: "warning",
  NIK_DOB_MISMATCH: "warning",
  NIK_SEX_MISMATCH: "warning",
  LIKELY_DUPLICATE: "warning",
  // the file against itself (the same valid NIK in an earlier row): the commit writes one person
  /** The same owner and business again: written once. */
  DUPLICATE_IN_FILE: "warning",
  /** The same owner with another business: one person, both businesses. */
  SAME_OWNER_IN_FILE: "warning",
  /** The same NIK under another name (typo or reused NIK): held back, not written. */
  NIK_OTHER_NAME_IN_FILE: "warning",
  // the register, checked after the file: imported only as the operator chooses (update by default)
  EXISTS_IN_REGISTER: "warning",
  LIKELY_IN_REGISTER: "warning",
  MONEY_PARSED: "info",
  MULTIPLE_PHONES: "info",
  NIK_TRAILING_ZERO: "info",
  // extra, info only
  /** Serial 0000 is never issued; the policy accepts text NIKs ending in 0, so only a note. */
  NIK_SERIAL: "info",
  NIK_DISTRICT_UNKNOWN: "info",
  REGION_AMBIGUOUS: "info",
  SEX_UNKNOWN: "info",
  RT_RW_INVALID: "info",
  NIB_INVALID: "info",
  COUNT_INVALID: "info",
  TERDAMPAK_UNKNOWN: "info",
} as const;

export type ReasonCode = keyof typeof REASON_LEVELS;
export type ReasonLevel = "error" | "warning" | "info";
export type RowStatus = "valid" | "warning" | "rejected";

export const REASON_CODES = Object.keys(REASON_LEVELS) as ReasonCode[];

/** The codes of the import policy's table; the others are notes of this system (info only). */
export const POLICY_REASON_CODES: ReadonlySet<ReasonCode> = new Set<ReasonCode>([
  "NAME_MISSING",
  "NIK_MISSING",
  "NIK_PRECISION_LOSS",
  "NIK_LENGTH",
  "NIK_CHARS",
  "NIK_DATE",
  "NIK_PROVINCE",
  "NIK_EQUALS_KK",
  "REGION_UNKNOWN",
  "DATE_INVALID",
  "PHONE_INVALID",
  "MONEY_INVALID",
  "KK_PRECISION_LOSS",
  "KK_INVALID",
  "NIK_DOB_MISMATCH",
  "NIK_SEX_MISMATCH",
  "LIKELY_DUPLICATE",
  "MONEY_PARSED",
  "MULTIPLE_PHONES",
  "NIK_TRAILING_ZERO",
]);

export function reasonLevel(code: ReasonCode): ReasonLevel {
  return REASON_LEVELS[code];
}

/** Worst level wins: any error → rejected, else any warning → warning, else valid. */
export function statusFromReasons(codes: Iterable<ReasonCode>): RowStatus {
  let status: RowStatus = "valid";
  for (const code of codes) {
    const level = REASON_LEVELS[code];
    if (level === "error") return "rejected";
    if (level === "warning") status = "warning";
  }
  return status;
}
