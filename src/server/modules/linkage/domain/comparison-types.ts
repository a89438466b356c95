// A comparison maps a record pair to one agreement level (0 = strongest agreement) or NULL_LEVEL
// when a side lacks the field; the model holds m and u per level.
import type { FieldPresence, Prepared } from "./types";

export const NULL_LEVEL = -1;

export const COMPARISON_NAMES = [
  "name",
  "givenName",
  "surname",
  "birthDate",
  "nationalId",
  "familyId",
  "sex",
  "phone",
  "address",
  "rtRw",
  "streetNumber",
  "locality",
  "postcode",
  "state",
  "region",
  "birthPlace",
  "business",
] as const;
export type ComparisonName = (typeof COMPARISON_NAMES)[number];

export type Comparison = {
  name: ComparisonName;
  /** Level labels, strongest agreement first; the last level is disagreement. */
  levels: readonly string[];
  isActive(presence: FieldPresence): boolean;
  compare(a: Prepared, b: Prepared): number;
  /** Value whose frequency refines the weight of agreeing levels (term-frequency adjustment). */
  tfValue?: (r: Prepared) => string;
  /** Levels that get the term-frequency adjustment. */
  tfLevels?: readonly number[];
};
