// A buyer's WhatsApp number as typed ("0812-3456-7890", "62812…", "+62 812 …") to E.164 ("+62812…").
// Only Indonesian mobile numbers (+628…, 9–12 digits after the country code) are accepted: the PLUT
// answers buyers on WhatsApp and the per-phone order cap needs one spelling per number.

export type BuyerPhoneResult = { ok: true; e164: string } | { ok: false };

export function normaliseBuyerPhone(input: string): BuyerPhoneResult {
  const trimmed = input.trim();
  if (!/^[+(\d][\d\s().-]*$/.test(trimmed)) return { ok: false };
  let digits = trimmed.replace(/\D/g, "");
  if (trimmed.startsWith("+")) {
    if (!digits.startsWith("62")) return { ok: false };
    digits = digits.slice(2);
  } else if (digits.startsWith("0062")) digits = digits.slice(4);
  else if (digits.startsWith("62")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  if (!/^8[1-9]\d{7,10}$/.test(digits)) return { ok: false };
  return { ok: true, e164: `+62${digits}` };
}

/** "+6281234567890" → "+62 812-****-7890": enough for the buyer to recognise, not to harvest. */
export function maskPhone(e164: string): string {
  const local = e164.replace(/^\+62/, "");
  return `+62 ${local.slice(0, 3)}-****-${local.slice(-4)}`;
}
