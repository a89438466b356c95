// Rules that overrule the score: family members are not duplicates, and one person has one NIK.
import { compareDates } from "./date";
import { compareNames } from "./name-similarity";
import { areConflictingNiks, compareNik } from "./nik";
import type { Prepared } from "./types";

export type GuardReason = "household:sex" | "household:name" | "household:birthDate";

function sameHousehold(a: Prepared, b: Prepared): boolean {
  if (a.familyId !== "" && b.familyId !== "" && compareNik(a.familyId, b.familyId) !== "different") {
    return true;
  }
  return (
    a.address.length > 0 &&
    a.region.length >= 10 &&
    a.region === b.region &&
    a.rt !== "" &&
    a.rt === b.rt &&
    a.rw === b.rw &&
    a.address.join(" ") === b.address.join(" ")
  );
}

function birthDatesDiffer(a: number, b: number): boolean {
  if (a === 0 || b === 0) return false;
  const level = compareDates(a, b);
  if (level === "different") return true;
  return level === "partial" && Math.abs(Math.floor(a / 10000) - Math.floor(b / 10000)) >= 5;
}

/**
 * Household guard: two records of one family card (or one exact address with the same RT/RW and
 * village) that differ in first name, sex or birth date are spouses, parent and child or twins.
 * An identical NIK overrides it: one NIK is one person.
 */
export function householdGuard(a: Prepared, b: Prepared): GuardReason | null {
  if (a.nik?.isValid && b.nik?.isValid && a.nik.digits === b.nik.digits) return null;
  if (!sameHousehold(a, b)) return null;
  if (a.sex !== null && b.sex !== null && a.sex !== b.sex) return "household:sex";
  if (birthDatesDiffer(a.birthDate, b.birthDate)) return "household:birthDate";
  if (a.name.length > 0 && b.name.length > 0) {
    const level = compareNames(a.nameKeys, b.nameKeys);
    if (level === "partial" || level === "different") return "household:name";
  }
  return null;
}

/** NIK conflict between two records (both valid, more than one entry error apart). */
export function nikConflict(a: Prepared, b: Prepared): boolean {
  return a.nik !== null && b.nik !== null && areConflictingNiks(a.nik, b.nik);
}
