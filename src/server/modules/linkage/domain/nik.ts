// The NIK as record matching sees it: the shared rule (src/shared/nik.ts) plus the distance that
// knows its typical entry errors.
import { cleanIdentityText } from "../../../../shared/identity-text";
import { checkNikDigits } from "../../../../shared/nik";
import type { Sex } from "./name-normalise";
import { damerauLevenshtein } from "./string-distance";

export type NikInfo = {
  /** 16 digits when the value is structurally valid, else the digits that were found. */
  digits: string;
  isValid: boolean;
  /** Birth date encoded in the NIK as YYYYMMDD (century guessed), when valid. */
  birthDate: number;
  sex: Sex | null;
  /** Digits 7-12 contradict the record's birth date (often a family-card number): agreement only. */
  suspect?: boolean;
};

/** The shared cleaning (spaces, dots, dashes, leading apostrophe); letters stay errors. */
export function cleanNik(raw: string): string {
  return cleanIdentityText(raw).toUpperCase();
}

/**
 * Parses a NIK with the shared rule. `currentYear2` (two digits) decides the century: later
 * years are 19yy. An invalid NIK keeps its digits so that typo-aware comparison can still use it.
 */
export function parseNik(raw: string, currentYear2 = 26): NikInfo {
  const cleaned = cleanNik(raw);
  const check = checkNikDigits(cleaned, { pivotYear2: currentYear2 });
  if (check.kind !== "valid")
    return { digits: cleaned.replace(/\D/g, ""), isValid: false, birthDate: 0, sex: null };
  const { year, month, day } = check.birthDate;
  return { digits: cleaned, isValid: true, birthDate: year * 10000 + month * 100 + day, sex: check.sex };
}

export type NikLevel = "exact" | "near" | "near2" | "different";

/** Number of entry errors (Damerau-Levenshtein edits) between two numbers, capped at 3. */
export function nikEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === b.length) {
    // Two edits change at most four positions of equal-length strings: count mismatches first.
    let mismatches = 0;
    for (let i = 0; i < a.length; i++) {
      if (a.charCodeAt(i) !== b.charCodeAt(i) && ++mismatches > 4) return 3;
    }
  }
  return damerauLevenshtein(a, b, 2);
}

/**
 * NIK-aware distance: equal; one typical entry error (one digit replaced, two adjacent digits
 * swapped, the last digit zeroed by Excel, one digit dropped or added); two such errors (two
 * copies of a NIK, each mistyped once); or different.
 */
export function compareNik(a: string, b: string): NikLevel {
  const level = compareNikOnce(a, b);
  if (level !== "different" || a.length < 10) return level;
  return nikEditDistance(a, b) <= 2 ? "near2" : "different";
}

function compareNikOnce(a: string, b: string): NikLevel {
  if (a === b) return "exact";
  const la = a.length;
  const lb = b.length;
  if (la === lb) {
    let first = -1;
    let diffs = 0;
    for (let i = 0; i < la; i++) {
      if (a.charCodeAt(i) !== b.charCodeAt(i)) {
        if (diffs === 0) first = i;
        diffs++;
        if (diffs > 2) return "different";
      }
    }
    if (diffs === 1) return "near";
    // Two differences are near only as an adjacent transposition.
    const i = first;
    return a[i] === b[i + 1] && a[i + 1] === b[i] ? "near" : "different";
  }
  if (Math.abs(la - lb) !== 1) return "different";
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1) ? "near" : "different";
}
