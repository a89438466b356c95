// Typo-tolerant name search for the register list, through registry.name_hits (source: sql/name-hits.sql):
// staged word-similarity thresholds, capped hit sets, and the region range
// helpers the list shares. Row-level security only lets leakproof operators into index scans, which
// is why both exist.
import { type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { ListFilter } from "./repository-list";

export type NameHits = { ids: string[]; scores: number[]; capped: boolean };

/** Word similarity needed for a name hit; lower than pg_trgm's 0.6 so one typo still matches. */
export const NAME_THRESHOLD = 0.5;
/**
 * Thresholds tried in turn for a relevance-ordered name search. When a strict pass already fills
 * the page, its rows ARE the loose search's top rows (everything it left out scores lower), and
 * common names ("SITI …") never pay for scanning thousands of weak matches.
 */
export const NAME_STAGES = [0.8, NAME_THRESHOLD] as const;

/**
 * Rows whose text starts with `prefix`, as a byte-wise range. Row-level security only lets
 * leakproof operators into index scans: LIKE is not leakproof, text_pattern_ge/lt (~>=~, ~<~) are.
 */
export function startsWith(column: SQL, prefix: string): SQL {
  return sql`(${column} ~>=~ ${prefix} and ${column} ~<~ ${upperBound(prefix)})`;
}

/** The first string after every string starting with `prefix` (byte-wise). */
export function upperBound(prefix: string): string {
  return `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;
}

/** Arguments of registry.name_hits: text, cap, region range (null, null = no region filter). */
export function hitArgs(key: string, cap: number | null, prefix: string): SQL {
  return prefix === "*"
    ? sql`${key}, ${cap}, null, null`
    : sql`${key}, ${cap}, ${prefix}, ${upperBound(prefix)}`;
}

/** The hit set as a relation `h(business_id, score)`: found already, or found by the query. */
export function nameHitsFrom(key: string, prefix: string, hits: NameHits | undefined): SQL {
  return hits
    ? sql`unnest(${sql.param(hits.ids)}::uuid[], ${sql.param(hits.scores)}::real[]) as h(business_id, score)`
    : sql`(select business_id, max(score) as score from registry.name_hits(${hitArgs(key, null, prefix)}) group by business_id) h`;
}

/** Hits kept per branch (business names, owner names) before a wider pass is needed. */
export const HIT_CAP = 200;

/** Businesses whose name or owner's name matches `key` at `threshold`, best score per business. */
export async function findNameHits(
  t: Tx,
  q: { key: string; prefix: string },
  threshold: number,
  cap: number | null,
): Promise<NameHits> {
  await setThreshold(t, threshold);
  const rows = await t.execute<{ business_id: string; score: number; branch: string }>(
    sql`select business_id, score, branch from registry.name_hits(${hitArgs(q.key, cap, q.prefix)})`,
  );
  const best = new Map<string, number>();
  const perBranch = new Map<string, number>();
  for (const r of rows.rows) {
    best.set(r.business_id, Math.max(best.get(r.business_id) ?? 0, Number(r.score)));
    perBranch.set(r.branch, (perBranch.get(r.branch) ?? 0) + 1);
  }
  const capped = cap !== null && [...perBranch.values()].some((n) => n >= cap);
  return { ids: [...best.keys()], scores: [...best.values()], capped };
}

export async function setThreshold(t: Tx, value: number): Promise<void> {
  await t.execute(sql`select set_config('pg_trgm.word_similarity_threshold', ${String(value)}, true)`);
}

export async function applyNameThreshold(t: Tx, f: ListFilter): Promise<void> {
  if (f.search.kind === "name") await setThreshold(t, NAME_THRESHOLD);
}

/** Union of two hit sets (best score per business); `capped` follows the newer pass unless told. */
export function mergeHits(a: NameHits, b: NameHits, capped = b.capped): NameHits {
  const best = new Map<string, number>();
  for (const [i, id] of a.ids.entries()) best.set(id, a.scores[i] ?? 0);
  for (const [i, id] of b.ids.entries()) best.set(id, Math.max(best.get(id) ?? 0, b.scores[i] ?? 0));
  return { ids: [...best.keys()], scores: [...best.values()], capped };
}
