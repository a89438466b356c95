// A production pivot as other modules need it (the store turns a pivot into a product): what the
// business makes now, since when, and which business. Read in the caller's transaction and scope.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { businesses, productionPivots } from "../schema";

export type PivotBrief = {
  id: string;
  businessId: string;
  businessName: string;
  regionCode: string;
  before: string;
  after: string;
  since: string;
  share: number | null;
  dailyCapacity: number | null;
};

export async function readPivotBrief(t: Tx, pivotId: string): Promise<PivotBrief | null> {
  const [row] = await t
    .select({
      id: productionPivots.id,
      businessId: productionPivots.businessId,
      businessName: businesses.name,
      regionCode: productionPivots.regionCode,
      before: productionPivots.before,
      after: productionPivots.after,
      since: productionPivots.since,
      share: productionPivots.share,
      dailyCapacity: businesses.dailyCapacity,
    })
    .from(productionPivots)
    .innerJoin(businesses, eq(businesses.id, productionPivots.businessId))
    .where(eq(productionPivots.id, pivotId))
    .limit(1);
  return row ?? null;
}
