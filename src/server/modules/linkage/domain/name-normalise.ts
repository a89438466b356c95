// Indonesian personal-name normalisation for matching. The stored name stays as written; these are
// comparison keys only.

import { CHINESE_SYLLABLES, type ChineseNameTables, isChineseForm } from "./chinese-names";
import { memoise } from "./memo";
import { type NameKeys, nameKeys } from "./name-keys";
import {
  CHINESE_FAMILY_NAMES,
  DEGREES,
  DISTINCT_PAIRS,
  MINANG_TITLES,
  PATRONYM_MARKERS,
  PREFIX_TITLES,
  VARIANT_GROUPS,
} from "./name-tables";
import { foldCase } from "./text";

export type Sex = "L" | "P";

export type NormalisedName = {
  /** Canonical tokens in written order, titles and degrees removed. */
  tokens: string[];
  /** The tokens with the derived strings the comparator needs. */
  keys: NameKeys;
  /** Canonical tokens of the father's name after BIN/BINTI. */
  patronym: string[];
  /** Sex implied by the name itself (Hj., BINTI, Balinese NI), when it says one. */
  sexHint: Sex | null;
};

const PREFIX = new Set(PREFIX_TITLES);
const DEGREE = new Set(DEGREES);
const MINANG = new Set(MINANG_TITLES);
const PATRONYM = new Map(PATRONYM_MARKERS);
const FEMALE_TITLES = new Set(["HJ", "HJH", "HAJJAH", "HAJAH", "USTADZAH", "USTAZAH", "DRA", "IBU", "BU"]);
const FEMALE_TITLES_EXTRA = new Set(["NY", "NYONYA", "NN", "NONA", "SDRI", "SAUDARI", "ALMH", "RA", "RR"]);

const DIGRAPHS: Record<string, string> = {
  OE: "U",
  CH: "KH",
  DJ: "J",
  TJ: "C",
  SJ: "SY",
  NJ: "NY",
  DH: "D",
  TH: "T",
  PH: "F",
};

/** Old-spelling and transliteration folding (REFERENCE rule 3 and the generic rules of rule 4). */
export function foldSpelling(token: string): string {
  if (token.length <= 1) return token;
  let out = "";
  let i = 0;
  while (i < token.length) {
    const pair = DIGRAPHS[token.slice(i, i + 2)];
    // "TJH" (Tjhin) is TJ + H; CH→KH must not see the H that a TJ left behind.
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = token[i] ?? "";
    out += ch === "Q" ? "K" : ch;
    i++;
  }
  if (out.length >= 3 && out.endsWith("Y")) out = `${out.slice(0, -1)}I`;
  let folded = "";
  for (let k = 0; k < out.length; k++) if (out[k] !== out[k - 1]) folded += out[k];
  return folded;
}

const GROUP = new Map<string, string>();
for (const [head, variants] of VARIANT_GROUPS) {
  const canonicalHead = foldSpelling(head);
  GROUP.set(canonicalHead, canonicalHead);
  for (const v of variants) GROUP.set(foldSpelling(v), canonicalHead);
}

/** Canonical comparison form of one name token. */
export const canonicalToken = memoise((token: string): string => {
  const folded = foldSpelling(token);
  return GROUP.get(folded) ?? folded;
});

/** Looser key: also J→Y (old "Jusuf", "Janti"); for blocking and near-equality only. */
export function looseToken(canonical: string): string {
  return canonical.replace(/J/g, "Y");
}

const DISTINCT = new Set(DISTINCT_PAIRS.map(([a, b]) => pairKey(foldSpelling(a), foldSpelling(b))));

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * True for look-alike names that are different names (Dewi/Dwi, Kurniawan/Kurniawati, Putra/Putri):
 * a typo distance apart but never the same person's name.
 */
export function areDistinctNames(a: string, b: string): boolean {
  if (a === b) return false;
  if (DISTINCT.has(pairKey(a, b))) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.endsWith("WAN") && long === `${short.slice(0, -3)}WATI`) return true;
  if (a.length === b.length && a.length >= 3) {
    const stemA = a.slice(0, -1);
    if (stemA === b.slice(0, -1)) {
      // A final I against A or O marks sex (Putra/Putri, Suharto/Suharti); A against O is
      // Javanese spelling of one name (Santosa/Santoso).
      const ea = a[a.length - 1] ?? "";
      const eb = b[b.length - 1] ?? "";
      return (ea === "I" && (eb === "A" || eb === "O")) || (eb === "I" && (ea === "A" || ea === "O"));
    }
  }
  return false;
}

// "ABDURRAHMAN" → "ABDUL RAHMAN", "ABDULKADIR" → "ABDUL KADIR"; ABDULLAH is a name of its own.
function splitAbdul(token: string): string[] {
  if (!token.startsWith("ABDU") || token.length < 7 || token.startsWith("ABDULAH")) return [token];
  if (token.startsWith("ABDULLAH")) return token.length > 8 ? ["ABDULLAH", token.slice(8)] : [token];
  if (token.startsWith("ABDUL")) return ["ABDUL", token.slice(5)];
  const m = /^ABDU([B-DF-HJ-NP-TV-Z])\1(.+)$/.exec(token);
  return m ? ["ABDUL", `${m[1]}${m[2]}`] : [token];
}

function rawTokens(segment: string): Array<{ text: string; dotted: boolean }> {
  const out: Array<{ text: string; dotted: boolean }> = [];
  for (const word of segment.split(/\s+/)) {
    if (word === "") continue;
    const dotless = word.replace(/[^A-Z0-9]/g, "");
    if (dotless === "") continue;
    const dotted = word.includes(".");
    if (dotted && DEGREE.has(dotless) && /^[A-Z]{1,2}\.[A-Z]/.test(word)) {
      out.push({ text: dotless, dotted: true });
      continue;
    }
    for (const part of word.split(/[^A-Z0-9]+/)) if (part !== "") out.push({ text: part, dotted });
  }
  return out;
}

function isDegreeSegment(segment: string): boolean {
  const parts = rawTokens(segment);
  return parts.length > 0 && parts.every((p) => DEGREE.has(p.text) || p.text.length <= 2);
}

/** Normalises a full name: titles, degrees, patronym and spelling variants. */
export const normaliseName = memoise(normaliseNameUncached);

function normaliseNameUncached(raw: string): NormalisedName {
  const folded = foldCase(raw).replace(/[`'’‘]/g, "");
  const segments = folded.split(",");
  let main = segments[0] ?? "";
  for (const seg of segments.slice(1)) if (!isDegreeSegment(seg)) main += ` ${seg}`;
  const parts = rawTokens(main).map((p) => p.text);
  let sexHint: Sex | null = null;
  while (parts.length > 1 && PREFIX.has(parts[0] ?? "")) {
    const t = parts.shift() ?? "";
    if (FEMALE_TITLES.has(t) || FEMALE_TITLES_EXTRA.has(t)) sexHint = "P";
    else if (t === "H" || t === "HAJI" || t === "BAPAK" || t === "PAK" || t === "TN") sexHint = "L";
  }
  while (parts.length > 1 && DEGREE.has(parts[parts.length - 1] ?? "")) parts.pop();
  if (parts.length > 1 && (parts[0] === "I" || parts[0] === "NI")) {
    sexHint = parts[0] === "NI" ? "P" : "L";
    parts.shift();
  }
  const minang = parts.findIndex((p, i) => i > 0 && MINANG.has(p));
  if (minang > 0) parts.length = minang;
  let patronymRaw: string[] = [];
  const marker = parts.findIndex((p, i) => i > 0 && PATRONYM.has(p));
  if (marker > 0) {
    sexHint = PATRONYM.get(parts[marker] ?? "") ?? sexHint;
    patronymRaw = parts.slice(marker + 1);
    parts.length = marker;
  }
  const tokens = parts.flatMap((p) => splitAbdul(p)).map(canonicalToken);
  if (tokens[0] === "ST" && tokens.length > 1) tokens[0] = canonicalToken("SITI");
  return { tokens, keys: nameKeys(tokens), patronym: patronymRaw.map(canonicalToken), sexHint };
}

// Names reach the rule in more than one spelling stage: both forms of each entry are known.
const bothForms = (names: readonly string[]) => new Set(names.flatMap((n) => [n, canonicalToken(n)]));
const CHINESE_TABLES: ChineseNameTables = {
  families: bothForms(CHINESE_FAMILY_NAMES),
  syllables: bothForms(CHINESE_SYLLABLES),
};

/**
 * A Chinese name in old spelling ("TJHIN A FUI", "LIM BOEN HOK"): a Chinese family name first,
 * then short syllables. The same person's Indonesian name shares nothing with it.
 */
export function isChineseNameForm(tokens: readonly string[]): boolean {
  return isChineseForm(tokens, CHINESE_TABLES);
}
