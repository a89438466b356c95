// Blocking works on a few short components per record (first name, birth date, place, ...),
// hashed once; rules combine the hashes, so building a rule's keys is integer arithmetic.
import type { Prepared } from "./types";

export const COMPONENTS = [
  "nik15",
  "nikHalfA",
  "nikHalfB",
  "nikDigits",
  "familyId",
  "phone",
  "nameKey",
  "first",
  "last",
  "dob",
  "skeleton",
  "place2",
  "place4",
  "place6",
  "place10",
  "locality",
  "firstPrefix",
  "lastPrefix",
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Swapped day and month give the same value. */
function dobKey(date: number): number {
  const y = Math.floor(date / 10000);
  const m = Math.floor(date / 100) % 100;
  const d = date % 100;
  return m <= d ? y * 10000 + m * 100 + d : y * 10000 + d * 100 + m;
}

/** Mixes up to three integers with a tag into a non-zero 31-bit hash. */
function mix(tag: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(0x811c9dc5 ^ tag, 0x01000193);
  h = Math.imul(h ^ (a | 0), 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ (b | 0), 0x5bd1e995);
  h ^= h >>> 15;
  h = Math.imul(h ^ (c | 0), 0x5bd1e995);
  h ^= h >>> 13;
  h &= 0x7fffffff;
  return h === 0 ? 1 : h;
}

/** The component hashes of one record (0 when missing), written into `out` at `i`. */
function writeComponents(r: Prepared, i: number, out: Record<Component, Int32Array>): void {
  const f = r.fast;
  if (f.nikLen >= 6) {
    // All digits but the last: a last digit zeroed by Excel still meets.
    out.nik15[i] = mix(1, f.nikHi, Math.floor(f.nikLo / 10), f.nikLen);
    out.nikHalfA[i] = mix(2, f.nikHi, f.nikLen);
    out.nikHalfB[i] = mix(3, f.nikLo, f.nikLen);
    out.nikDigits[i] = mix(4, f.nikHi, f.nikLo, f.nikLen);
  }
  if (f.kkLen > 0) out.familyId[i] = mix(4, f.kkHi, f.kkLo, f.kkLen);
  if (f.phoneLen > 0) out.phone[i] = mix(5, f.phoneHi, f.phoneLo, f.phoneLen);
  out.nameKey[i] = f.nameSorted;
  out.first[i] = f.first;
  out.last[i] = f.last;
  if (r.birthDate !== 0) out.dob[i] = mix(6, dobKey(r.birthDate));
  out.skeleton[i] = f.skeleton;
  out.place2[i] = f.place2;
  out.place4[i] = f.place4;
  out.place6[i] = f.place6;
  out.place10[i] = f.place10;
  out.locality[i] = f.locality;
  out.firstPrefix[i] = f.firstPrefix;
  out.lastPrefix[i] = f.lastPrefix;
}

export type BlockFeatures = { n: number; hashes: Record<Component, Int32Array> };

// An object literal (not Object.fromEntries) keeps the columns in a fast-properties object.
function emptyColumns(n: number): Record<Component, Int32Array> {
  return {
    nik15: new Int32Array(n),
    nikHalfA: new Int32Array(n),
    nikHalfB: new Int32Array(n),
    nikDigits: new Int32Array(n),
    familyId: new Int32Array(n),
    phone: new Int32Array(n),
    nameKey: new Int32Array(n),
    first: new Int32Array(n),
    last: new Int32Array(n),
    dob: new Int32Array(n),
    skeleton: new Int32Array(n),
    place2: new Int32Array(n),
    place4: new Int32Array(n),
    place6: new Int32Array(n),
    place10: new Int32Array(n),
    locality: new Int32Array(n),
    firstPrefix: new Int32Array(n),
    lastPrefix: new Int32Array(n),
  };
}

/** Hashes every component of every record (0 = missing). */
export function computeFeatures(records: readonly Prepared[]): BlockFeatures {
  const n = records.length;
  const hashes = emptyColumns(n);
  for (let i = 0; i < n; i++) {
    const r = records[i];
    if (r) writeComponents(r, i, hashes);
  }
  return { n, hashes };
}

/** Component hashes of a single record (for keys stored by the product). */
export function recordComponents(r: Prepared): Record<Component, number> {
  const one = emptyColumns(1);
  writeComponents(r, 0, one);
  return Object.fromEntries(COMPONENTS.map((c) => [c, one[c][0] ?? 0])) as Record<Component, number>;
}

/** Combines a rule's salt with up to three component hashes; 0 when a component is missing. */
export function combine(salt: number, a: number, b = -1, c = -1): number {
  if (a === 0 || b === 0 || c === 0) return 0;
  let h = Math.imul(salt ^ a, 0x5bd1e995);
  h ^= h >>> 15;
  if (b !== -1) {
    h = Math.imul(h ^ b, 0x5bd1e995);
    h ^= h >>> 15;
  }
  if (c !== -1) {
    h = Math.imul(h ^ c, 0x5bd1e995);
    h ^= h >>> 15;
  }
  h = Math.imul(h ^ (h >>> 13), 0x85ebca6b);
  h &= 0x7fffffff;
  return h === 0 ? 1 : h;
}
