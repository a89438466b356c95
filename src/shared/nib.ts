// NIB (OSS business number): 13 digits, no check digit. Older permits (IUMK, SKU) carry letters
// and are not NIBs; "NIB 9120…" is a NIB with a label.

import { cleanIdentityText } from "./identity-text";

export function isNibDigits(value: string): boolean {
  return /^\d{13}$/.test(value);
}

/** The 13 digits of a typed NIB (label "NIB" allowed), or null. */
export function parseNib(value: string): string | null {
  let text = value;
  if (/[A-Za-z]/.test(text)) {
    const labelled = /^\s*NIB\b[\s.:]*([\d\s.-]+)$/i.exec(text);
    if (!labelled?.[1]) return null;
    text = labelled[1];
  }
  const cleaned = cleanIdentityText(text);
  return isNibDigits(cleaned) ? cleaned : null;
}
