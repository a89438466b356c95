// A "NIK" equal to a family-card number that some record of the same file carries is that card's
// number typed into the NIK column (the person's own card or, in an aid list, the household's):
// it is moved to the family-card field before blocking, so it neither contradicts the person's
// real NIK in another list nor lends them the card's issue date as a sex and birth date.
import { computeFast } from "./fast-fields";
import type { Prepared } from "./types";

/** Family-card numbers of a set of records, with their first 15 digits (Excel-damaged copies). */
function knownFamilyNumbers(records: readonly Prepared[]): Set<string> {
  const out = new Set<string>();
  for (const r of records) {
    if (r.familyId.length < 15) continue;
    out.add(r.familyId);
    out.add(r.familyId.slice(0, 15));
  }
  return out;
}

/** Moves family-card numbers out of the NIK field, in place; returns how many were moved. */
export function demoteFamilyNumbers(records: readonly Prepared[]): number {
  const known = knownFamilyNumbers(records);
  if (known.size === 0) return 0;
  let moved = 0;
  for (const r of records) {
    const digits = r.nik?.digits ?? "";
    if (digits.length < 15) continue;
    const isCard =
      known.has(digits) || (digits.length === 16 && digits.endsWith("0") && known.has(digits.slice(0, 15)));
    if (!isCard) continue;
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
