// Rules that overrule the score: family members are not duplicates, and one person has one NIK.
import { compareDates } from "./date";
import { digitMismatches } from "./digit-number";
import { areDistinctNames } from "./name-normalise";
import { compareNames, tokenSimilarity } from "./name-similarity";
import { compareNik, nikEditDistance } from "./nik";
import { damerauLevenshtein } from "./string-distance";
import type { Prepared } from "./types";

export type GuardReason =
  | "household:sex"
  | "household:name"
  | "household:birthDate"
  | "household:twins"
  | "household:nik";

/** One family card (up to two entry errors) or one exact address with RT, RW and village. */
function sameHousehold(a: Prepared, b: Prepared): boolean {
  const fa = a.fast;
  const fb = b.fast;
  if (fa.kkLen > 0 && fb.kkLen > 0) {
    if (fa.kkHi === fb.kkHi && fa.kkLo === fb.kkLo && fa.kkLen === fb.kkLen) return true;
    if (!(fa.kkLen === fb.kkLen && digitMismatches(fa.kkHi, fa.kkLo, fb.kkHi, fb.kkLo) > 4)) {
      if (compareNik(a.familyId, b.familyId) !== "different") return true;
    }
  }
  return (
    fa.address !== 0 &&
    fa.address === fb.address &&
    fa.regionLen >= 10 &&
    fa.place10 === fb.place10 &&
    fa.rt >= 0 &&
    fa.rt === fb.rt &&
    fa.rw === fb.rw
  );
}

/**
 * Known and different sexes, unless one was read from a NIK within two entry errors of the
 * other's NIK: then the slip in the NIK's day digits, not the person, differs.
 */
export function sexesDiffer(a: Prepared, b: Prepared): boolean {
  if (a.sex === null || b.sex === null || a.sex === b.sex) return false;
  if (!a.sexFromNik && !b.sexFromNik) return true;
  const x = a.nik?.digits ?? "";
  const y = b.nik?.digits ?? "";
  return x === "" || y === "" || nikEditDistance(x, y) > 2;
}

function birthDatesDiffer(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const level = compareDates(a, b);
  if (level === "different") return true;
  return level === "partial" && Math.abs(Math.floor(a / 10000) - Math.floor(b / 10000)) >= 5;
}

/**
 * Given names that no typo explains (spouses, siblings): the names differ and so do their first
 * tokens, by more than one edit.
 */
function firstNamesDiffer(a: Prepared, b: Prepared): boolean {
  if (a.name.length === 0 || b.name.length === 0) return false;
  const level = compareNames(a.nameKeys, b.nameKeys);
  if (level !== "partial" && level !== "different") return false;
  const x = a.name[0] ?? "";
  const y = b.name[0] ?? "";
  return areDistinctNames(x, y) || (tokenSimilarity(x, y) < 0.8 && damerauLevenshtein(x, y, 1) > 1);
}

/**
 * One side under a Chinese name, the other under an Indonesian one, born on the same known day:
 * one person in two lists (REFERENCE rule 7), not two members of a household.
 */
function chineseAndIndonesianName(a: Prepared, b: Prepared): boolean {
  if (birthDatesDiffer(a.birthDate, b.birthDate)) return false;
  return a.fast.chinese !== b.fast.chinese;
}

/**
 * Twins: one birth date and NIKs registered together, which differ only by a serial one to three
 * apart; names not identical. A last digit zeroed by Excel is an entry error, not a twin.
 */
function looksLikeTwins(a: Prepared, b: Prepared): boolean {
  if (!a.nik?.isValid || !b.nik?.isValid || a.birthDate !== b.birthDate || a.birthDate === 0) return false;
  const x = a.nik.digits;
  const y = b.nik.digits;
  if (x === y || x.slice(0, 12) !== y.slice(0, 12) || a.nameKey === b.nameKey) return false;
  const gap = Math.abs(Number(x.slice(12)) - Number(y.slice(12)));
  // ...0 against ...1 stays ambiguous: twins registered one after the other look exactly so.
  if (gap > 1 && x.slice(0, 15) === y.slice(0, 15) && (x.endsWith("0") || y.endsWith("0"))) return false;
  return gap >= 1 && gap <= 3;
}

/**
 * Household guard: two records of one family card (or one exact address with the same RT/RW and
 * village) that differ in sex, birth date or given name are spouses, parent and child or twins.
 * An identical valid NIK overrides it: one NIK is one person.
 */
export function householdGuard(a: Prepared, b: Prepared): GuardReason | null {
  const fa = a.fast;
  const fb = b.fast;
  if (fa.nikValid && fb.nikValid && fa.nikHi === fb.nikHi && fa.nikLo === fb.nikLo) return null;
  if (!sameHousehold(a, b)) return null;
  if (sexesDiffer(a, b)) return "household:sex";
  if (birthDatesDiffer(a.birthDate, b.birthDate)) return "household:birthDate";
  if (firstNamesDiffer(a, b) && !chineseAndIndonesianName(a, b)) return "household:name";
  if (looksLikeTwins(a, b)) return "household:twins";
  if (householdNiksDiffer(a, b)) return "household:nik";
  return null;
}

/** A family-card number typed into the NIK column (within two entry errors of either card). */
function isCardNumber(nik: string, a: Prepared, b: Prepared): boolean {
  return (
    (a.familyId !== "" && nikEditDistance(nik, a.familyId) <= 2) ||
    (b.familyId !== "" && nikEditDistance(nik, b.familyId) <= 2)
  );
}

/**
 * Two valid NIKs of one household more than two entry errors apart: two members (a father and
 * his son of one name), not one person retyped.
 */
function householdNiksDiffer(a: Prepared, b: Prepared): boolean {
  if (!nikConflict(a, b) || a.nik?.suspect === true || b.nik?.suspect === true) return false;
  return !isCardNumber(a.nik?.digits ?? "", a, b) && !isCardNumber(b.nik?.digits ?? "", a, b);
}

/**
 * Two valid NIKs that cannot be one person's number: more than two entry errors apart (two
 * copies of one NIK, each with its own typo, are two errors apart and may still be one person).
 */
export function niksConflict(a: string, b: string): boolean {
  return nikEditDistance(a, b) > 2;
}

/** NIK conflict between two records (both valid and more than two entry errors apart). */
export function nikConflict(a: Prepared, b: Prepared): boolean {
  return (
    a.nik !== null &&
    b.nik !== null &&
    a.nik.isValid &&
    b.nik.isValid &&
    niksConflict(a.nik.digits, b.nik.digits)
  );
}
