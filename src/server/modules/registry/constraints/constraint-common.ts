// Shared steps of the kendala verbs: load in scope, keep the business's open counter right, answer
// with the full constraint.
import { and, eq, ne, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import type { Ctx } from "../../access";
import { actorName } from "../../access";
import type { ConstraintDetail } from "../contract-constraints";
import type { ConstraintStatus } from "../domain/vocab";
import { businesses, constraintFollowUps, constraints } from "../schema";
import { listFollowUps, selectConstraintItems } from "./repository-constraints";

export type ConstraintRow = typeof constraints.$inferSelect;

export async function findConstraintRow(t: Tx, id: string): Promise<ConstraintRow> {
  const rows = await t.select().from(constraints).where(eq(constraints.id, id)).limit(1);
  const row = rows[0];
  if (!row) throw notFound();
  return row;
}

/** Recounts unresolved kendala of a business (the list's "has open constraints" filter). */
export async function refreshOpenCount(t: Tx, businessId: string): Promise<void> {
  await t
    .update(businesses)
    .set({
      openConstraints: sql`(select count(*)::int from ${constraints} where ${and(eq(constraints.businessId, businessId), ne(constraints.status, "resolved"))})`,
    })
    .where(eq(businesses.id, businessId));
}

export async function addFollowUpRow(
  t: Tx,
  ctx: Ctx,
  c: ConstraintRow,
  entry: { note: string; from?: ConstraintStatus; to?: ConstraintStatus },
): Promise<void> {
  await t.insert(constraintFollowUps).values({
    id: newId(),
    regionCode: c.regionCode,
    constraintId: c.id,
    note: entry.note,
    actorId: ctx.actor.kind === "user" ? ctx.actor.userId : null,
    actorName: actorName(ctx.actor),
    statusFrom: entry.from ?? null,
    statusTo: entry.to ?? null,
    at: ctx.now,
  });
}

export async function loadConstraintDetail(t: Tx, id: string): Promise<ConstraintDetail> {
  const [item] = await selectConstraintItems(t, { prefix: null, id }, { limit: 1, offset: 0 });
  if (!item) throw notFound();
  return { ...item, followUps: await listFollowUps(t, id) };
}
