// The catalogue of comparisons and the selection for a data set.
import type { Comparison, ComparisonName } from "./comparison-types";
import {
  birthDateComparison,
  familyIdComparison,
  givenNameComparison,
  nameComparison,
  nationalIdComparison,
  sexComparison,
  surnameComparison,
} from "./comparisons-person";
import {
  addressComparison,
  birthPlaceComparison,
  businessComparison,
  localityComparison,
  phoneComparison,
  postcodeComparison,
  regionComparison,
  rtRwComparison,
  stateComparison,
  streetNumberComparison,
} from "./comparisons-place";
import type { FieldPresence } from "./types";

export const ALL_COMPARISONS: readonly Comparison[] = [
  nameComparison,
  givenNameComparison,
  surnameComparison,
  birthDateComparison,
  nationalIdComparison,
  familyIdComparison,
  sexComparison,
  phoneComparison,
  addressComparison,
  rtRwComparison,
  streetNumberComparison,
  localityComparison,
  postcodeComparison,
  stateComparison,
  regionComparison,
  birthPlaceComparison,
  businessComparison,
];

const BY_NAME = new Map(ALL_COMPARISONS.map((c) => [c.name, c]));

export function comparisonByName(name: ComparisonName): Comparison {
  const c = BY_NAME.get(name);
  if (!c) throw new Error(`unknown comparison ${name}`);
  return c;
}

/** Comparisons that apply to the fields a data set carries. */
export function selectComparisons(presence: FieldPresence): Comparison[] {
  return ALL_COMPARISONS.filter((c) => c.isActive(presence));
}
