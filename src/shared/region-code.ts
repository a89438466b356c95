// Kemendagri region codes, dotted: province "62", regency "62.71", district "62.71.01", village
// "62.71.01.1001". Province codes are never retired, so the current list is every code ever issued.

import { provinceOfRegion } from "./region-zones";

export const REGION_CODE_PATTERN = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

export type RegionLevel = "province" | "regency" | "district" | "village";
const LEVELS: readonly RegionLevel[] = ["province", "regency", "district", "village"];

/** True for a well-formed dotted code of any level (the province need not exist). */
export function isRegionCode(value: string): boolean {
  return REGION_CODE_PATTERN.test(value);
}

/** The level of a well-formed code, or null. */
export function regionLevel(code: string): RegionLevel | null {
  return isRegionCode(code) ? (LEVELS[code.split(".").length - 1] ?? null) : null;
}

/** True for the two digits of a province that exists (NIK, No. KK and region prefixes). */
export function isProvinceCode(code: string): boolean {
  return /^\d\d$/.test(code) && provinceOfRegion(code) !== undefined;
}
