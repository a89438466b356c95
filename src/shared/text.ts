// User text: whitespace that office spreadsheets and phones are full of (NBSP from web copies,
// zero-width spaces, line breaks inside cells), accent folding for comparisons, and text as the API
// accepts it: PostgreSQL text and jsonb refuse NUL, and other control
// characters are invisible junk in names and addresses. Tab, line feed and carriage return stay
// (multi-line notes; API clients on Windows send CRLF).

/** True when the text holds a control character other than tab, line feed or carriage return. */
export function hasControlCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

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

/**
 * The path (`a.b.0`) of the first string, or object key, in `value` that holds a control
 * character, or null: the HTTP edge refuses such requests. Iterative, so a deeply nested body
 * cannot overflow the stack.
 */
export function findControlChars(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, ""]];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === "string") {
      if (hasControlCharacter(item)) return path || "(value)";
      continue;
    }
    if (item === null || typeof item !== "object" || item instanceof Uint8Array) continue;
    for (const [key, child] of Object.entries(item)) {
      const at = path ? `${path}.${key}` : key;
      if (hasControlCharacter(key)) return at;
      stack.push([child, at]);
    }
  }
  return null;
}

/** Values clerks type to mean "nothing here" (not "0" nor "tidak ada": for money they mean zero). */
const NOTHING = new Set(["", "-", "--", "---", "_", ".", "N/A", "NA", "#N/A", "KOSONG"]);

/** True for "-", "N/A", "kosong" and the like (compared case-insensitively). */
export function isNothingMarker(value: string): boolean {
  if (value.length > 12) return false; // the longest marker, with spaces around it
  return NOTHING.has(collapseSpaces(value).toUpperCase());
}
