// Aid figures for reports across programmes, one definition each (the same as the programme report:
// aid-report.ts), exact, under the caller's scope within a region prefix ("*" for the whole scope).
// A recipient counts in the region of their business (village, so district and regency add up),
// not in the proposing office's: a district row of the dashboard shows the aid of its businesses.
import { type SQL, sql } from "drizzle-orm";
import {
  childRegionKey,
  type Grouped,
  groupedCount,
  scalar,
  underRegion,
} from "../../../platform/db/grouped";
import { inPeriod, localDay, type Period } from "../../../platform/db/period";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";
import { businessRegionOf } from "../../registry";

const count = (ctx: Ctx, query: SQL): Promise<number> => tx(ctx, (t) => scalar(t, query));

/**
 * A proposed recipient: an active item of a proposal that was sent on (a draft is still being
 * prepared) and not rejected. `i` is the items alias, `p` the proposals alias.
 */
export const proposedItem = sql`i.status = 'active' and p.status not in ('draft', 'rejected')`;

/**
 * The region an item counts in (`i` the items alias): its business's region in the register, else
 * the village it was proposed with, else the proposing office's region. Parameter-free (a group key).
 */
export const itemRegion = sql`coalesce(${businessRegionOf(sql`i.business_id`)}, i.village_code, i.region_code)`;

/**
 * A paid row's item region (`r` the disbursement rows alias, the joined item `ri`): the item with
 * the row's NIK on the same proposal, else the row's own region.
 */
export const paidItem = sql`left join lateral (select ${itemRegion} as region from aid.proposal_items i
  where i.proposal_id = r.proposal_id and i.nik = r.nik order by (i.status = 'active') desc, i.id limit 1) ri on true`;
export const paidRegion = sql`coalesce(ri.region, r.region_code)`;

/** Proposed recipients (see proposedItem). */
export function countProposedRecipients({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
      where ${proposedItem} and ${underRegion(itemRegion, region)}`,
  );
}

/** Approved recipients: active items of approved or disbursed proposals, on the latest frozen list, not refused by the decree. */
export function countApprovedRecipients({ ctx, region }: { ctx: Ctx; region: string }): Promise<number> {
  return count(
    ctx,
    sql`select count(*)::int as n from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
      where i.status = 'active' and p.status in ('approved', 'disbursed') and i.decision is distinct from 'rejected'
        and exists (select 1 from aid.snapshots s where s.proposal_id = p.id and i.id = any(s.item_ids)
          and s.version = (select max(x.version) from aid.snapshots x where x.proposal_id = p.id))
        and ${underRegion(itemRegion, region)}`,
  );
}

/** The day a payment counts on: the bank's paid date, else the day its file was imported. */
const paidDay = sql`coalesce(r.paid_on, ${localDay(sql`b.imported_at`, sql`r.region_code`)})`;

/** Paid recipients: distinct NIK per programme paid in an accepted bank file (within the period, if one). */
export function countPaidRecipients({
  ctx,
  region,
  period,
}: {
  ctx: Ctx;
  region: string;
  period?: Period;
}): Promise<number> {
  return count(
    ctx,
    sql`select count(distinct (r.programme_id, r.nik))::int as n from aid.disbursement_rows r
      join aid.disbursement_batches b on b.id = r.batch_id and b.status = 'accepted' ${paidItem}
      where r.status = 'paid' and ${inPeriod(paidDay, period)} and ${underRegion(paidRegion, region)}`,
  );
}

/** Grouped variants: the parent region and each child region in one query, same definitions as above. */
type GroupedInput = { t: Tx; parent: string };

export function countProposedRecipientsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(itemRegion, parent),
    sql`count(*)::int`,
    sql`from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
      where ${proposedItem} and ${underRegion(itemRegion, parent)}`,
  );
}

export function countApprovedRecipientsByChild({ t, parent }: GroupedInput): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(itemRegion, parent),
    sql`count(*)::int`,
    sql`from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
      where i.status = 'active' and p.status in ('approved', 'disbursed') and i.decision is distinct from 'rejected'
        and exists (select 1 from aid.snapshots s where s.proposal_id = p.id and i.id = any(s.item_ids)
          and s.version = (select max(x.version) from aid.snapshots x where x.proposal_id = p.id))
        and ${underRegion(itemRegion, parent)}`,
  );
}

export function countPaidRecipientsByChild({
  t,
  parent,
  period,
}: GroupedInput & { period?: Period }): Promise<Grouped> {
  return groupedCount(
    t,
    childRegionKey(paidRegion, parent),
    sql`count(distinct (r.programme_id, r.nik))::int`,
    sql`from aid.disbursement_rows r
      join aid.disbursement_batches b on b.id = r.batch_id and b.status = 'accepted' ${paidItem}
      where r.status = 'paid' and ${inPeriod(paidDay, period)} and ${underRegion(paidRegion, parent)}`,
  );
}
