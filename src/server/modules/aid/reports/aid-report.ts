// Reports: coverage by regency (affected in the register / proposed / approved / paid), duplicates
// prevented (recipients removed because of a duplicate, household or exclusion problem, in
// Rupiah), and days from proposal to payment. Everything within the reader's scope.
import { sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { countAffectedByRegency } from "../../registry";
import { dayStats, daysBetween } from "../domain";
import type { AidReport } from "../exchange/contract-exchange";
import { requirePermission } from "../permissions";
import { visibleProgramme } from "../programmes/manage-programmes";
import { itemRegion, paidItem, paidRegion, proposedItem } from "./read-counts";

type CovRow = {
  region: string;
  name: string | null;
  proposed: number;
  approved: number;
  paid: number;
  paid_amount: number;
};

const PREVENTING = ["AID_DUPLICATE_RECIPIENT", "AID_SAME_HOUSEHOLD", "AID_EXCLUDED_BY_PROGRAMME"];

export async function aidReport({ ctx, programmeId }: { ctx: Ctx; programmeId: string }): Promise<AidReport> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const programme = await visibleProgramme(t, ctx, programmeId);
    const cov = await t.execute<CovRow>(sql`
      with items as (
        select left(${itemRegion}, 5) as region, i.id, i.nik, i.decision, p.id as proposal_id, p.status
        from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
        where i.programme_id = ${programmeId} and ${proposedItem}),
      frozen as (
        select distinct unnest(s.item_ids) as item_id from aid.snapshots s
        where s.version = (select max(version) from aid.snapshots x where x.proposal_id = s.proposal_id)),
      paid as (
        select left(${paidRegion}, 5) as region, count(distinct r.nik)::int as paid, coalesce(sum(r.amount), 0)::bigint as paid_amount
        from aid.disbursement_rows r join aid.disbursement_batches b on b.id = r.batch_id and b.status = 'accepted' ${paidItem}
        where r.programme_id = ${programmeId} and r.status = 'paid' group by 1),
      per as (
        select region, count(*)::int as proposed,
          count(*) filter (where status in ('approved', 'disbursed') and decision is distinct from 'rejected'
            and id in (select item_id from frozen))::int as approved
        from items group by region)
      select coalesce(per.region, paid.region) as region, r.name,
        coalesce(per.proposed, 0) as proposed, coalesce(per.approved, 0) as approved,
        coalesce(paid.paid, 0) as paid, coalesce(paid.paid_amount, 0) as paid_amount
      from per full join paid on paid.region = per.region
      left join regions.regions r on r.code = coalesce(per.region, paid.region)
      order by 1`);
    const prevented = await t.execute<{ code: string; n: number }>(sql`
      select p->>'code' as code, count(distinct i.id)::int as n
      from aid.proposal_items i cross join lateral jsonb_array_elements(i.problems) p
      where i.programme_id = ${programmeId} and i.status = 'removed' group by 1`);
    const preventedItems = await t.execute<{ n: number }>(sql`
      select count(*)::int as n from aid.proposal_items i
      where i.programme_id = ${programmeId} and i.status = 'removed'
        and exists (select 1 from jsonb_array_elements(i.problems) p where p->>'code' = any(${sql.param(PREVENTING)}::text[]))`);
    const days = await t.execute<{ started: Date; paid_on: string }>(sql`
      select coalesce(p.submitted_at, p.created_at) as started, min(r.paid_on)::text as paid_on
      from aid.disbursement_rows r join aid.proposals p on p.id = r.proposal_id
      where r.programme_id = ${programmeId} and r.status = 'paid' and r.paid_on is not null
      group by p.id, r.nik, p.submitted_at, p.created_at`);
    const affected = await countAffectedByRegency(t);
    const byCode: Record<string, number> = {};
    for (const r of prevented.rows) byCode[r.code] = Number(r.n);
    const count = Number(preventedItems.rows[0]?.n ?? 0);
    return {
      programmeId,
      programmeName: programme.name,
      amount: programme.amount,
      coverage: cov.rows.map((r) => ({
        regionCode: r.region,
        regionName: r.name,
        affected: affected.get(r.region) ?? 0,
        proposed: Number(r.proposed),
        approved: Number(r.approved),
        paid: Number(r.paid),
        paidAmount: Number(r.paid_amount),
      })),
      prevented: { count, amount: count * programme.amount, byCode },
      daysToPayment: dayStats(
        days.rows.map((d) => daysBetween(new Date(d.started), new Date(`${d.paid_on}T00:00:00Z`))),
      ),
    };
  });
}
