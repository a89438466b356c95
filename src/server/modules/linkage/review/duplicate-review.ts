// Linkage's side of the registry's DuplicateReview port (wired at the composition root): a "not
// sure" answer becomes an open pair in the review queue, and new records queue the incremental dedup.
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import { type DuplicateReview, readLinkRecordsByIds } from "../../registry";
import { commonRegion } from "../dedup/read-register";
import { INCREMENTAL_DEDUP_JOB } from "../jobs-names";
import { runs } from "../schema";
import { defaultPairScorer, explainRows, insertAskedPair } from "./queue-pairs";

async function askReview(t: Tx, ctx: Ctx, pair: { businessId: string; candidateBusinessId: string }) {
  if (pair.businessId === pair.candidateBusinessId) return;
  const rows = await readLinkRecordsByIds(t, [pair.businessId, pair.candidateBusinessId]);
  const a = rows.find((r) => r.businessId === pair.businessId);
  const b = rows.find((r) => r.businessId === pair.candidateBusinessId);
  if (!a || !b) return;
  const runId = newId();
  await t.insert(runs).values({
    id: runId,
    regionCode: commonRegion(a.regionCode, b.regionCode),
    kind: "asked",
    state: "completed",
    stats: { pairs: 1 },
    startedById: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    startedByName: actorName(ctx.actor),
    createdAt: ctx.now,
    finishedAt: ctx.now,
  });
  await insertAskedPair(t, runId, { a, b, explanation: explainRows(defaultPairScorer(), a, b) }, ctx.now);
}

export const linkageDuplicateReview: DuplicateReview = {
  ask: askReview,
  queueNewRecords: (t, jobs, records, createdBy) =>
    jobs.enqueue(INCREMENTAL_DEDUP_JOB, records, { createdBy, scope: records.regionCode, tx: t }),
};
