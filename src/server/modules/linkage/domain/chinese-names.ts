// Chinese names of Chinese-Indonesians as lists write them in the old spelling ("TJHIN A FUI",
// "LIM BOEN HOK", and given-name-first "BOEN HOK LIM"): a family name and one to three short
// syllables. The same person's Indonesian name shares nothing with it (REFERENCE rule 7), so a
// pair of such names says nothing either way.
import { damerauLevenshtein } from "./string-distance";

/** Common Hokkien/Hakka given-name syllables in the old and the new spelling. */
export const CHINESE_SYLLABLES: readonly string[] = [
  "A",
  "AH",
  "AN",
  "BENG",
  "BIAUW",
  "BIE",
  "BOEN",
  "BUN",
  "CENG",
  "CHUN",
  "FA",
  "FAT",
  "FOENG",
  "FONG",
  "FUI",
  "GIAN",
  "GIOK",
  "GWAN",
  "HAN",
  "HAY",
  "HIAN",
  "HIANG",
  "HIEN",
  "HIN",
  "HO",
  "HOA",
  "HOEI",
  "HOK",
  "HONG",
  "HUI",
  "HWA",
  "HWIE",
  "JIN",
  "JUN",
  "KAY",
  "KHIONG",
  "KHOEN",
  "KIAN",
  "KIANG",
  "KIAT",
  "KIE",
  "KIM",
  "KING",
  "KOK",
  "KWAN",
  "KWET",
  "KWIE",
  "LAN",
  "LIANG",
  "LIE",
  "LIEN",
  "LIN",
  "LIONG",
  "LOEN",
  "MENG",
  "MEI",
  "MIE",
  "MING",
  "MOI",
  "NIO",
  "NJOO",
  "NYUK",
  "PIN",
  "POO",
  "SAN",
  "SENG",
  "SIANG",
  "SIN",
  "SIOE",
  "SIONG",
  "SIU",
  "SOEN",
  "SOEI",
  "SUI",
  "TIAN",
  "TIONG",
  "TJIANG",
  "TJIN",
  "TJOE",
  "TJOEN",
  "TJWAN",
  "TJOAN",
  "WAN",
  "WIE",
  "YAN",
  "YOE",
  "YONG",
  "YUN",
];

export type ChineseNameTables = {
  families: ReadonlySet<string>;
  syllables: ReadonlySet<string>;
};

/** A known family name, or one letter slip from one of three letters or more ("OI", "TSHIN"). */
function isFamilyName(token: string, t: ChineseNameTables): boolean {
  if (t.families.has(token)) return true;
  if (token.length < 2) return false;
  for (const f of t.families) {
    if (f.length >= 3 && Math.abs(f.length - token.length) <= 1 && damerauLevenshtein(f, token, 1) <= 1) {
      return true;
    }
  }
  return false;
}

function isSyllable(token: string, t: ChineseNameTables): boolean {
  return t.syllables.has(token) || t.families.has(token);
}

/**
 * Two to four short tokens: a known family name first (the old rule), or a family name (exact or
 * one letter slip) first or last with every other token a Chinese syllable.
 */
export function isChineseForm(tokens: readonly string[], t: ChineseNameTables): boolean {
  if (tokens.length < 2 || tokens.length > 4 || tokens.some((x) => x.length > 6)) return false;
  const first = tokens[0] ?? "";
  const last = tokens[tokens.length - 1] ?? "";
  if (t.families.has(first)) return true;
  // Set look-ups first: the letter-slip search runs only for names made of syllables.
  const end = tokens.length - 1;
  if (tokens.every((x, i) => i === 0 || isSyllable(x, t)) && isFamilyName(first, t)) return true;
  return tokens.every((x, i) => i === end || isSyllable(x, t)) && isFamilyName(last, t);
}
