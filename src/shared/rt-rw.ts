// RT and RW (neighbourhood and hamlet numbers) as three-digit strings: one rule for the spreadsheet
// import and the web's entry forms.

/** "2", "02", "RT 02", "002" → "002"; zero and more than three digits are not an RT/RW. */
export function normaliseRtRw(value: string): string | null {
  const digits = value.replace(/^\s*(RT|RW)\s*\.?\s*:?/i, "").trim();
  if (!/^\d{1,3}$/.test(digits) || Number(digits) === 0) return null;
  return digits.padStart(3, "0");
}
