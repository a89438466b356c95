import { insertRows } from "../../../platform/db/bulk-insert";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorId, actorName, type Ctx } from "../context";
import { auditEvents } from "../schema";

export type AuditInput = {
  /** `module.verb`, e.g. `registry.create-business`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  entityRegion?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Writes an audit event inside the verb's transaction; a deferred trigger chains it at commit. */
export async function recordAudit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(ctx, input));
}

/** Several events in one statement, chained at commit in the order given. */
export async function recordAudits(tx: Tx, ctx: Ctx, inputs: readonly AuditInput[]): Promise<void> {
  await insertRows(
    tx,
    auditEvents,
    inputs.map((input) => auditRow(ctx, input)),
  );
}

function auditRow(ctx: Ctx, input: AuditInput) {
  return {
    id: newId(),
    at: ctx.now,
    actorKind: ctx.actor.kind,
    actorId: actorId(ctx.actor),
    actorName: actorName(ctx.actor),
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    entityRegion: input.entityRegion ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: ctx.requestId,
  };
}
