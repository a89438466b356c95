/** Region names as people type them: case, punctuation and administrative prefixes vary. */
const PREFIXES: Array<[RegExp, string]> = [
  [/\bkab(upaten)?\b\.?/g, " kab "],
  [/\bkec(amatan)?\b\.?/g, " "],
  [/\b(kel(urahan)?|desa|ds|nagari|gampong|kampung)\b\.?/g, " "],
  [/\bprov(insi)?\b\.?/g, " "],
  [/\bkota\b/g, " kota "],
];

export type RegionLevel = "province" | "regency" | "district" | "village";

export const LEVELS: RegionLevel[] = ["province", "regency", "district", "village"];

export function levelOf(code: string): RegionLevel {
  return LEVELS[code.split(".").length - 1] ?? "village";
}

export function parentOf(code: string): string | null {
  const i = code.lastIndexOf(".");
  return i < 0 ? null : code.slice(0, i);
}

/** Lower-case, accents and punctuation removed, "Kabupaten"/"Kab." folded to "kab". */
export function searchName(name: string): string {
  let s = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9. ]+/g, " ");
  for (const [re, to] of PREFIXES) s = s.replace(re, to);
  return s.replace(/\./g, " ").replace(/\s+/g, " ").trim();
}

/** The query's words without the administrative prefix words (used for similarity). */
export function coreWords(name: string): string {
  return searchName(name)
    .replace(/\b(kab|kota)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
