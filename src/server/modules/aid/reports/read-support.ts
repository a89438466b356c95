// Aid received per business for reports (the "naik kelas" report): payments marked paid in an
// accepted bank file (the paid figure's definition), tied to the business through its proposal item.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";

export type AidSupport = { paid: number; amount: number };

export async function readAidPaidByBusiness(
  t: Tx,
  businessIds: readonly string[],
): Promise<Map<string, AidSupport>> {
  const out = new Map<string, AidSupport>();
  if (businessIds.length === 0) return out;
  const rows = await t.execute<{ business_id: string; n: number; amount: string }>(sql`
    select i.business_id, count(distinct (r.programme_id, r.nik))::int as n, coalesce(sum(r.amount), 0)::bigint as amount
    from aid.disbursement_rows r
    join aid.disbursement_batches b on b.id = r.batch_id and b.status = 'accepted'
    join aid.proposal_items i on i.proposal_id = r.proposal_id and i.nik = r.nik and i.status = 'active'
    where r.status = 'paid' and i.business_id = any(${sql.param([...businessIds])}::uuid[])
    group by i.business_id`);
  for (const r of rows.rows) out.set(r.business_id, { paid: Number(r.n), amount: Number(r.amount) });
  return out;
}
