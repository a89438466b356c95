// Reads of the kendala board: items with their business, owner and region names, counts per type
// and status, and follow-ups.
import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { ConstraintItem, ConstraintListResponse, FollowUp } from "../contract-constraints";
import { startsWith } from "../register/repository-list";
import { constraintFollowUps } from "../schema";

type ItemRow = {
  id: string;
  business_id: string;
  business_name: string;
  owner_name: string;
  region_code: string;
  region_name: string | null;
  type: ConstraintItem["type"];
  description: string;
  status: ConstraintItem["status"];
  reported_by: string;
  reported_at: Date;
  assignee_name: string | null;
  assignee_user_id: string | null;
  resolved_at: Date | null;
  follow_up_count: number;
  updated_at: Date;
};

const isoOf = (d: Date | string): string => new Date(d).toISOString();

function toItem(r: ItemRow): ConstraintItem {
  return {
    id: r.id,
    businessId: r.business_id,
    businessName: r.business_name,
    ownerName: r.owner_name,
    regionCode: r.region_code,
    regionName: r.region_name,
    type: r.type,
    description: r.description,
    status: r.status,
    reportedBy: r.reported_by,
    reportedAt: isoOf(r.reported_at),
    assigneeName: r.assignee_name,
    assigneeUserId: r.assignee_user_id,
    resolvedAt: r.resolved_at ? isoOf(r.resolved_at) : null,
    followUpCount: Number(r.follow_up_count),
    updatedAt: isoOf(r.updated_at),
  };
}

export type ConstraintWhere = {
  prefix: string | null;
  type?: string | undefined;
  status?: string | undefined;
  businessId?: string | undefined;
  id?: string | undefined;
};

function conditions(w: ConstraintWhere, withTypeStatus: boolean): SQL {
  const parts: SQL[] = [sql`true`];
  if (w.prefix) parts.push(startsWith(sql`c.region_code`, w.prefix));
  if (w.businessId) parts.push(sql`c.business_id = ${w.businessId}`);
  if (w.id) parts.push(sql`c.id = ${w.id}`);
  if (withTypeStatus && w.type) parts.push(sql`c.type = ${w.type}`);
  if (withTypeStatus && w.status) parts.push(sql`c.status = ${w.status}`);
  return sql.join(parts, sql` and `);
}

export async function selectConstraintItems(
  t: Tx,
  w: ConstraintWhere,
  page: { limit: number; offset: number },
): Promise<ConstraintItem[]> {
  const rows = await t.execute<ItemRow>(sql`
    select c.id, c.business_id, b.name as business_name, p.name as owner_name, c.region_code,
      r.name as region_name, c.type, c.description, c.status, c.reported_by, c.reported_at,
      c.assignee_name, c.assignee_user_id, c.resolved_at, c.updated_at,
      (select count(*) from registry.constraint_follow_ups f where f.constraint_id = c.id)::int as follow_up_count
    from registry.constraints c
    join registry.businesses b on b.id = c.business_id
    join registry.persons p on p.id = b.owner_id
    left join regions.regions r on r.code = c.region_code
    where ${conditions(w, true)}
    order by (c.status = 'resolved'), c.reported_at desc, c.id desc
    limit ${page.limit} offset ${page.offset}`);
  return rows.rows.map(toItem);
}

export async function countConstraints(
  t: Tx,
  w: ConstraintWhere,
): Promise<{ total: number; counts: ConstraintListResponse["counts"] }> {
  const rows = await t.execute<{
    type: ConstraintItem["type"];
    status: ConstraintItem["status"];
    n: number;
  }>(sql`
    select c.type, c.status, count(*)::int as n from registry.constraints c
    where ${conditions(w, false)} group by c.type, c.status order by c.type, c.status`);
  const counts = rows.rows.map((r) => ({ type: r.type, status: r.status, count: Number(r.n) }));
  const total = counts
    .filter((c) => (!w.type || c.type === w.type) && (!w.status || c.status === w.status))
    .reduce((s, c) => s + c.count, 0);
  return { total, counts };
}

export async function listFollowUps(t: Tx, constraintId: string): Promise<FollowUp[]> {
  const rows = await t
    .select()
    .from(constraintFollowUps)
    .where(eq(constraintFollowUps.constraintId, constraintId))
    .orderBy(asc(constraintFollowUps.at), asc(constraintFollowUps.id));
  return rows.map((r) => ({
    id: r.id,
    note: r.note,
    actorName: r.actorName,
    statusFrom: r.statusFrom,
    statusTo: r.statusTo,
    at: r.at.toISOString(),
  }));
}
