// Comparators for who a person is: names, birth date, NIK, family card, sex.
import { type Comparison, NULL_LEVEL } from "./comparison-types";
import { compareDates } from "./date";
import { areDistinctNames } from "./name-normalise";
import { compareNames, compareNameTokens, NAME_LEVELS } from "./name-similarity";
import { compareNik } from "./nik";
import { jaroWinkler } from "./string-distance";
import type { Prepared } from "./types";

const DATE_LEVELS = ["exact", "swap", "near", "partial", "different"] as const;
const ID_LEVELS = ["exact", "near", "different"] as const;

function patronymsConflict(a: Prepared, b: Prepared): boolean {
  if (a.patronym.length === 0 || b.patronym.length === 0) return false;
  const level = compareNameTokens(a.patronym, b.patronym);
  return level === "different" || level === "partial";
}

export const nameComparison: Comparison = {
  name: "name",
  levels: NAME_LEVELS,
  isActive: (p) => p.fullName && !p.splitName,
  compare(a, b) {
    if (a.name.length === 0 || b.name.length === 0) return NULL_LEVEL;
    if (patronymsConflict(a, b)) return NAME_LEVELS.length - 1;
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
    return DATE_LEVELS.indexOf(compareDates(a.birthDate, b.birthDate));
  },
};

export const nationalIdComparison: Comparison = {
  name: "nationalId",
  levels: ID_LEVELS,
  isActive: (p) => p.nationalId,
  compare(a, b) {
    if (a.nik === null || b.nik === null) return NULL_LEVEL;
    const x = a.nik.digits;
    const y = b.nik.digits;
    // One side typed the family-card number into the NIK field: no evidence either way.
    if (x !== y && (x === b.familyId || y === a.familyId)) return NULL_LEVEL;
    return ID_LEVELS.indexOf(compareNik(x, y));
  },
};

export const familyIdComparison: Comparison = {
  name: "familyId",
  levels: ID_LEVELS,
  isActive: (p) => p.familyId,
  compare(a, b) {
    if (a.familyId === "" || b.familyId === "") return NULL_LEVEL;
    return ID_LEVELS.indexOf(compareNik(a.familyId, b.familyId));
  },
};

export const sexComparison: Comparison = {
  name: "sex",
  levels: ["same", "different"],
  isActive: (p) => p.sex,
  compare(a, b) {
    if (a.sex === null || b.sex === null) return NULL_LEVEL;
    return a.sex === b.sex ? 0 : 1;
  },
};
