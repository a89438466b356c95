// Linking two lists without clear values: keyed hashes (equality only) and, when both lists carry
// them, Bloom filters of name, birth date and address (Dice similarity, tolerant of typos). Every
// field is a comparison of the same Fellegi-Sunter model as in the clear engine: m and u from EM,
// u started from random pairs.

import { mulberry32 } from "../../../../shared/rng";
import { DICE_LEVELS, diceLevel } from "./bloom";
import { BLOOM_FIELDS } from "./bloom-fields";
import { type Label, runEm } from "./em";
import type { Gammas } from "./gamma";
import { HASH_FIELDS } from "./hash-keys";
import { candidates } from "./hashed-blocking";
import { DOB_LEVELS, dobLevel, hasExtras, hashedHouseholdGuard, NIK_LEVELS, nikLevel } from "./hashed-rules";
import { keepBestMatches, type LinkedPair } from "./link";
import { DEFAULT_THRESHOLDS, priorWeight, type Thresholds, weightToProbability } from "./model";
import { decide } from "./scorer";

export type HashedRecord = {
  id: string;
  hashes: readonly string[];
  /** Bloom filters in BLOOM_FIELDS order (absent in the older exact-hash format). */
  blooms?: ReadonlyArray<Uint8Array | undefined>;
  /** Lists of keyed hashes in EXTRA_FIELDS order (hash-extras.ts; CLK format). */
  extras?: ReadonlyArray<readonly string[]>;
  /** The NIK is valid and agrees with the birth date (a flag, not a value). */
  nikTrusted?: boolean;
};

export type HashedLinkResult = {
  pairs: LinkedPair[];
  /** m and u of the strongest agreement level per field, and the weight of every level. */
  fields: Array<{ field: string; m: number; u: number; weights: number[] }>;
  candidatePairs: number;
};

const index = (f: string) => HASH_FIELDS.indexOf(f as (typeof HASH_FIELDS)[number]);
/** Exact hashes that the Bloom filters replace in the score (they say the same, less tolerantly). */
const REPLACED_BY_BLOOMS = new Set(
  ["dob", "name", "firstDob", "lastDob", "skeletonDob", "nameDistrict"].map(index),
);
/**
 * Exact hashes that the extras replace: the NIK (near levels instead), and the district, which the
 * address filter's region prefixes already carry (counted twice, EM made "another district" a
 * match signal on the tune set).
 */
const REPLACED_BY_EXTRAS = new Set(["nik", "nik15", "district"].map(index));
const NIK = index("nik");
const NAME = index("name");
const NIK15 = index("nik15");

export type Field = { name: string; levels: number; level(a: HashedRecord, b: HashedRecord): number };

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

const NIK_FIELD: Field = { name: "nik", levels: NIK_LEVELS, level: nikLevel };
const DOB_FIELD: Field = { name: "dob", levels: DOB_LEVELS, level: dobLevel };

export function fieldsFor(a: readonly HashedRecord[], b: readonly HashedRecord[]): Field[] {
  const blooms = a.some((r) => r.blooms) && b.some((r) => r.blooms);
  const extras = a.some(hasExtras) && b.some(hasExtras);
  const exact = HASH_FIELDS.map((_, f) => f).filter(
    (f) => !(blooms && REPLACED_BY_BLOOMS.has(f)) && !(extras && REPLACED_BY_EXTRAS.has(f)),
  );
  const bloomFields = BLOOM_FIELDS.map((_, f) => f).filter((f) => !(extras && BLOOM_FIELDS[f] === "dob"));
  return [
    ...(extras ? [NIK_FIELD, DOB_FIELD] : []),
    ...exact.map(exactField),
    ...(blooms ? bloomFields.map(bloomField) : []),
  ];
}

function randomU(a: readonly HashedRecord[], b: readonly HashedRecord[], fields: Field[], seed: number) {
  const rng = mulberry32(seed);
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

function levelWeight(em: { m: number[][]; u: number[][] }, c: number, l: number): number {
  return Math.log2(Math.max(em.m[c]?.[l] ?? 0, 1e-6) / Math.max(em.u[c]?.[l] ?? 0, 1e-6));
}

/** Each field's level and weight for one pair (diagnostics). */
export function hashedFieldLevels(
  result: HashedLinkResult,
  a: HashedRecord,
  b: HashedRecord,
  all: Field[],
): string {
  return all
    .map((f, c) => {
      const l = f.level(a, b);
      return l < 0 ? `${f.name}:-` : `${f.name}:${l}(${(result.fields[c]?.weights[l] ?? 0).toFixed(1)})`;
    })
    .join(" ");
}

/** Agreeing on a common name proves less than on a rare one: frequency of each name hash in both lists. */
function nameFrequencies(a: readonly HashedRecord[], b: readonly HashedRecord[]) {
  const counts = new Map<string, number>();
  let total = 0;
  for (const r of [...a, ...b]) {
    const v = r.hashes[NAME] ?? "";
    if (v === "") continue;
    counts.set(v, (counts.get(v) ?? 0) + 1);
    total++;
  }
  return (v: string) => (counts.get(v) ?? 1) / Math.max(total, 1);
}

function gammasOf(
  a: readonly HashedRecord[],
  b: readonly HashedRecord[],
  pairs: Array<[number, number]>,
  fields: Field[],
): Gammas {
  const width = fields.length;
  const data = new Int8Array(pairs.length * width);
  pairs.forEach(([i, j], p) => {
    fields.forEach((f, c) => {
      data[p * width + c] = f.level(a[i] as HashedRecord, b[j] as HashedRecord);
    });
  });
  return { data, width, count: pairs.length };
}

/** Pairs that a rule makes two people whatever the score (household members, father and son). */
function guardedPairs(
  a: readonly HashedRecord[],
  b: readonly HashedRecord[],
  pairs: Array<[number, number]>,
  fields: Field[],
  g: Gammas,
) {
  const nikCols = [NIK, NIK15]
    .map((f) => fields.findIndex((x) => x.name === HASH_FIELDS[f]))
    .filter((c) => c >= 0);
  const dobCol = fields.findIndex((x) => x.name === "dob" || x.name === "bloom:dob");
  const nameCol = fields.findIndex((x) => x.name === "bloom:name");
  const differ = (p: number, c: number) => c >= 0 && g.data[p * g.width + c] === (fields[c]?.levels ?? 2) - 1;
  const labels = new Map<number, Label>();
  pairs.forEach(([i, j], p) => {
    const x = a[i] as HashedRecord;
    const y = b[j] as HashedRecord;
    // Birth date and NIK both known and both different: two people (a father and a son of the
    // same name in one district look alike on every name key).
    const fatherSon = differ(p, dobCol) && nikCols.length > 0 && nikCols.every((c) => differ(p, c));
    const household =
      hasExtras(x) && hasExtras(y) && hashedHouseholdGuard(x, y, g.data[p * g.width + nameCol] ?? -1);
    if (fatherSon || household) labels.set(p, "nonMatch");
  });
  return labels;
}

export function linkHashed(
  a: readonly HashedRecord[],
  b: readonly HashedRecord[],
  options: { thresholds?: Thresholds; seed?: number } = {},
): HashedLinkResult {
  const fields = fieldsFor(a, b);
  const width = fields.length;
  const pairs = candidates(a, b);
  const gammas = gammasOf(a, b, pairs, fields);
  const guarded = guardedPairs(a, b, pairs, fields, gammas);
  const u = randomU(a, b, fields, options.seed ?? 1);
  const em = runEm({
    gammas,
    levelsPerComparison: fields.map((f) => f.levels),
    u,
    initialM: fields.map((f) => initialM(f.levels)),
    estimateU: true,
    labels: guarded,
  });
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const prior = priorWeight(em.lambda);
  const nameCol = fields.findIndex((x) => x.name === "bloom:name");
  const frequency = nameFrequencies(a, b);
  const out: LinkedPair[] = [];
  pairs.forEach(([i, j], p) => {
    let w = prior;
    for (let c = 0; c < width; c++) {
      const l = gammas.data[p * width + c] ?? -1;
      if (l >= 0) w += levelWeight(em, c, l);
    }
    const name = a[i]?.hashes[NAME] ?? "";
    if (
      nameCol >= 0 &&
      gammas.data[p * width + nameCol] === 0 &&
      name !== "" &&
      name === b[j]?.hashes[NAME]
    ) {
      w += Math.log2(Math.max(u[nameCol]?.[0] ?? 0, 1e-9) / frequency(name));
    }
    const probability = weightToProbability(w);
    const decision = guarded.has(p) ? "nonMatch" : decide(probability, thresholds);
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
    fields: fields.map((f, c) => ({
      field: f.name,
      m: em.m[c]?.[0] ?? 0,
      u: em.u[c]?.[0] ?? 0,
      weights: Array.from({ length: f.levels }, (_, l) => levelWeight(em, c, l)),
    })),
    candidatePairs: pairs.length,
  };
}
