// Computes Prepared.fast while a record's strings are still hot in cache.
import { toDigitNumber } from "./digit-number";
import { isChineseNameForm } from "./name-normalise";
import type { FastFields, Prepared } from "./types";

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** 30-bit FNV-1a (a V8 small integer, so it is stored inside the record); never 0. */
export function hash30(s: string, tag = 0): number {
  if (s === "") return 0;
  let h = Math.imul(OFFSET ^ tag, PRIME);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  const x = h & 0x3fffffff;
  return x === 0 ? 1 : x;
}

/** Hash of tokens as if joined by spaces, without building the joined string. */
function hashTokens30(tokens: readonly string[], tag: number): number {
  if (tokens.length === 0) return 0;
  let h = Math.imul(OFFSET ^ tag, PRIME);
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0) h = Math.imul(h ^ 32, PRIME);
    const s = tokens[t] ?? "";
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  }
  const x = h & 0x3fffffff;
  return x === 0 ? 1 : x;
}

function hashSlice30(s: string, end: number, tag: number): number {
  let h = Math.imul(OFFSET ^ tag, PRIME);
  for (let i = 0; i < end && i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  const x = h & 0x3fffffff;
  return x === 0 ? 1 : x;
}

/** Name token read with J as Y (old spelling "Jusuf" = "Yusuf"). */
function hashLoose30(s: string): number {
  if (s === "") return 0;
  let h = OFFSET;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ (c === 74 ? 89 : c), PRIME);
  }
  const x = h & 0x3fffffff;
  return x === 0 ? 1 : x;
}

function prefix30(token: string): number {
  return token.length < 3 ? 0 : hashLoose30(token.slice(0, 3));
}

const VOWELISH = new Uint8Array(128);
for (const c of "AEIOUHY ") VOWELISH[c.charCodeAt(0)] = 1;

/** Consonant skeleton of the sorted name: survives vowel typos; 0 when under three consonants. */
function skeleton30(sorted: string): number {
  let h = Math.imul(OFFSET ^ 4, PRIME);
  let kept = 0;
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted.charCodeAt(i);
    if (c < 128 && VOWELISH[c] === 1) continue;
    h = Math.imul(h ^ c, PRIME);
    kept++;
  }
  if (kept < 3) return 0;
  const x = h & 0x3fffffff;
  return x === 0 ? 1 : x;
}

function place30(r: Omit<Prepared, "fast">, depth: 2 | 4 | 6 | 10): number {
  if (r.region !== "") return r.region.length >= depth ? hashSlice30(r.region, depth, 1) : 0;
  if (r.postcode !== "") return hashSlice30(r.postcode, depth <= 4 ? 2 + depth / 2 : r.postcode.length, 2);
  return hash30(r.locality, 3);
}

function firstToken(r: Omit<Prepared, "fast">): string {
  if (r.given === "") return r.name[0] ?? "";
  const space = r.given.indexOf(" ");
  return space < 0 ? r.given : r.given.slice(0, space);
}

function lastToken(r: Omit<Prepared, "fast">): string {
  if (r.surname !== "") return r.surname;
  return r.name.length < 2 ? "" : (r.name[r.name.length - 1] ?? "");
}

function smallNumber(s: string): number {
  if (s === "" || s.length > 6) return -1;
  const n = Number(s);
  return Number.isInteger(n) ? n : -1;
}

/** Placeholder while a record is being built. */
export const NO_FAST: FastFields = Object.freeze({
  name: 0,
  patronym: 0,
  nameSorted: 0,
  nameConcat: 0,
  first: 0,
  last: 0,
  firstPrefix: 0,
  lastPrefix: 0,
  skeleton: 0,
  nikHi: 0,
  nikLo: 0,
  nikLen: 0,
  nikValid: false,
  kkHi: 0,
  kkLo: 0,
  kkLen: 0,
  phoneHi: 0,
  phoneLo: 0,
  phoneLen: 0,
  address: 0,
  business: 0,
  birthPlace: 0,
  rt: -1,
  rw: -1,
  regionLen: 0,
  place2: 0,
  place4: 0,
  place6: 0,
  place10: 0,
  locality: 0,
  chinese: false,
});

export function computeFast(r: Omit<Prepared, "fast">): FastFields {
  const nik = toDigitNumber(r.nik?.digits ?? "");
  const kk = toDigitNumber(r.familyId);
  const phone = toDigitNumber(r.phone, r.phone.startsWith("+") ? 1 : 0);
  return {
    name: hash30(r.nameKeys.joined, 8),
    patronym: hashTokens30(r.patronym, 14),
    nameSorted: hash30(r.nameKeys.sorted, 9),
    nameConcat: hash30(r.nameKeys.concat, 10),
    first: hashLoose30(firstToken(r)),
    last: hashLoose30(lastToken(r)),
    firstPrefix: prefix30(firstToken(r)),
    lastPrefix: prefix30(lastToken(r)),
    skeleton: skeleton30(r.nameKeys.sorted),
    nikHi: nik.hi,
    nikLo: nik.lo,
    nikLen: nik.len,
    nikValid: r.nik?.isValid ?? false,
    kkHi: kk.hi,
    kkLo: kk.lo,
    kkLen: kk.len,
    phoneHi: phone.hi,
    phoneLo: phone.lo,
    phoneLen: phone.len,
    address: hashTokens30(r.address, 11),
    business: hashTokens30(r.business, 12),
    birthPlace: hash30(r.birthPlace, 13),
    rt: smallNumber(r.rt),
    rw: smallNumber(r.rw),
    regionLen: r.region.length,
    place2: place30(r, 2),
    place4: place30(r, 4),
    place6: place30(r, 6),
    place10: place30(r, 10),
    locality: hash30(r.locality, 15),
    chinese: isChineseNameForm(r.name),
  };
}
