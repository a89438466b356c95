// Shared text folding: every comparator works on upper-case ASCII with single spaces.

const COMBINING = /[\u0300-\u036f]/g;
const NON_ALNUM = /[^A-Z0-9]+/g;

/** NFKD, strip diacritics, upper-case; punctuation kept (callers decide what it means). */
export function foldCase(value: string): string {
  // Fast path: plain ASCII needs no Unicode normalisation.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII range check
  const ascii = /^[\x00-\x7f]*$/.test(value);
  const base = ascii ? value : value.normalize("NFKD").replace(COMBINING, "");
  return base.toUpperCase();
}

/** Upper-case alphanumeric tokens, punctuation turned into spaces. */
export function tokens(value: string): string[] {
  if (value === "") return [];
  const folded = foldCase(value).replace(NON_ALNUM, " ").trim();
  return folded === "" ? [] : folded.split(" ");
}

/** Keeps digits only ("0812-3456 789" → "08123456789"). */
export function digitsOnly(value: string): string {
  return value.replace(/\D+/g, "");
}

/** True when a cell is empty or a common placeholder for "unknown". */
export function isBlank(value: string | undefined | null): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (value.length > 9) return false;
  const v = value.trim();
  return v === "" || v === "-" || v === "0" || /^(N\/?A|NULL|NONE|TIDAK ADA|-+)$/i.test(v);
}
