// A programme's eligibility rules, kept as data on the programme so an office can read and change
// them without a release. Defaults describe the most permissive programme.
import type { ExcludedOccupation } from "./vocab";

export type EligibilityRules = {
  /** Size classes admitted (e.g. ["mikro"]), judged by the size rule in force on `sizeDate`; empty: any. */
  readonly sizeClasses: readonly string[];
  /** Date whose size rule applies (BPUM 2020 used UU 20/2008); null: the programme's start. */
  readonly sizeDate: string | null;
  readonly requireAffected: boolean;
  /** Register sectors admitted; empty: any. */
  readonly sectors: readonly string[];
  readonly excludedOccupations: readonly ExcludedOccupation[];
  readonly requireValidNik: boolean;
  readonly oneBusinessPerHousehold: boolean;
};

export const OPEN_RULES: EligibilityRules = {
  sizeClasses: [],
  sizeDate: null,
  requireAffected: false,
  sectors: [],
  excludedOccupations: [],
  requireValidNik: true,
  oneBusinessPerHousehold: false,
};

/**
 * BPUM 2020: micro by UU 20/2008, valid NIK, no civil servant/soldier/police/state-enterprise staff,
 * one business per household. Being affected was not a BPUM condition.
 */
export const BPUM_RULES: EligibilityRules = {
  sizeClasses: ["mikro"],
  sizeDate: "2020-08-17",
  requireAffected: false,
  sectors: [],
  excludedOccupations: ["pns", "tni", "polri", "bumn"],
  requireValidNik: true,
  oneBusinessPerHousehold: true,
};
