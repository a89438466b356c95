// A reviewer's decision on a pair: accept (merge the newer record into the older one, or into the
// chosen survivor), reject (not the same business), or skip (decide later). Accepted and rejected
// pairs are the labels the next dedup run learns from. Who decided and when is kept on the pair.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { readLinkRecordsByIds } from "../../registry";
import type { BatchDecisionBody, BatchResult, DecisionBody, DecisionResult } from "../contract";
import { linkageError } from "../errors";
import { requirePermission } from "../permissions";
import { findPair, type MergeRow, type PairRow } from "../repository";
import { pairs } from "../schema";
import { loadBusinessNames, loadRecordViews } from "./load-views";
import { mergeBusinesses } from "./merge-records";
import { toMerge, toReviewItem } from "./present";

const STATUS = { accept: "accepted", reject: "rejected", skip: "skipped" } as const;

/** The older record survives unless the reviewer chose. */
async function survivorOf(t: Tx, pair: PairRow, chosen: "a" | "b" | undefined) {
  if (chosen)
    return chosen === "a"
      ? { survivorId: pair.recordA, mergedId: pair.recordB }
      : { survivorId: pair.recordB, mergedId: pair.recordA };
  const rows = await readLinkRecordsByIds(t, [pair.recordA, pair.recordB]);
  const a = rows.find((r) => r.businessId === pair.recordA);
  const b = rows.find((r) => r.businessId === pair.recordB);
  const bFirst = a && b && b.createdAt.getTime() < a.createdAt.getTime();
  return bFirst
    ? { survivorId: pair.recordB, mergedId: pair.recordA }
    : { survivorId: pair.recordA, mergedId: pair.recordB };
}

export async function decidePair({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: DecisionBody;
}): Promise<DecisionResult> {
  requirePermission(ctx, "linkage.review");
  return tx(ctx, async (t) => {
    const pair = await findPair(t, id, true);
    if (!pair) throw notFound();
    requireScope(ctx, pair.regionCode);
    if (pair.status === "accepted" || pair.status === "rejected" || pair.status === "superseded") {
      throw linkageError("ALREADY_DECIDED");
    }
    let merge: MergeRow | null = null;
    if (input.decision === "accept") {
      merge = await mergeBusinesses(t, ctx, { ...(await survivorOf(t, pair, input.survivor)), pair });
    }
    const decidedBy = {
      decidedById: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      decidedByName: actorName(ctx.actor),
      decidedAt: ctx.now,
    };
    const [row] = await t
      .update(pairs)
      .set({ status: STATUS[input.decision], ...decidedBy, mergeId: merge?.id ?? null, updatedAt: ctx.now })
      .where(eq(pairs.id, id))
      .returning();
    if (!row) throw notFound();
    if (input.decision === "reject") {
      await recordAudit(t, ctx, {
        action: "linkage.reject-pair",
        entityType: "linkage-pair",
        entityId: id,
        entityRegion: pair.regionCode,
        before: { status: pair.status },
        after: { status: row.status, recordA: pair.recordA, recordB: pair.recordB },
      });
    }
    const views = await loadRecordViews(t, [pair.recordA, pair.recordB]);
    const names = merge
      ? await loadBusinessNames(t, [merge.survivorId, merge.mergedId])
      : new Map<string, string>();
    return { item: toReviewItem(row, views), merge: merge ? toMerge(merge, names) : null };
  });
}

/** Applies one decision to many pairs, each in its own transaction; conflicts do not stop the rest. */
export async function decidePairs({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: BatchDecisionBody;
}): Promise<BatchResult> {
  requirePermission(ctx, "linkage.review");
  const results: BatchResult["results"] = [];
  for (const id of new Set(input.ids)) {
    try {
      await decidePair({ ctx, id, input: { decision: input.decision } });
      results.push({ id, outcome: STATUS[input.decision] });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      results.push({ id, outcome: err.status === 404 || err.status === 403 ? "not_found" : "conflict" });
    }
  }
  return { results };
}
