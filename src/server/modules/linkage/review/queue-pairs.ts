// Puts scored pairs of register records into the review queue without a full dedup run: a pair the
// user was not sure about at entry ("asked"), and the pairs the incremental dedup finds for new
// records. Pairs already in the queue are left as they are (decided ones keep their decision), so
// queueing the same pair twice adds nothing.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import type { LinkSourceRow } from "../../registry";
import { commonRegion } from "../dedup/read-register";
import { businessToLinkRecord } from "../dedup/records";
import { defaultModel } from "../domain/default-model";
import { explainPrepared, type PairExplanation } from "../domain/explain";
import { prepareRecord } from "../domain/prepare";
import { compileScorer, type Scorer } from "../domain/scorer";
import { pairs } from "../schema";
import { toContributions } from "./present";

/** The note of a pair a user asked about; a full dedup run keeps such pairs open until decided. */
export const ASKED_NOTE = "askedAtEntry";

let scorer: Scorer | null = null;
export const defaultPairScorer = (): Scorer => {
  scorer ??= compileScorer(defaultModel());
  return scorer;
};

export function explainRows(s: Scorer, a: LinkSourceRow, b: LinkSourceRow): PairExplanation {
  return explainPrepared(s, prepareRecord(businessToLinkRecord(a)), prepareRecord(businessToLinkRecord(b)));
}

export type ScoredPair = { a: LinkSourceRow; b: LinkSourceRow; explanation: PairExplanation };

function pairValues(runId: string, p: ScoredPair, note: string | null, now: Date) {
  const [a, b] = p.a.businessId < p.b.businessId ? [p.a, p.b] : [p.b, p.a];
  const e = p.explanation;
  return {
    id: newId(),
    regionCode: commonRegion(a.regionCode, b.regionCode),
    runId,
    recordA: a.businessId,
    recordB: b.businessId,
    weight: e.weight,
    probability: e.probability,
    decision: e.decision === "match" ? ("match" as const) : ("review" as const),
    note,
    explanation: { contributions: toContributions(e), nikConflict: e.nikConflict, guard: e.guard },
    createdAt: now,
    updatedAt: now,
  };
}

/** Engine pairs (incremental dedup): new pairs are added, existing ones untouched. Returns pairs added. */
export async function insertPairs(t: Tx, runId: string, found: readonly ScoredPair[]): Promise<number> {
  if (found.length === 0) return 0;
  const now = new Date();
  const rows = await t
    .insert(pairs)
    .values(found.map((p) => pairValues(runId, p, null, now)))
    .onConflictDoNothing({ target: [pairs.recordA, pairs.recordB] })
    .returning({ id: pairs.id });
  return rows.length;
}

/** A pair a user asked about: added, or an open pair marked as asked (so no dedup run drops it). */
export async function insertAskedPair(t: Tx, runId: string, p: ScoredPair, now: Date): Promise<void> {
  await t
    .insert(pairs)
    .values(pairValues(runId, p, ASKED_NOTE, now))
    .onConflictDoUpdate({
      target: [pairs.recordA, pairs.recordB],
      set: { note: ASKED_NOTE, updatedAt: now },
      setWhere: sql`${pairs.status} in ('open', 'skipped')`,
    });
}
