// Audit events of given actions inside a region, newest first, for logs a module shows to admins
// (e.g. the registry's NIK reveal log). Other modules read the audit log only through this and
// readAuditTrail, never by querying its table. Events without a region are shown only to the
// whole-country scope.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { Scope } from "../domain/scope";

export type AuditLogEvent = {
  seq: number;
  at: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  entityRegion: string | null;
  after: unknown;
};

export type AuditLogQuery = { actions: readonly string[]; within: Scope; limit: number; offset: number };

/** One page of events and the exact total under the same filter (runs in the caller's transaction). */
export async function readAuditLog(
  t: Tx,
  q: AuditLogQuery,
): Promise<{ total: number; events: AuditLogEvent[] }> {
  const region =
    q.within === "*"
      ? sql`true`
      : sql`(entity_region = ${q.within} or entity_region like ${`${q.within}.%`})`;
  const where = sql`action = any(${sql.param([...q.actions])}::text[]) and ${region}`;
  const total = await t.execute<{ n: number }>(
    sql`select count(*)::int as n from access.audit_events where ${where}`,
  );
  const rows = await t.execute<{
    seq: number;
    at: Date;
    actor_name: string;
    action: string;
    entity_type: string;
    entity_id: string | null;
    entity_region: string | null;
    after: unknown;
  }>(sql`select seq, at, actor_name, action, entity_type, entity_id, entity_region, after
    from access.audit_events where ${where} order by seq desc limit ${q.limit} offset ${q.offset}`);
  return {
    total: total.rows[0]?.n ?? 0,
    events: rows.rows.map((r) => ({
      seq: Number(r.seq),
      at: new Date(r.at),
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      entityRegion: r.entity_region,
      after: r.after,
    })),
  };
}
