// The clear-text engine's NIK, birth-date and household rules over keyed hashes (hash-extras.ts):
// each reads only whether two hashes are equal or two hash lists share one.

import { EXTRA_FIELDS, type ExtraField } from "./hash-extras";
import { HASH_FIELDS } from "./hash-keys";
import type { HashedRecord } from "./hashed-link";

const X = (f: ExtraField) => EXTRA_FIELDS.indexOf(f);
const H = (f: (typeof HASH_FIELDS)[number]) => HASH_FIELDS.indexOf(f);
const NIK_V = X("nikVariants");
const CARD_V = X("cardVariants");
const NIK_PARTS = X("nikParts");
const DOB_PARTS = X("dobParts");
const DOB_V = X("dobVariants");
const HOUSE = X("household");
const TRAITS = X("houseTraits");
const FIRST_V = X("firstVariants");
const BLOCKING = X("blocking");

const list = (r: HashedRecord, f: number): readonly string[] => r.extras?.[f] ?? [];
const at = (r: HashedRecord, f: number, i: number): string => list(r, f)[i] ?? "";
const hash = (r: HashedRecord, f: number): string => r.hashes[f] ?? "";

export const hasExtras = (r: HashedRecord): boolean => r.extras !== undefined;

/** Equal and known at one position of two lists. */
function same(a: HashedRecord, b: HashedRecord, f: number, i: number): boolean {
  const x = at(a, f, i);
  return x !== "" && x === at(b, f, i);
}

/** Two lists (from position `from`) that share a hash anywhere. */
function share(x: readonly string[], y: readonly string[], from = 0): boolean {
  if (x.length <= from || y.length <= from) return false;
  const set = new Set(x.slice(from));
  for (let i = from; i < y.length; i++) if (y[i] !== "" && set.has(y[i] ?? "")) return true;
  return false;
}

/**
 * Deletion forms (from position `from`, in position order) equal at one position (one
 * substitution) or at two neighbouring positions crosswise (one adjacent swap).
 */
function oneSlip(x: readonly string[], y: readonly string[], from = 0): boolean {
  if (x.length !== y.length || x.length <= from) return false;
  for (let i = from; i < x.length; i++) {
    const v = x[i] ?? "";
    if (v === "") continue;
    if (v === y[i] || v === y[i + 1] || (i > from && v === y[i - 1])) return true;
  }
  return false;
}

/** NIK levels as in the clear engine: exact, near (one slip), near but weak, different. */
export const NIK_LEVELS = 4;
export function nikLevel(a: HashedRecord, b: HashedRecord): number {
  const x = list(a, NIK_V);
  const y = list(b, NIK_V);
  if (x.length === 0 || y.length === 0) return -1;
  if (x[0] === y[0]) return 0;
  // One side typed the family-card number into the NIK field: no evidence either way.
  if (x[0] === at(b, CARD_V, 0) || y[0] === at(a, CARD_V, 0)) return -1;
  const nik15 = hash(a, H("nik15"));
  const excel = nik15 !== "" && nik15 === hash(b, H("nik15"));
  if (excel || oneSlip(x, y, 1)) {
    // Same birth-date digits: neighbouring districts or same-day serials, a weak agreement.
    return excel || same(a, b, NIK_PARTS, 0) ? 2 : 1;
  }
  return a.nikTrusted === false || b.nikTrusted === false ? -1 : 3;
}

/** Birth-date levels as in the clear engine: exact, day/month swap, one digit, two parts of three, different. */
export const DOB_LEVELS = 5;
export function dobLevel(a: HashedRecord, b: HashedRecord): number {
  const x = hash(a, H("dob"));
  const y = hash(b, H("dob"));
  if (x === "" || y === "") return -1;
  if (x === y) return 0;
  if (same(a, b, DOB_PARTS, 0)) return 1;
  if (oneSlip(list(a, DOB_V), list(b, DOB_V))) return 2;
  return [1, 2, 3].some((i) => same(a, b, DOB_PARTS, i)) ? 3 : 4;
}

function sameHousehold(a: HashedRecord, b: HashedRecord): "card" | "dwelling" | null {
  const card = hash(a, H("familyId"));
  if (card !== "" && card === hash(b, H("familyId"))) return "card";
  if (oneSlip(list(a, CARD_V), list(b, CARD_V), 1)) return "card";
  return same(a, b, HOUSE, 0) ? "dwelling" : null;
}

/** A trait (0 sex, 1 name form) known on both sides of one household and different. */
function traitDiffers(a: HashedRecord, b: HashedRecord, trait: number): boolean {
  for (const i of [trait * 2, trait * 2 + 1]) {
    const x = at(a, TRAITS, i);
    const y = at(b, TRAITS, i);
    // Each hash includes its household key: equal keys are needed for the comparison to mean anything.
    const card = hash(a, H("familyId"));
    const key = i % 2 === 0 ? card !== "" && card === hash(b, H("familyId")) : same(a, b, HOUSE, 0);
    if (x !== "" && y !== "" && key) return x !== y;
  }
  return false;
}

/** A NIK within one slip of either record's family card (the card typed as a NIK). */
function isCardNumber(nik: readonly string[], a: HashedRecord, b: HashedRecord): boolean {
  const near = (card: readonly string[]) =>
    (nik[0] !== undefined && nik[0] === card[0]) || oneSlip(nik, card, 1);
  return near(list(a, CARD_V)) || near(list(b, CARD_V));
}

/**
 * Household guard over hashes: one family card or one dwelling, and a different sex, birth
 * date, given name (unless one side carries a Chinese name and the other not), twins' NIKs, or
 * two trusted NIKs more than one slip apart. An identical NIK overrides it.
 */
export function hashedHouseholdGuard(a: HashedRecord, b: HashedRecord, nameLevel: number): boolean {
  const nik = nikLevel(a, b);
  if (nik === 0 || !sameHousehold(a, b)) return false;
  const dob = dobLevel(a, b);
  // A sex read from a NIK one slip away from the other's: the slip, not the person, differs.
  if (traitDiffers(a, b, 0) && nik !== 1 && nik !== 2) return true;
  if (dob === 4) return true;
  const firstDiffer = nameLevel >= 2 && !share(list(a, FIRST_V), list(b, FIRST_V));
  if (firstDiffer && !traitDiffers(a, b, 1)) return true;
  const twins =
    dob === 0 &&
    same(a, b, NIK_PARTS, 1) &&
    hash(a, H("name")) !== hash(b, H("name")) &&
    a.nikTrusted &&
    b.nikTrusted;
  if (twins) return true;
  const x = list(a, NIK_V);
  const y = list(b, NIK_V);
  const valid = at(a, NIK_PARTS, 0) !== "" && at(b, NIK_PARTS, 0) !== "";
  return nik === 3 && valid && !isCardNumber(x, a, b) && !isCardNumber(y, a, b);
}

/** Blocking keys from the extras: NIK and card variants, birth date with village and district, dwelling. */
export function extraBlockKeys(r: HashedRecord): string[] {
  const out: string[] = [];
  const nik = list(r, NIK_V);
  for (let i = 0; i < nik.length; i++) out.push(`id${i}:${nik[i]}`);
  const card = at(r, CARD_V, 0);
  if (card !== "") out.push(`id0:${card}`);
  for (const v of list(r, BLOCKING)) if (v !== "") out.push(`bx:${v}`);
  const house = at(r, HOUSE, 0);
  if (house !== "") out.push(`hh:${house}`);
  return out;
}
