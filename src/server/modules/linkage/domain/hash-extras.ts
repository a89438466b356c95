// Privacy-preserving linkage: values computed on each side before hashing so that the rules the
// clear-text engine reads from clear values (near NIKs, a family-card number in the NIK column,
// the NIK's date part, day/month swaps, the household guard) have keyed-hash counterparts. Every
// entry is keyed-hashed (HMAC) before it leaves a party; the linker sees equalities only.
import { swapInvariantKey } from "./date";
import type { Prepared } from "./types";

export const EXTRA_FIELDS = [
  /**
   * The NIK, then its forms with digit 1, 2, … 16 deleted: one substitution apart share the form
   * at its position, an adjacent swap the forms at two neighbouring positions.
   */
  "nikVariants",
  /** The same for the family-card number, in the same hash space (a card number typed as a NIK). */
  "cardVariants",
  /** Digits 7-12 of a valid NIK (its birth date, day + 40 for women), then digits 1-12. */
  "nikParts",
  /** Birth date: day/month-order-free form, year+month, year+day, month+day. */
  "dobParts",
  /** The birth date's eight digits with digit 1, 2, … 8 deleted (as for the NIK). */
  "dobVariants",
  /** One dwelling: street address with RT, RW and village code. */
  "household",
  /** Sex and name form (Chinese or not) joined to the family card or the dwelling: comparable only within one household. */
  "houseTraits",
  /** The first name token, then its forms with one letter deleted. */
  "firstVariants",
  /** Birth date with the village (a blocking key). */
  "blocking",
] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** The HMAC label of a field: NIK and card variants share one, so a card typed as a NIK meets it. */
export function extraLabel(f: ExtraField): string {
  return f === "nikVariants" || f === "cardVariants" ? "idVariants" : f;
}

/** The string with each position deleted in turn, in position order (compared position by position). */
function deletions(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function idVariants(digits: string): string[] {
  return digits.length < 6 ? [] : [digits, ...deletions(digits)];
}

function householdKey(r: Prepared): string {
  if (r.address.length === 0 || r.region.length < 10 || r.rt === "") return "";
  return `${r.address.join(" ")}|${r.rt}|${r.rw}|${r.region.slice(0, 10)}`;
}

function dobParts(date: number): string[] {
  if (date === 0) return [];
  const y = Math.floor(date / 10000);
  const m = Math.floor(date / 100) % 100;
  const d = date % 100;
  return [`S${swapInvariantKey(date)}`, `YM${y}-${m}`, `YD${y}-${d}`, `MD${m}-${d}`];
}

function houseTraits(r: Prepared): string[] {
  const house = householdKey(r);
  const card = r.familyId.length >= 6 ? r.familyId : "";
  const sex = r.sex ?? "";
  const form = r.name.length === 0 ? "" : r.fast.chinese ? "C" : "I";
  const join = (k: string, v: string, tag: string) => (k === "" || v === "" ? "" : `${tag}${k}|${v}`);
  return [join(card, sex, "KS"), join(house, sex, "AS"), join(card, form, "KF"), join(house, form, "AF")];
}

/** A NIK that may disagree: not a valid NIK whose date contradicts the birth date (most often a card's issue date). */
export function nikTrusted(r: Prepared): boolean {
  return r.nik !== null && r.nik.suspect !== true;
}

/** The values to hash for one record, in EXTRA_FIELDS order ("" at a position = unknown). */
export function extraInputs(r: Prepared): string[][] {
  const nik = r.nik?.digits ?? "";
  const valid = r.nik?.isValid === true && nik.length === 16;
  const first = r.name[0] ?? "";
  const village = r.region.length >= 10 ? r.region.slice(0, 10) : "";
  const dob = r.birthDate === 0 ? "" : String(r.birthDate);
  return [
    idVariants(nik),
    idVariants(r.familyId),
    valid ? [nik.slice(6, 12), nik.slice(0, 12)] : [],
    dobParts(r.birthDate),
    dob === "" ? [] : deletions(dob),
    householdKey(r) === "" ? [] : [householdKey(r)],
    houseTraits(r),
    first.length < 2 ? [] : [first, ...deletions(first)],
    dob === "" || village === "" ? [] : [`${dob}|${village}`],
  ];
}
