// Normalised keys for region names so that "Kel. Langkai", "LANGKAI" and "langkai" meet, and the
// usual abbreviations (Sei = Sungai, Tj. = Tanjung) do not split one village in two.

import { foldUpper } from "./text";

// Words in front of a village or district name that are not part of it.
const PREFIXES = new Set([
  "KEL",
  "KELURAHAN",
  "DESA",
  "DS",
  "NAGARI",
  "NAG",
  "KEC",
  "KECAMATAN",
  "GAMPONG",
  "KAMPUNG",
  "KAMPONG",
  "KP",
  "KPG",
  "DISTRIK",
  "KELURAHN",
  "KELRAHAN",
]);

const TOKEN_ALIASES: ReadonlyMap<string, string> = new Map([
  ["SUNGAI", "SEI"],
  ["SUNGE", "SEI"],
  ["SGI", "SEI"],
  ["TJ", "TANJUNG"],
  ["TJG", "TANJUNG"],
  ["TG", "TANJUNG"],
  ["TANJONG", "TANJUNG"],
  ["II", "2"],
  ["III", "3"],
  ["IV", "4"],
  ["V", "5"],
  ["VI", "6"],
  ["VII", "7"],
  ["VIII", "8"],
  ["IX", "9"],
  ["X", "10"],
]);

function tokensOf(name: string): string[] {
  return foldUpper(name)
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((t) => t !== "")
    .map((t) => TOKEN_ALIASES.get(t) ?? t);
}

/** Key of an official name (nothing stripped): "Pahandut Seberang" → "PAHANDUTSEBERANG". */
export function regionNameKey(name: string): string {
  return tokensOf(name).join("");
}

/**
 * Keys to try for a typed name, most specific first: with the leading "Kel."/"Desa"/"Nagari"…
 * words removed, then as typed (a village may really be called "Kampung Baru"). Empty when the
 * text is only such words.
 */
export function candidateRegionKeys(name: string): string[] {
  const tokens = tokensOf(name);
  const keys: string[] = [];
  let start = 0;
  while (start < tokens.length && PREFIXES.has(tokens[start] ?? "")) start++;
  if (start === tokens.length) return []; // "Kel." alone names no village
  for (let i = start; i >= 0; i--) {
    const key = tokens.slice(i).join("");
    if (key !== "" && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Optimal-string-alignment distance (adjacent swaps count once), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Typos tolerated for a key of this length: none for short names, where one letter is a new name. */
export function allowedTypos(key: string): number {
  if (key.length <= 4) return 0;
  if (key.length <= 8) return 1;
  return 2;
}
