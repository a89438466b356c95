// The audit trail of given entities, for the module that owns them (e.g. a business's history).
// Other modules read the audit log only through this, never by querying its table.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";

/** Entities of one type whose events are wanted. */
export type AuditSubject = { entityType: string; ids: readonly string[] };

export type AuditTrailEvent = {
  at: Date;
  actorName: string;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
};

/** Events about any of the subjects, newest first, at most `limit` (runs in the caller's transaction). */
export async function readAuditTrail(
  t: Tx,
  subjects: readonly AuditSubject[],
  limit = 200,
): Promise<AuditTrailEvent[]> {
  const wanted = subjects.filter((s) => s.ids.length > 0);
  if (wanted.length === 0) return [];
  const where = sql.join(
    wanted.map(
      (s) => sql`(entity_type = ${s.entityType} and entity_id = any(${sql.param([...s.ids])}::text[]))`,
    ),
    sql` or `,
  );
  const rows = await t.execute<{
    at: Date;
    actor_name: string;
    action: string;
    entity_type: string;
    before: unknown;
    after: unknown;
  }>(sql`select at, actor_name, action, entity_type, before, after from access.audit_events
    where ${where} order by seq desc limit ${limit}`);
  return rows.rows.map((r) => ({
    at: r.at,
    actorName: r.actor_name,
    action: r.action,
    entityType: r.entity_type,
    before: r.before,
    after: r.after,
  }));
}
