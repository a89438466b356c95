// Reading a proposal's items and acting on their problems: a written justification, or removal
// with a reason. Re-running the checks keeps the justifications.
import { and, asc, eq, gt, ilike, or, type SQL, sql } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { computeChecks, storeChecks, summarise } from "../checks/check-items";
import { isFrozen, openCount } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { toItem } from "../present";
import { findItem, findProgramme } from "../repository";
import { proposalItems } from "../schema";
import { editableProposal, locked } from "./add-items";
import type { CheckResult, Item, ItemListQuery, ItemPage, JustifyBody, ReasonBody } from "./contract-items";
import { proposalInScope } from "./manage-proposals";

export async function listItems({
  ctx,
  proposalId,
  query,
}: {
  ctx: Ctx;
  proposalId: string;
  query: ItemListQuery;
}): Promise<ItemPage> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    await proposalInScope(t, ctx, proposalId);
    const where: SQL[] = [eq(proposalItems.proposalId, proposalId)];
    if (query.view === "removed") where.push(eq(proposalItems.status, "removed"));
    else where.push(eq(proposalItems.status, "active"));
    if (query.view === "problems") where.push(sql`jsonb_array_length(${proposalItems.problems}) > 0`);
    if (query.view === "open") where.push(gt(proposalItems.openProblems, 0));
    if (query.code)
      where.push(sql`${proposalItems.problems} @> ${JSON.stringify([{ code: query.code }])}::jsonb`);
    if (query.q) {
      const q = `%${query.q.replace(/[%_\\]/g, "")}%`;
      where.push(
        or(
          ilike(proposalItems.name, q),
          ilike(proposalItems.businessName, q),
          eq(proposalItems.nik, query.q),
        )!,
      );
    }
    const rows = await t
      .select()
      .from(proposalItems)
      .where(and(...where))
      .orderBy(sql`${proposalItems.openProblems} desc`, asc(proposalItems.name), asc(proposalItems.id))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(proposalItems)
      .where(and(...where));
    return { items: rows.map((r) => toItem(r, ctx.lang)), total: Number(total?.n ?? 0) };
  });
}

export async function justifyProblem({
  ctx,
  proposalId,
  itemId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  itemId: string;
  input: JustifyBody;
}): Promise<Item> {
  requirePermission(ctx, "aid.propose");
  return tx(ctx, async (t) => {
    await editableProposal(t, ctx, proposalId);
    const item = await findItem(t, proposalId, itemId);
    if (item?.status !== "active") throw notFound();
    const target = item.problems.find((p) => p.key === input.problemKey);
    if (!target) throw aidError("AID_PROBLEM_NOT_FOUND");
    const justification = { text: input.text, by: actorName(ctx.actor), at: ctx.now.toISOString() };
    const problems = item.problems.map((p) => (p.key === input.problemKey ? { ...p, justification } : p));
    const [row] = await t
      .update(proposalItems)
      .set({ problems, openProblems: openCount(problems), updatedAt: ctx.now })
      .where(eq(proposalItems.id, itemId))
      .returning();
    await recordAudit(t, ctx, {
      action: "aid.justify",
      entityType: "aid_item",
      entityId: itemId,
      entityRegion: item.regionCode,
      before: { problemKey: target.key, code: target.code, justification: target.justification },
      after: { problemKey: target.key, code: target.code, justification },
    });
    return toItem(row!, ctx.lang);
  });
}

export async function removeItem({
  ctx,
  proposalId,
  itemId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  itemId: string;
  input: ReasonBody;
}): Promise<Item> {
  requirePermission(ctx, "aid.propose");
  return tx(ctx, async (t) => {
    await editableProposal(t, ctx, proposalId);
    const item = await findItem(t, proposalId, itemId);
    if (!item) throw notFound();
    if (item.status === "removed") return toItem(item, ctx.lang);
    const [row] = await t
      .update(proposalItems)
      .set({ status: "removed", removedReason: input.reason, updatedAt: ctx.now })
      .where(eq(proposalItems.id, itemId))
      .returning();
    await recordAudit(t, ctx, {
      action: "aid.remove-item",
      entityType: "aid_item",
      entityId: itemId,
      entityRegion: item.regionCode,
      before: { status: item.status, problems: item.problems.map((p) => p.code) },
      after: { status: "removed", reason: input.reason },
    });
    return toItem(row!, ctx.lang);
  });
}

/** Re-runs every check on the proposal's active items (province verification does this too). */
export async function recheckProposal({
  ctx,
  proposalId,
}: {
  ctx: Ctx;
  proposalId: string;
}): Promise<CheckResult> {
  requirePermission(ctx, "aid.propose");
  const started = performance.now();
  const { programme, items } = await tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    if (isFrozen(proposal.status) || proposal.status === "rejected") throw locked();
    const programme = await findProgramme(t, proposal.programmeId);
    if (!programme) throw notFound();
    const items = await t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, proposalId), eq(proposalItems.status, "active")));
    return { programme, items };
  });
  const checked = await computeChecks(ctx, { programme, items });
  await tx(ctx, (t) => storeChecks(t, checked, ctx.now));
  return { ...summarise(checked), ms: Math.round(performance.now() - started) };
}
