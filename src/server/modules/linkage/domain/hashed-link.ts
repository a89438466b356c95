// Linking two lists of keyed hashes: only equality of hashes is visible, so each hash field is
// an agree / disagree comparison; m and u come from EM and random pairs as in the clear engine.
import { runEm } from "./em";
import type { Gammas } from "./gamma";
import { HASH_FIELDS } from "./hash-keys";
import { keepBestMatches, type LinkedPair } from "./link";
import { DEFAULT_THRESHOLDS, priorWeight, type Thresholds, weightToProbability } from "./model";
import { createRng } from "./rng";
import { decide } from "./scorer";

export type HashedRecord = { id: string; hashes: readonly string[] };

export type HashedLinkResult = {
  pairs: LinkedPair[];
  /** m and u of "agree" per hash field. */
  fields: Array<{ field: string; m: number; u: number }>;
  candidatePairs: number;
};

/** Fields whose equal hash makes two records candidates. */
const BLOCKING_FIELDS = ["nik", "nik15", "firstDob", "lastDob", "skeletonDob", "nameDistrict"].map((f) =>
  HASH_FIELDS.indexOf(f as (typeof HASH_FIELDS)[number]),
);

const NIK = HASH_FIELDS.indexOf("nik");
const NIK15 = HASH_FIELDS.indexOf("nik15");
const DOB = HASH_FIELDS.indexOf("dob");

function level(a: HashedRecord, b: HashedRecord, f: number): number {
  const x = a.hashes[f] ?? "";
  const y = b.hashes[f] ?? "";
  if (x === "" || y === "") return -1;
  return x === y ? 0 : 1;
}

function candidates(a: readonly HashedRecord[], b: readonly HashedRecord[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const index = new Map<string, number[]>();
  b.forEach((r, j) => {
    for (const f of BLOCKING_FIELDS) {
      const h = r.hashes[f] ?? "";
      if (h === "") continue;
      const key = `${f}:${h}`;
      const list = index.get(key);
      if (list) list.push(j);
      else index.set(key, [j]);
    }
  });
  a.forEach((r, i) => {
    const seen = new Set<number>();
    for (const f of BLOCKING_FIELDS) {
      const h = r.hashes[f] ?? "";
      const list = h === "" ? undefined : index.get(`${f}:${h}`);
      if (!list || list.length > 500) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) out.push([i, j]);
  });
  return out;
}

export function linkHashed(
  a: readonly HashedRecord[],
  b: readonly HashedRecord[],
  options: { thresholds?: Thresholds; seed?: number } = {},
): HashedLinkResult {
  const width = HASH_FIELDS.length;
  const pairs = candidates(a, b);
  const data = new Int8Array(pairs.length * width);
  pairs.forEach(([i, j], p) => {
    for (let f = 0; f < width; f++)
      data[p * width + f] = level(a[i] as HashedRecord, b[j] as HashedRecord, f);
  });
  const gammas: Gammas = { data, width, count: pairs.length };
  const rng = createRng(options.seed ?? 1);
  const agree = new Array<number>(width).fill(0.5);
  const seen = new Array<number>(width).fill(1);
  for (let s = 0; s < 100_000 && a.length > 0 && b.length > 0; s++) {
    const x = a[Math.floor(rng() * a.length)] as HashedRecord;
    const y = b[Math.floor(rng() * b.length)] as HashedRecord;
    for (let f = 0; f < width; f++) {
      const l = level(x, y, f);
      if (l < 0) continue;
      seen[f] = (seen[f] ?? 0) + 1;
      if (l === 0) agree[f] = (agree[f] ?? 0) + 1;
    }
  }
  const u = agree.map((n, f) => [n / (seen[f] ?? 1), 1 - n / (seen[f] ?? 1)]);
  const em = runEm({
    gammas,
    levelsPerComparison: new Array<number>(width).fill(2),
    u,
    initialM: new Array(width).fill([0.9, 0.1]),
    estimateU: true,
  });
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const prior = priorWeight(em.lambda);
  const out: LinkedPair[] = [];
  pairs.forEach(([i, j], p) => {
    let w = prior;
    for (let f = 0; f < width; f++) {
      const l = data[p * width + f] ?? -1;
      if (l >= 0) w += Math.log2(Math.max(em.m[f]?.[l] ?? 0, 1e-6) / Math.max(em.u[f]?.[l] ?? 0, 1e-6));
    }
    const probability = weightToProbability(w);
    // Birth date and NIK both known and both different: two people (a father and a son of the
    // same name in one district look alike on every name key).
    const differ = (f: number) => data[p * width + f] === 1;
    const decision =
      differ(DOB) && differ(NIK) && differ(NIK15) ? "nonMatch" : decide(probability, thresholds);
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
    fields: HASH_FIELDS.map((field, f) => ({ field, m: em.m[f]?.[0] ?? 0, u: em.u[f]?.[0] ?? 0 })),
    candidatePairs: pairs.length,
  };
}
