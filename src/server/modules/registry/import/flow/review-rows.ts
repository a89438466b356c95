// Rows the operator marked "review" (not sure the row is the registered person): after the commit
// inserted them as new records, each pair (new business, registered business) goes to linkage's
// review queue through the registry's DuplicateReview port, in the commit's transaction.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import type { Ctx } from "../../../access";
import { duplicateReview } from "../../duplicates/review-port";

export async function askReviewRows(t: Tx, ctx: Ctx, batchId: string): Promise<number> {
  const port = duplicateReview();
  if (!port) return 0;
  const res = await t.execute<{ business_id: string; candidate_id: string }>(sql`
    select s.entity_id as business_id, e.value->>'businessId' as candidate_id
    from registry.import_rows r
    cross join lateral jsonb_array_elements(r.errors) e
    join registry.record_sources s on s.import_batch_id = r.batch_id and s.entity_type = 'business'
      and s.row_number = r.row_number and s.sheet is not distinct from r.sheet
    where r.batch_id = ${batchId} and r.choice = 'review'
      and e.value->>'code' in ('EXISTS_IN_REGISTER', 'LIKELY_IN_REGISTER') and e.value->>'businessId' is not null`);
  for (const row of res.rows)
    await port.ask(t, ctx, { businessId: row.business_id, candidateBusinessId: row.candidate_id });
  return res.rows.length;
}
