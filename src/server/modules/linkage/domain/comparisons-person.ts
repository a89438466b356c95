// Comparators for who a person is: names, birth date, NIK, family card, sex. Each tests the
// small-integer forms in Prepared.fast first and reads strings only for near-equal values.
import { type Comparison, NULL_LEVEL } from "./comparison-types";
import { compareDates } from "./date";
import { digitMismatches } from "./digit-number";
import { sexesDiffer } from "./guards";
import { areDistinctNames } from "./name-normalise";
import { compareNames, compareNameTokens, NAME_LEVELS } from "./name-similarity";
import { compareNik } from "./nik";
import { jaroWinkler } from "./string-distance";
import type { Prepared } from "./types";

const DATE_LEVELS = ["exact", "swap", "near", "partial", "different"] as const;
const ID_LEVELS = ["exact", "near", "near2", "different"] as const;
const DIFFERENT_NAME = NAME_LEVELS.length - 1;

function patronymsConflict(a: Prepared, b: Prepared): boolean {
  const pa = a.fast.patronym;
  const pb = b.fast.patronym;
  if (pa === 0 || pb === 0 || pa === pb) return false;
  const level = compareNameTokens(a.patronym, b.patronym);
  return level === "different" || level === "partial";
}

export const nameComparison: Comparison = {
  name: "name",
  levels: NAME_LEVELS,
  isActive: (p) => p.fullName && !p.splitName,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if (fa.name === 0 || fb.name === 0) return NULL_LEVEL;
    if (patronymsConflict(a, b)) return DIFFERENT_NAME;
    if (fa.name === fb.name) return 0;
    if (fa.nameSorted === fb.nameSorted || fa.nameConcat === fb.nameConcat) return 1;
    // A Chinese name in one list and an Indonesian one in the other may be one person: the names
    // say nothing, and other fields decide (REFERENCE rule 7).
    if (fa.chinese !== fb.chinese) return NULL_LEVEL;
    return NAME_LEVELS.indexOf(compareNames(a.nameKeys, b.nameKeys));
  },
  tfValue: (r) => r.nameKey,
  tfLevels: [0, 1],
};

function stringLevel(x: string, y: string): number {
  if (x === y) return 0;
  const s = jaroWinkler(x, y);
  if (s < 0.8 || areDistinctNames(x, y)) return 3;
  return s >= 0.92 ? 1 : 2;
}

/** Given name and surname written in each other's column is a common error. */
function isSwapped(a: Prepared, b: Prepared): boolean {
  if (a.given === "" || a.surname === "" || b.given === "" || b.surname === "") {
    return (a.given === "" || b.given === "") && (a.given === b.surname || a.surname === b.given);
  }
  if (a.given === b.given || a.surname === b.surname) return false;
  if (a.given === b.surname && a.surname === b.given) return true;
  // A swap keeps at least one first letter in place; checking it first spares most random pairs.
  if (a.given[0] !== b.surname[0] && a.surname[0] !== b.given[0]) return false;
  const direct = jaroWinkler(a.given, b.given) + jaroWinkler(a.surname, b.surname);
  const cross = jaroWinkler(a.given, b.surname) + jaroWinkler(a.surname, b.given);
  return cross > direct + 0.2;
}

function splitNameComparison(part: "given" | "surname"): Comparison {
  const other = part === "given" ? "surname" : "given";
  return {
    name: part === "given" ? "givenName" : "surname",
    levels: ["exact", "high", "medium", "different"],
    isActive: (p) => p.splitName,
    compare(a, b) {
      const x = a[part];
      const y = isSwapped(a, b) ? b[other] : b[part];
      if (x === "" || y === "") return NULL_LEVEL;
      return stringLevel(x, y);
    },
    tfValue: (r) => r[part],
    tfLevels: [0],
  };
}

export const givenNameComparison = splitNameComparison("given");
export const surnameComparison = splitNameComparison("surname");

export const birthDateComparison: Comparison = {
  name: "birthDate",
  levels: DATE_LEVELS,
  isActive: (p) => p.birthDate,
  compare(a, b) {
    if (a.birthDate === 0 || b.birthDate === 0) return NULL_LEVEL;
    if (a.birthDate === b.birthDate) return 0;
    return DATE_LEVELS.indexOf(compareDates(a.birthDate, b.birthDate));
  },
};

/** Digit numbers that differ in more than four positions are more than two entry errors apart. */
function farApart(xHi: number, xLo: number, xLen: number, yHi: number, yLo: number, yLen: number): boolean {
  return xLen === yLen && digitMismatches(xHi, xLo, yHi, yLo) > 4;
}

/**
 * NIKs one entry error apart that different people's NIKs often are too: one digit apart in the
 * district code or the serial with the same birth-date digits (neighbouring districts, same-day
 * serials 0001/0002), or equal in the first 15 digits with a last digit zeroed by a numeric
 * spreadsheet cell (the last digit is unknown, and serials are mostly 0001-0009). Weak agreement.
 */
function weakNear(a: Prepared, b: Prepared): boolean {
  const x = a.nik?.digits ?? "";
  const y = b.nik?.digits ?? "";
  if (x.length === 16 && y.length === 16 && x.slice(0, 15) === y.slice(0, 15)) {
    if (x.endsWith("0") || y.endsWith("0")) return true;
  }
  if (!a.nik?.isValid || !b.nik?.isValid) return false;
  return x.slice(6, 12) === y.slice(6, 12);
}

export const nationalIdComparison: Comparison = {
  name: "nationalId",
  levels: ID_LEVELS,
  isActive: (p) => p.nationalId,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if (fa.nikLen === 0 || fb.nikLen === 0) return NULL_LEVEL;
    if (fa.nikHi === fb.nikHi && fa.nikLo === fb.nikLo && fa.nikLen === fb.nikLen) return 0;
    // One side typed the family-card number into the NIK field: no evidence either way.
    if (fa.nikHi === fb.kkHi && fa.nikLo === fb.kkLo && fa.nikLen === fb.kkLen) return NULL_LEVEL;
    if (fb.nikHi === fa.kkHi && fb.nikLo === fa.kkLo && fb.nikLen === fa.kkLen) return NULL_LEVEL;
    const suspect = a.nik?.suspect === true || b.nik?.suspect === true;
    if (farApart(fa.nikHi, fa.nikLo, fa.nikLen, fb.nikHi, fb.nikLo, fb.nikLen))
      return suspect ? NULL_LEVEL : 3;
    const level = ID_LEVELS.indexOf(compareNik(a.nik?.digits ?? "", b.nik?.digits ?? ""));
    if (suspect && level === 3) return NULL_LEVEL;
    return level === 1 && weakNear(a, b) ? 2 : level;
  },
};

export const familyIdComparison: Comparison = {
  name: "familyId",
  levels: ID_LEVELS,
  isActive: (p) => p.familyId,
  compare(a, b) {
    const fa = a.fast;
    const fb = b.fast;
    if (fa.kkLen === 0 || fb.kkLen === 0) return NULL_LEVEL;
    if (fa.kkHi === fb.kkHi && fa.kkLo === fb.kkLo && fa.kkLen === fb.kkLen) return 0;
    if (farApart(fa.kkHi, fa.kkLo, fa.kkLen, fb.kkHi, fb.kkLo, fb.kkLen)) return 3;
    return ID_LEVELS.indexOf(compareNik(a.familyId, b.familyId));
  },
};

export const sexComparison: Comparison = {
  name: "sex",
  levels: ["same", "different"],
  isActive: (p) => p.sex,
  compare(a, b) {
    if (a.sex === null || b.sex === null) return NULL_LEVEL;
    if (a.sex === b.sex) return 0;
    return sexesDiffer(a, b) ? 1 : NULL_LEVEL;
  },
};
