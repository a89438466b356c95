// Linking two lists (the register and an outside list): scored pairs across the two, no pairs
// within one list.
import type { RuleStats } from "./blocking";
import type { LinkageModel } from "./model";
import { type PipelineOptions, runPipeline } from "./pipeline";
import { detectPresence, type PrepareOptions, prepareRecord } from "./prepare";
import { weightToProbability } from "./scorer";
import type { FieldPresence, LinkRecord, Prepared } from "./types";

export type LinkedPair = {
  idA: string;
  idB: string;
  /** Positions in list A and in list B. */
  indexA: number;
  indexB: number;
  weight: number;
  probability: number;
  decision: "match" | "review";
  /** Set when a weaker match was held back because each record links to one record at most. */
  note: "notBestMatch" | null;
};

export type LinkResult = {
  pairs: LinkedPair[];
  model: LinkageModel;
  stats: {
    recordsA: number;
    recordsB: number;
    candidatePairs: number;
    blocking: RuleStats[];
    matches: number;
    reviews: number;
  };
};

export type LinkOptions = PipelineOptions & {
  prepare?: PrepareOptions;
  /** Each record matches at most one record of the other list (weaker matches go to review). Default true. */
  oneToOne?: boolean;
};

/** Merges the field presence of two lists (a field counts when either list has it). */
export function mergePresence(a: FieldPresence, b: FieldPresence): FieldPresence {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof FieldPresence>) out[k] = a[k] || b[k];
  return out;
}

export function linkRecords(
  a: readonly LinkRecord[],
  b: readonly LinkRecord[],
  options: LinkOptions = {},
): LinkResult {
  const pa = a.map((r) => prepareRecord(r, options.prepare));
  const pb = b.map((r) => prepareRecord(r, options.prepare));
  return linkPrepared(pa, pb, mergePresence(detectPresence(a), detectPresence(b)), options);
}

export function linkPrepared(
  a: readonly Prepared[],
  b: readonly Prepared[],
  presence: FieldPresence,
  options: LinkOptions = {},
): LinkResult {
  const all = [...a, ...b];
  const boundary = a.length;
  const s = runPipeline(all, presence, { ...options, boundary });
  const pairs: LinkedPair[] = [];
  for (let p = 0; p < s.gammas.count; p++) {
    const d = s.decision[p];
    if (d === "nonMatch" || d === undefined) continue;
    const i = s.blocking.a[p] ?? 0;
    const j = s.blocking.b[p] ?? 0;
    const w = s.weight[p] ?? 0;
    pairs.push({
      idA: all[i]?.id ?? "",
      idB: all[j]?.id ?? "",
      indexA: i,
      indexB: j - boundary,
      weight: w,
      probability: weightToProbability(w),
      decision: d,
      note: null,
    });
  }
  if (options.oneToOne ?? true) keepBestMatches(pairs);
  const matches = pairs.filter((p) => p.decision === "match").length;
  return {
    pairs,
    model: s.model,
    stats: {
      recordsA: a.length,
      recordsB: b.length,
      candidatePairs: s.gammas.count,
      blocking: s.blocking.rules,
      matches,
      reviews: pairs.length - matches,
    },
  };
}

/** Greedy one-to-one assignment, strongest first; weaker matches become reviews. */
export function keepBestMatches(pairs: LinkedPair[]): void {
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches = pairs.filter((p) => p.decision === "match").sort((x, y) => y.weight - x.weight);
  for (const p of matches) {
    if (usedA.has(p.indexA) || usedB.has(p.indexB)) {
      p.decision = "review";
      p.note = "notBestMatch";
      continue;
    }
    usedA.add(p.indexA);
    usedB.add(p.indexB);
  }
}
