// Small text helpers shared by the parsers: whitespace that office spreadsheets are full of
// (NBSP from web copies, zero-width spaces, line breaks inside cells) and accent folding.

const SPACE_RUN = /[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g;

// Anything other than single inner spaces: the fast path below skips the replace for clean text.
const NEEDS_COLLAPSE =
  /^[\s\u00a0\u200b-\u200d\u2060\ufeff]|[\s\u00a0\u200b-\u200d\u2060\ufeff]$|[^\S ]|[\u200b-\u200d\u2060]| {2}/;

/** Trims and collapses every kind of whitespace (NBSP, line breaks, zero-width) to one space. */
export function collapseSpaces(value: string): string {
  return NEEDS_COLLAPSE.test(value) ? value.replace(SPACE_RUN, " ").trim() : value;
}

const ASCII = /^[ -~]*$/; // printable ASCII: nothing to fold

/** Upper-case ASCII-ish form: NFKD, diacritics removed (é → E), for comparisons only. */
export function foldUpper(value: string): string {
  if (ASCII.test(value)) return value.toUpperCase();
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** Values clerks type to mean "nothing here" (not "0" nor "tidak ada": for money they mean zero). */
const NOTHING = new Set(["", "-", "--", "---", "_", ".", "N/A", "NA", "#N/A", "KOSONG"]);

/** True for "-", "N/A", "kosong" and the like (compared case-insensitively). */
export function isNothingMarker(value: string): boolean {
  if (value.length > 12) return false; // the longest marker, with spaces around it
  return NOTHING.has(collapseSpaces(value).toUpperCase());
}
