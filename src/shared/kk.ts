// No. KK (family card): 16 digits, shared by a household. A bad one only empties the field (the
// NIK is what identifies the person), but it may never equal the person's own NIK.

import { cleanIdentityText } from "./identity-text";

export function isNoKkDigits(value: string): boolean {
  return /^\d{16}$/.test(value);
}

/** The cleaned 16 digits of a typed No. KK, or null. */
export function parseNoKk(value: string): string | null {
  const cleaned = cleanIdentityText(value);
  return isNoKkDigits(cleaned) ? cleaned : null;
}
