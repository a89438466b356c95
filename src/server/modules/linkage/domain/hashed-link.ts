// Linking two lists without clear values: keyed hashes (equality only) and, when both lists carry
// them, Bloom filters of name, birth date and address (Dice similarity, tolerant of typos). Every
// field is a comparison of the same Fellegi-Sunter model as in the clear engine: m and u from EM,
// u started from random pairs.
import { bloomBands, DICE_LEVELS, diceLevel } from "./bloom";
import { BLOOM_FIELDS } from "./bloom-fields";
import { runEm } from "./em";
import type { Gammas } from "./gamma";
import { HASH_FIELDS } from "./hash-keys";
import { keepBestMatches, type LinkedPair } from "./link";
import { DEFAULT_THRESHOLDS, priorWeight, type Thresholds, weightToProbability } from "./model";
import { createRng } from "./rng";
import { decide } from "./scorer";

export type HashedRecord = {
  id: string;
  hashes: readonly string[];
  /** Bloom filters in BLOOM_FIELDS order (absent in the older exact-hash format). */
  blooms?: ReadonlyArray<Uint8Array | undefined>;
};

export type HashedLinkResult = {
  pairs: LinkedPair[];
  /** m and u of the strongest agreement level per field. */
  fields: Array<{ field: string; m: number; u: number }>;
  candidatePairs: number;
};

const index = (f: string) => HASH_FIELDS.indexOf(f as (typeof HASH_FIELDS)[number]);
/** Fields whose equal hash makes two records candidates. */
const BLOCKING_FIELDS = ["nik", "nik15", "firstDob", "lastDob", "skeletonDob", "nameDistrict", "phone"].map(
  index,
);
/** Exact hashes that the Bloom filters replace in the score (they say the same, less tolerantly). */
const REPLACED_BY_BLOOMS = new Set(
  ["dob", "name", "firstDob", "lastDob", "skeletonDob", "nameDistrict"].map(index),
);
const NIK = index("nik");
const NIK15 = index("nik15");
const DOB = index("dob");
const DISTRICT = index("district");

type Field = { name: string; levels: number; level(a: HashedRecord, b: HashedRecord): number };

function exactField(f: number): Field {
  return {
    name: HASH_FIELDS[f] ?? String(f),
    levels: 2,
    level(a, b) {
      const x = a.hashes[f] ?? "";
      const y = b.hashes[f] ?? "";
      if (x === "" || y === "") return -1;
      return x === y ? 0 : 1;
    },
  };
}

function bloomField(f: number): Field {
  return {
    name: `bloom:${BLOOM_FIELDS[f]}`,
    levels: DICE_LEVELS.length + 1,
    level: (a, b) => diceLevel(a.blooms?.[f], b.blooms?.[f]),
  };
}

function fieldsFor(a: readonly HashedRecord[], b: readonly HashedRecord[]): Field[] {
  const blooms = a.some((r) => r.blooms) && b.some((r) => r.blooms);
  const exact = HASH_FIELDS.map((_, f) => f).filter((f) => !blooms || !REPLACED_BY_BLOOMS.has(f));
  return [...exact.map(exactField), ...(blooms ? BLOOM_FIELDS.map((_, f) => bloomField(f)) : [])];
}

/** Blocking keys of a record: equal keyed hashes, and bands of its name and birth-date filters. */
function blockKeys(r: HashedRecord): string[] {
  const keys: string[] = [];
  for (const f of BLOCKING_FIELDS) if ((r.hashes[f] ?? "") !== "") keys.push(`${f}:${r.hashes[f]}`);
  const name = r.blooms?.[0];
  const dob = r.blooms?.[1];
  // Similar names born the same day, and very similar names whatever the birth date says.
  const born = r.hashes[DOB] ?? "";
  const district = r.hashes[DISTRICT] ?? "";
  if (name && dob && born !== "") for (const band of bloomBands(name, 6, 2)) keys.push(`n${band}|${born}`);
  if (name) for (const band of bloomBands(name, 8, 4)) keys.push(`m${band}|${district}`);
  return keys;
}

function candidates(a: readonly HashedRecord[], b: readonly HashedRecord[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const found = new Map<string, number[]>();
  b.forEach((r, j) => {
    for (const key of blockKeys(r)) {
      const list = found.get(key);
      if (list) list.push(j);
      else found.set(key, [j]);
    }
  });
  a.forEach((r, i) => {
    const seen = new Set<number>();
    for (const key of blockKeys(r)) {
      const list = found.get(key);
      if (!list || list.length > 500) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) out.push([i, j]);
  });
  return out;
}

function randomU(a: readonly HashedRecord[], b: readonly HashedRecord[], fields: Field[], seed: number) {
  const rng = createRng(seed);
  const counts = fields.map((f) => new Array<number>(f.levels).fill(0.5));
  for (let s = 0; s < 100_000 && a.length > 0 && b.length > 0; s++) {
    const x = a[Math.floor(rng() * a.length)] as HashedRecord;
    const y = b[Math.floor(rng() * b.length)] as HashedRecord;
    fields.forEach((f, c) => {
      const l = f.level(x, y);
      const row = counts[c];
      if (l >= 0 && row) row[l] = (row[l] ?? 0) + 1;
    });
  }
  return counts.map((row) => {
    const total = row.reduce((s, v) => s + v, 0);
    return row.map((v) => v / total);
  });
}

function initialM(levels: number): number[] {
  const m = Array.from({ length: levels }, (_, l) => (l === levels - 1 ? 0.05 : 0.95 * 0.3 ** l));
  const s = m.reduce((x, y) => x + y, 0);
  return m.map((v) => v / s);
}

export function linkHashed(
  a: readonly HashedRecord[],
  b: readonly HashedRecord[],
  options: { thresholds?: Thresholds; seed?: number } = {},
): HashedLinkResult {
  const fields = fieldsFor(a, b);
  const width = fields.length;
  const pairs = candidates(a, b);
  const data = new Int8Array(pairs.length * width);
  pairs.forEach(([i, j], p) => {
    fields.forEach((f, c) => {
      data[p * width + c] = f.level(a[i] as HashedRecord, b[j] as HashedRecord);
    });
  });
  const gammas: Gammas = { data, width, count: pairs.length };
  const em = runEm({
    gammas,
    levelsPerComparison: fields.map((f) => f.levels),
    u: randomU(a, b, fields, options.seed ?? 1),
    initialM: fields.map((f) => initialM(f.levels)),
    estimateU: true,
  });
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const prior = priorWeight(em.lambda);
  const nikCols = [NIK, NIK15].map((f) => fields.findIndex((x) => x.name === HASH_FIELDS[f]));
  const dobCol = fields.findIndex((x) => x.name === "dob" || x.name === "bloom:dob");
  const out: LinkedPair[] = [];
  pairs.forEach(([i, j], p) => {
    let w = prior;
    for (let c = 0; c < width; c++) {
      const l = data[p * width + c] ?? -1;
      if (l >= 0) w += Math.log2(Math.max(em.m[c]?.[l] ?? 0, 1e-6) / Math.max(em.u[c]?.[l] ?? 0, 1e-6));
    }
    const probability = weightToProbability(w);
    // Birth date and NIK both known and both different: two people (a father and a son of the
    // same name in one district look alike on every name key).
    const differ = (c: number) => c >= 0 && data[p * width + c] === (fields[c]?.levels ?? 2) - 1;
    const decision = differ(dobCol) && nikCols.every(differ) ? "nonMatch" : decide(probability, thresholds);
    if (decision === "nonMatch") return;
    out.push({
      idA: a[i]?.id ?? "",
      idB: b[j]?.id ?? "",
      indexA: i,
      indexB: j,
      weight: w,
      probability,
      decision,
      note: null,
    });
  });
  keepBestMatches(out);
  return {
    pairs: out,
    fields: fields.map((f, c) => ({ field: f.name, m: em.m[c]?.[0] ?? 0, u: em.u[c]?.[0] ?? 0 })),
    candidatePairs: pairs.length,
  };
}
