// Privacy-preserving linkage: the normalised values that get keyed hashes (HMAC in the CLI).
// Several name keys are hashed so that spelling variants still meet: the canonical name, the
// first and last name with the birth date, and a consonant skeleton with the birth date.
import { swapInvariantKey } from "./date";
import { looseToken } from "./name-normalise";
import type { Prepared } from "./types";

export const HASH_FIELDS = [
  "nik",
  "nik15",
  "dob",
  "name",
  "firstDob",
  "lastDob",
  "skeletonDob",
  "district",
  "nameDistrict",
  "familyId",
  "phone",
] as const;
export type HashField = (typeof HASH_FIELDS)[number];

function skeleton(sorted: string): string {
  const s = sorted.replace(/[AEIOUHY ]/g, "");
  return s.length >= 3 ? s : "";
}

/** The strings to hash for one record, in HASH_FIELDS order ("" when unknown). */
export function hashInputs(r: Prepared): string[] {
  // Any national id of six digits or more (other countries' ids are shorter than a NIK).
  const nik = r.nik && r.nik.digits.length >= 6 ? r.nik.digits : "";
  const dob = r.birthDate === 0 ? "" : String(r.birthDate);
  const dobKey = r.birthDate === 0 ? "" : swapInvariantKey(r.birthDate);
  const first = looseToken(r.name[0] ?? "");
  const last = r.name.length >= 2 ? looseToken(r.name[r.name.length - 1] ?? "") : "";
  const skel = skeleton(r.nameKey);
  const district = r.region.length >= 6 ? r.region.slice(0, 6) : "";
  const withDob = (v: string) => (v === "" || dobKey === "" ? "" : `${v}|${dobKey}`);
  return [
    nik,
    nik.length === 16 ? nik.slice(0, 15) : "",
    dob,
    r.nameKey,
    withDob(first),
    withDob(last),
    withDob(skel),
    district,
    r.nameKey === "" || district === "" ? "" : `${r.nameKey}|${district}`,
    r.familyId.length >= 6 ? r.familyId : "",
    r.phone,
  ];
}
