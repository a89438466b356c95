// Kendala (S3): report on a business, assign, follow up, move open → in progress → resolved.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import type {
  AssignConstraintBody,
  ConstraintDetail,
  ConstraintStatusBody,
  CreateConstraintBody,
  FollowUpBody,
} from "../contract-constraints";
import { canMoveConstraint } from "../domain/vocab";
import { registryError } from "../errors";
import { requirePermission } from "../permissions";
import { findBusinessRow } from "../register/repository";
import { constraints } from "../schema";
import {
  addFollowUpRow,
  type ConstraintRow,
  findConstraintRow,
  loadConstraintDetail,
  refreshOpenCount,
} from "./constraint-common";

export async function reportConstraint({
  ctx,
  businessId,
  input,
}: {
  ctx: Ctx;
  businessId: string;
  input: CreateConstraintBody;
}): Promise<ConstraintDetail> {
  requirePermission(ctx, "constraints.manage");
  return tx(ctx, async (t) => {
    const business = await findBusinessRow(t, businessId);
    if (!business) throw notFound();
    const [row] = await t
      .insert(constraints)
      .values({
        id: newId(),
        regionCode: business.regionCode,
        businessId,
        type: input.type,
        description: input.description,
        status: "open",
        reportedById: ctx.actor.kind === "user" ? ctx.actor.userId : null,
        reportedBy: actorName(ctx.actor),
        reportedAt: ctx.now,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    await refreshOpenCount(t, businessId);
    await recordAudit(t, ctx, {
      action: "registry.report-constraint",
      entityType: "constraint",
      entityId: row.id,
      entityRegion: row.regionCode,
      after: row,
    });
    return loadConstraintDetail(t, row.id);
  });
}

async function change(
  ctx: Ctx,
  id: string,
  fn: (t: Tx, before: ConstraintRow) => Promise<{ action: string; patch: Partial<ConstraintRow> }>,
): Promise<ConstraintDetail> {
  requirePermission(ctx, "constraints.manage");
  return tx(ctx, async (t) => {
    const before = await findConstraintRow(t, id);
    const { action, patch } = await fn(t, before);
    const [after] = await t
      .update(constraints)
      .set({ ...patch, updatedAt: ctx.now })
      .where(eq(constraints.id, id))
      .returning();
    if (!after) throw new AppError("INTERNAL");
    await refreshOpenCount(t, before.businessId);
    await recordAudit(t, ctx, {
      action,
      entityType: "constraint",
      entityId: id,
      entityRegion: after.regionCode,
      before,
      after,
    });
    return loadConstraintDetail(t, id);
  });
}

export function assignConstraint({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: AssignConstraintBody;
}): Promise<ConstraintDetail> {
  return change(ctx, id, async (t, before) => {
    const note = input.note
      ? `Ditugaskan kepada ${input.assigneeName}: ${input.note}`
      : `Ditugaskan kepada ${input.assigneeName}`;
    await addFollowUpRow(t, ctx, before, { note });
    return {
      action: "registry.assign-constraint",
      patch: { assigneeName: input.assigneeName, assigneeUserId: input.assigneeUserId ?? null },
    };
  });
}

export function followUpConstraint({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: FollowUpBody;
}): Promise<ConstraintDetail> {
  return change(ctx, id, async (t, before) => {
    await addFollowUpRow(t, ctx, before, { note: input.note });
    return { action: "registry.follow-up-constraint", patch: {} };
  });
}

export function changeConstraintStatus({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: ConstraintStatusBody;
}): Promise<ConstraintDetail> {
  return change(ctx, id, async (t, before) => {
    if (!canMoveConstraint(before.status, input.status)) throw registryError("INVALID_TRANSITION");
    await addFollowUpRow(t, ctx, before, { note: input.note ?? "", from: before.status, to: input.status });
    return {
      action: "registry.change-constraint-status",
      patch: { status: input.status, resolvedAt: input.status === "resolved" ? ctx.now : null },
    };
  });
}
