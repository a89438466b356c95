// A "NIK" equal to a family-card number that some record of the same file carries is that card's
// number typed into the NIK column (the person's own card or, in an aid list, the household's):
// it is moved to the family-card field before blocking, so it neither contradicts the person's
// real NIK in another list nor lends them the card's issue date as a sex and birth date.
import { computeFast } from "./fast-fields";
import type { Prepared } from "./types";

/** Any last digit: a 15-digit card number (its last digit lost before it reached us). */
const ANY_LAST = 1 << 10;

/**
 * First 15 digits of a digit number of 15 or 16 digits as one integer (below 2^53), or -1. With
 * 16 digits, hi holds the first 8 and lo the last 8 (digit-number.ts).
 */
function prefix15(hi: number, lo: number, len: number): number {
  if (len === 16) return hi * 1e7 + Math.floor(lo / 10);
  if (len === 15) return hi * 1e7 + lo;
  return -1;
}

/**
 * Family-card numbers of a set of records: their first 15 digits → a mask of the last digits
 * seen (bit 10 for 15-digit numbers). Numbers, not strings: a 1M-record file makes no garbage.
 */
function knownFamilyNumbers(records: readonly Prepared[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of records) {
    const f = r.fast;
    const key = prefix15(f.kkHi, f.kkLo, f.kkLen);
    if (key < 0) continue;
    const bit = f.kkLen === 16 ? 1 << (f.kkLo % 10) : ANY_LAST;
    out.set(key, (out.get(key) ?? 0) | bit);
  }
  return out;
}

/**
 * A NIK that is a known card number: equal to one, or equal in its first 15 digits when either
 * lost its last digit (a 15-digit value, or a 16-digit one ending in a zero from a numeric cell).
 */
function isCardNumber(f: Prepared["fast"], known: ReadonlyMap<number, number>): boolean {
  const mask = known.get(prefix15(f.nikHi, f.nikLo, f.nikLen));
  if (mask === undefined) return false;
  if (f.nikLen === 15 || (mask & ANY_LAST) !== 0) return true;
  const last = f.nikLo % 10;
  return (mask & (1 << last)) !== 0 || last === 0;
}

/** Moves family-card numbers out of the NIK field, in place; returns how many were moved. */
export function demoteFamilyNumbers(records: readonly Prepared[]): number {
  const known = knownFamilyNumbers(records);
  if (known.size === 0) return 0;
  let moved = 0;
  for (const r of records) {
    if (r.fast.nikLen < 15 || !isCardNumber(r.fast, known)) continue;
    const digits = r.nik?.digits ?? "";
    r.nik = null;
    if (r.familyId === "") r.familyId = digits;
    if (r.sexFromNik) {
      r.sex = null;
      r.sexFromNik = false;
    }
    r.fast = computeFast(r);
    moved++;
  }
  return moved;
}
