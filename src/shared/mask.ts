// What lists, exports and audit records show of identity numbers and phones to people who may not
// see them whole: enough to recognise, not to harvest.

/** NIK or No. KK as `6271********0001`: first and last four digits stay. */
export function maskIdentity(value: string): string;
export function maskIdentity(value: string | null): string | null;
export function maskIdentity(value: string | null): string | null {
  if (value === null) return null;
  if (value.length <= 8) return "*".repeat(value.length);
  return `${value.slice(0, 4)}${"*".repeat(value.length - 8)}${value.slice(-4)}`;
}

/** "+6281234567890" → "+62 812-****-7890". */
export function maskPhone(e164: string): string {
  const local = e164.replace(/^\+62/, "");
  return `+62 ${local.slice(0, 3)}-****-${local.slice(-4)}`;
}
