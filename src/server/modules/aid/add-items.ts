// Adding recipients to a proposal: one from the register or a form (the API outside checks use),
// many picked from the register (filter and select). Each new item is checked at once.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import { AppError, notFound } from "../../platform/errors";
import { actorName, type Ctx, recordAudit, requirePermission, requireScope, tx } from "../access";
import { computeChecks, storeChecks, summarise } from "./check-items";
import type { AddItemBody, AddItemResult, AddManyBody, AddManyResult } from "./contract-items";
import { isEditable, maskIdentity } from "./domain";
import { insertItems } from "./item-insert";
import { itemFromForm, itemsFromBusinesses, linkToRegister, type NewItem } from "./item-rows";
import { toItem, toProblemOut } from "./present";
import { findProgramme, lockProposal, type ProgrammeRow, type ProposalRow } from "./repository";
import { proposalItems } from "./schema";

export const locked = () =>
  new AppError("AID_PROPOSAL_LOCKED", {
    status: 409,
    text: {
      id: "Usulan tidak bisa diubah pada status ini.",
      en: "The proposal cannot be changed in this status.",
    },
  });

/** Locks an editable proposal in scope for a change by its proposer. */
export async function editableProposal(
  t: Tx,
  ctx: Ctx,
  id: string,
): Promise<{ proposal: ProposalRow; programme: ProgrammeRow }> {
  const proposal = await lockProposal(t, id);
  if (!proposal) throw notFound();
  requireScope(ctx, proposal.regionCode);
  if (!isEditable(proposal.status)) throw locked();
  const programme = await findProgramme(t, proposal.programmeId);
  if (!programme) throw notFound();
  return { proposal, programme };
}

/** Checks the given items of a proposal and stores the results; returns them fresh. */
async function checkAndStore(ctx: Ctx, programme: ProgrammeRow, ids: readonly string[]) {
  const rows = await tx(ctx, (t) =>
    t
      .select()
      .from(proposalItems)
      .where(sql`${proposalItems.id} = any(${sql.param([...ids])}::uuid[])`),
  );
  const checked = await computeChecks(ctx, { programme, items: rows });
  await tx(ctx, (t) => storeChecks(t, checked, ctx.now));
  return { rows, checked };
}

export async function addItem({
  ctx,
  proposalId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  input: AddItemBody;
}): Promise<AddItemResult> {
  requirePermission(ctx, "aid.propose");
  const by = actorName(ctx.actor);
  const { programme, item } = await tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    let item: NewItem | undefined;
    if ("businessId" in input) {
      [item] = await itemsFromBusinesses(t, proposal, [input.businessId], by);
      if (!item)
        throw notFound({
          id: "Usaha tidak ditemukan di wilayah Anda.",
          en: "Business not found in your scope.",
        });
    } else {
      [item] = await linkToRegister(t, [itemFromForm(proposal, input, by, "form")]);
    }
    await insertItems(t, [item!], ctx.now);
    await recordAudit(t, ctx, {
      action: "aid.add-item",
      entityType: "aid_item",
      entityId: item!.id,
      entityRegion: proposal.regionCode,
      after: { ...item!, nik: maskIdentity(item!.nik), noKk: maskIdentity(item!.noKk) },
    });
    return { programme, item: item! };
  });
  await checkAndStore(ctx, programme, [item.id]);
  const row = await tx(
    ctx,
    async (t) => (await t.select().from(proposalItems).where(eq(proposalItems.id, item.id)).limit(1))[0],
  );
  if (!row) throw notFound();
  return { item: toItem(row, ctx.lang), problems: row.problems.map((p) => toProblemOut(p, ctx.lang)) };
}

/** Adds register businesses picked in the UI; businesses already in the proposal are skipped. */
export async function addManyItems({
  ctx,
  proposalId,
  input,
}: {
  ctx: Ctx;
  proposalId: string;
  input: AddManyBody;
}): Promise<AddManyResult> {
  requirePermission(ctx, "aid.propose");
  const by = actorName(ctx.actor);
  const { programme, items, skipped } = await tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    const wanted = [...new Set(input.businessIds)];
    const present = await t.execute<{ business_id: string }>(sql`select business_id from aid.proposal_items
      where proposal_id = ${proposal.id} and status = 'active' and business_id = any(${sql.param(wanted)}::uuid[])`);
    const have = new Set(present.rows.map((p) => p.business_id));
    const items = await itemsFromBusinesses(
      t,
      proposal,
      wanted.filter((id) => !have.has(id)),
      by,
    );
    await insertItems(t, items, ctx.now);
    await recordAudit(t, ctx, {
      action: "aid.add-items",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: {
        count: items.length,
        itemIds: items.map((i) => i.id),
        businessIds: items.map((i) => i.businessId),
      },
    });
    return { programme, items, skipped: input.businessIds.length - items.length };
  });
  const { checked } = await checkAndStore(
    ctx,
    programme,
    items.map((i) => i.id),
  );
  const s = summarise(checked);
  return {
    added: items.length,
    skipped,
    withProblems: s.withProblems,
    openProblems: s.openProblems,
    issues: [],
  };
}

/** Inserts already-built items (an uploaded list), audits them, and checks them. */
export async function addBuiltItems(
  ctx: Ctx,
  proposalId: string,
  build: (proposal: ProposalRow) => NewItem[],
  meta: Record<string, unknown>,
): Promise<AddManyResult> {
  const { programme, items } = await tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    const items = await linkToRegister(t, build(proposal));
    await insertItems(t, items, ctx.now);
    await recordAudit(t, ctx, {
      action: "aid.upload-items",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: { ...meta, count: items.length, itemIds: items.map((i) => i.id) },
    });
    return { programme, items };
  });
  const { checked } = await checkAndStore(
    ctx,
    programme,
    items.map((i) => i.id),
  );
  const s = summarise(checked);
  return {
    added: items.length,
    skipped: 0,
    withProblems: s.withProblems,
    openProblems: s.openProblems,
    issues: [],
  };
}
