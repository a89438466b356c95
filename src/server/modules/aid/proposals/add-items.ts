// Adding recipients to a proposal: one from the register or a form (the API outside checks use),
// many picked from the register (filter and select), or an uploaded list. Every new item is checked
// before it is inserted (the batch sees itself), so the proposal never holds unchecked items.
import { sql } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { computeChecks, summarise } from "../checks/check-items";
import { isEditable } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { toItem, toProblemOut } from "../present";
import { findProgramme, lockProposal, type ProgrammeRow, type ProposalRow } from "../repository";
import type { AddItemBody, AddItemResult, AddManyBody, AddManyResult } from "./contract-items";
import { insertItems } from "./item-insert";
import { itemFromForm, itemsFromBusinesses, linkToRegister, type NewItem } from "./item-rows";

export const locked = () => aidError("AID_PROPOSAL_LOCKED");

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

/** Runs every check on items not yet inserted (reads go through their own connections) and inserts them. */
async function insertChecked(
  t: Tx,
  ctx: Ctx,
  o: { proposal: ProposalRow; programme: ProgrammeRow; items: NewItem[] },
): Promise<NewItem[]> {
  const { proposal, programme } = o;
  const batch = {
    number: proposal.number,
    proposerName: proposal.proposerName,
    regionCode: proposal.regionCode,
    status: proposal.status,
    programmeName: programme.name,
  };
  const checked = await computeChecks(ctx, { programme, items: o.items, batch });
  const byId = new Map(checked.map((c) => [c.id, c]));
  const items = o.items.map((i) => {
    const c = byId.get(i.id);
    return c ? { ...i, checks: c.checks, problems: c.problems, openProblems: c.open, checkedAt: ctx.now } : i;
  });
  await insertItems(t, items, ctx.now);
  return items;
}

function result(items: readonly NewItem[], skipped: number): AddManyResult {
  const s = summarise(
    items.map((i) => ({ id: i.id, checks: i.checks, problems: i.problems, open: i.openProblems })),
  );
  return {
    added: items.length,
    skipped,
    withProblems: s.withProblems,
    openProblems: s.openProblems,
    issues: [],
  };
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
  const item = await tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    let built: NewItem | undefined;
    if ("businessId" in input) {
      [built] = await itemsFromBusinesses(t, proposal, [input.businessId], by);
      if (!built)
        throw notFound({
          id: "Usaha tidak ditemukan di wilayah Anda.",
          en: "Business not found in your scope.",
        });
    } else {
      [built] = await linkToRegister(t, [itemFromForm(proposal, input, by, "form")]);
    }
    const [stored] = await insertChecked(t, ctx, { proposal, programme, items: built ? [built] : [] });
    if (!stored) throw notFound();
    await recordAudit(t, ctx, {
      action: "aid.add-item",
      entityType: "aid_item",
      entityId: stored.id,
      entityRegion: proposal.regionCode,
      after: {
        ...stored,
        nik: maskIdentity(stored.nik),
        noKk: maskIdentity(stored.noKk),
        checks: undefined,
        problems: stored.problems.map((p) => p.code),
      },
    });
    return stored;
  });
  const row = { ...item, createdAt: ctx.now, updatedAt: ctx.now };
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
  return tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    const wanted = [...new Set(input.businessIds)];
    const present = await t.execute<{ business_id: string }>(sql`select business_id from aid.proposal_items
      where proposal_id = ${proposal.id} and status = 'active' and business_id = any(${sql.param(wanted)}::uuid[])`);
    const have = new Set(present.rows.map((p) => p.business_id));
    const built = await itemsFromBusinesses(
      t,
      proposal,
      wanted.filter((id) => !have.has(id)),
      by,
    );
    const items = await insertChecked(t, ctx, { proposal, programme, items: built });
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
    return result(items, input.businessIds.length - items.length);
  });
}

/** Inserts already-built items (an uploaded list) after checking them, and audits them. */
export async function addBuiltItems(
  ctx: Ctx,
  proposalId: string,
  build: (proposal: ProposalRow) => NewItem[],
  meta: Record<string, unknown>,
): Promise<AddManyResult> {
  return tx(ctx, async (t) => {
    const { proposal, programme } = await editableProposal(t, ctx, proposalId);
    const linked = await linkToRegister(t, build(proposal));
    const items = await insertChecked(t, ctx, { proposal, programme, items: linked });
    await recordAudit(t, ctx, {
      action: "aid.upload-items",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: { ...meta, count: items.length, itemIds: items.map((i) => i.id) },
    });
    return result(items, 0);
  });
}
