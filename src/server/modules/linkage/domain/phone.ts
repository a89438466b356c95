// Indonesian phone numbers to E.164. libphonenumber reads "62812…" without a plus as a landline,
// so the common local forms are handled here first.
import { digitsOnly } from "./text";

/** "0812-3456-789", "62812…", "+62 812…", "812…" → "+62812…"; "" when it is not a number. */
export function normalisePhone(raw: string): string {
  const trimmed = raw.trim();
  let d = digitsOnly(trimmed);
  if (d.length < 7) return "";
  if (trimmed.startsWith("+") && !d.startsWith("62")) return `+${d}`;
  if (d.startsWith("0062")) d = d.slice(2);
  if (d.startsWith("62")) d = d.slice(2);
  else if (d.startsWith("0")) d = d.slice(1);
  d = d.replace(/^0+/, "");
  return d.length >= 7 && d.length <= 13 ? `+62${d}` : "";
}
