// The review queue: candidate pairs with both records side by side, strongest first.

import { notFound } from "../../../platform/errors";
import { type Ctx, requireScope, tx } from "../../access";
import type { ReviewItem, ReviewPage, ReviewQuery } from "../contract";
import { requirePermission } from "../permissions";
import { countPairsByStatus, findPair, selectPairs } from "../repository";
import { loadRecordViews } from "./load-views";
import { toReviewItem } from "./present";

export async function listReviews({ ctx, query }: { ctx: Ctx; query: ReviewQuery }): Promise<ReviewPage> {
  requirePermission(ctx, "linkage.review");
  if (query.region) requireScope(ctx, query.region);
  return tx(ctx, async (t) => {
    const { rows, total } = await selectPairs(t, query);
    const views = await loadRecordViews(
      t,
      rows.flatMap((p) => [p.recordA, p.recordB]),
    );
    const counts = await countPairsByStatus(t, query.region);
    return {
      items: rows.map((p) => toReviewItem(p, views)),
      total,
      counts: {
        open: counts.open ?? 0,
        accepted: counts.accepted ?? 0,
        rejected: counts.rejected ?? 0,
        skipped: counts.skipped ?? 0,
      },
    };
  });
}

export async function getReview({ ctx, id }: { ctx: Ctx; id: string }): Promise<ReviewItem> {
  requirePermission(ctx, "linkage.review");
  return tx(ctx, async (t) => {
    const pair = await findPair(t, id);
    if (!pair) throw notFound();
    return toReviewItem(pair, await loadRecordViews(t, [pair.recordA, pair.recordB]));
  });
}
