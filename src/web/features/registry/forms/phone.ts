// Mobile numbers on the phone without libphonenumber's metadata (~40 kB gzipped on a field
// assistant's data plan): the shape check here, the full check on the server, whose refusal
// comes back as a field message like any other.
import { nationalMobileDigits } from "../../../../server/modules/registry/domain/phone";

/** "0812-3456-7890", "+62 812…", "62812…" → "+6281234567890"; null when not an Indonesian mobile. */
export function toE164MobileLight(value: string): string | null {
  const nsn = nationalMobileDigits(value);
  return nsn && nsn.length >= 9 && nsn.length <= 12 ? `+62${nsn}` : null;
}
