// Indonesian phone numbers to E.164 ("+62812…"). Clerks and buyers write "0812-3456-7890",
// "+62 812…", "62812…", "812…" (Excel dropped the 0), "+62 (0)812…", "0812… (WA)". Labels like
// WA/HP/Telp are allowed around the number; any other letter is an error, never dropped
// ("08l2 3456 7890" is not "+628234567890"). libphonenumber reads "62812…" without a plus as a
// local number, so the country code is resolved here and the library only judges "+62…".

import { parsePhoneNumberFromString } from "libphonenumber-js/mobile";

export type PhoneReading =
  | { readonly ok: true; readonly e164: string }
  | { readonly ok: false; readonly reason: "EMPTY" | "CHARS" | "NOT_MOBILE" };

// "WA", "(WA)", "HP.", "No. HP:", "Telp", "WhatsApp" before or after the number.
const LABEL =
  /(?<![a-z])(?:no\.?\s*)?(?:whatsapp|handphone|telepon|ponsel|telp|tlp|tel|wa|hp|sms)(?![a-z])\.?\s*:?/gi;
const NUMBER_CHARS = /^\+?[\d\s\u00a0\u200b-\u200d().\-\u2010-\u2015]*$/;

/** The number without its labels, or null when another character is in it. */
function numberText(raw: string): string | null {
  const text = raw.replace(LABEL, " ").trim();
  return NUMBER_CHARS.test(text) ? text : null;
}

/**
 * Digits after the Indonesian country code and trunk 0 ("812…"), "" for a number given with
 * another country code, null when not a number.
 */
function nationalDigits(raw: string): { digits: string; foreign: boolean } | null {
  const text = numberText(raw);
  if (text === null) return null;
  let digits = text.replace(/\D/g, "");
  if (text.startsWith("+")) {
    if (!digits.startsWith("62")) return { digits, foreign: true };
    digits = digits.slice(2);
  } else if (digits.startsWith("0062")) digits = digits.slice(4);
  else if (digits.startsWith("62")) digits = digits.slice(2);
  return { digits: digits.replace(/^0+/, ""), foreign: false };
}

// libphonenumber's Indonesian mobile rule depends only on the leading digits and the length, so
// its verdict is cached by (first three digits, length): 100,000 numbers take milliseconds.
const verdicts = new Map<string, boolean>();

function isMobileNsn(nsn: string): boolean {
  if (!/^8\d{8,11}$/.test(nsn)) return false;
  const key = `${nsn.slice(0, 3)}:${nsn.length}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    const parsed = parsePhoneNumberFromString(`+62${nsn}`);
    verdict = parsed?.isValid() === true && parsed.number === `+62${nsn}`;
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** Reads one Indonesian mobile number (buyers, owners, proposals: WhatsApp reaches only mobiles). */
export function parseMobilePhone(input: string): PhoneReading {
  if (!/\d/.test(input)) return { ok: false, reason: input.trim() === "" ? "EMPTY" : "CHARS" };
  const national = nationalDigits(input);
  if (national === null) return { ok: false, reason: "CHARS" };
  if (national.foreign || !isMobileNsn(national.digits)) return { ok: false, reason: "NOT_MOBILE" };
  return { ok: true, e164: `+62${national.digits}` };
}

/** E.164 form of one mobile number, or null. */
export function toE164Mobile(input: string): string | null {
  const reading = parseMobilePhone(input);
  return reading.ok ? reading.e164 : null;
}

export function isE164Mobile(value: string): boolean {
  return value.startsWith("+62") && isMobileNsn(value.slice(3));
}

/**
 * Any phone (landlines too) in one spelling for record matching: "+62…", "+<cc>…" for another
 * country, "" when it is not a phone number (too short or long, or letters inside).
 */
export function phoneForMatching(raw: string): string {
  const national = nationalDigits(raw);
  if (national === null) return "";
  const { digits, foreign } = national;
  if (foreign) return digits.length >= 7 ? `+${digits}` : "";
  return digits.length >= 7 && digits.length <= 13 ? `+62${digits}` : "";
}

/** wa.me link with the text filled in, for a mobile number; null for a number that is not a mobile. */
export function whatsappLink(phone: string, text: string): string | null {
  const e164 = toE164Mobile(phone);
  if (!e164) return null;
  return `https://wa.me/${e164.slice(1)}?text=${encodeURIComponent(text)}`;
}
