// In-kind aid (S5): each listed recipient's hand-over with the signed receipt (photo or PDF). Only
// items of the frozen list; once every listed recipient has received, the proposal is disbursed.
import { and, asc, eq, sql } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { readFile, storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { isApprovedStatus } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { requireStock } from "../programmes/in-kind-stock";
import { latestSnapshot } from "../proposals/freeze-list";
import { proposalInScope } from "../proposals/manage-proposals";
import { markDisbursed } from "../proposals/mark-disbursed";
import { findProgramme, lockProposal } from "../repository";
import { handovers } from "../schema-exchange";
import type { Handover, HandoverFields } from "./contract-handover";

type HandoverRow = typeof handovers.$inferSelect;

const toHandover = (h: HandoverRow): Handover => ({
  id: h.id,
  itemId: h.itemId,
  quantity: h.quantity,
  handedOn: h.handedOn,
  receivedBy: h.receivedBy,
  hasReceipt: h.receiptFileId !== null,
  recordedBy: h.recordedBy,
  createdAt: h.createdAt.toISOString(),
});

const refuse = (id: string, en: string) => aidError("AID_HANDOVER_REFUSED", { text: { id, en } });

export async function recordHandover(o: {
  ctx: Ctx;
  proposalId: string;
  itemId: string;
  input: HandoverFields;
  receipt: { name: string; mime: string; data: Buffer } | null;
}): Promise<Handover> {
  const { ctx } = o;
  requirePermission(ctx, "aid.propose");
  return tx(ctx, async (t) => {
    const proposal = await lockProposal(t, o.proposalId);
    if (!proposal) throw notFound();
    requireScope(ctx, proposal.regionCode);
    const programme = await findProgramme(t, proposal.programmeId);
    if (!programme) throw notFound();
    if (programme.kind !== "in_kind")
      throw refuse("Serah terima hanya untuk bantuan barang.", "Hand-overs are for in-kind aid only.");
    if (!isApprovedStatus(proposal.status))
      throw refuse("Serah terima setelah daftar disetujui.", "Hand-over comes after approval.");
    const snap = await latestSnapshot(t, proposal.id);
    if (!snap?.itemIds.includes(o.itemId))
      throw refuse("Penerima tidak ada di daftar beku.", "The recipient is not in the frozen list.");
    const taken = await t
      .select({ id: handovers.id })
      .from(handovers)
      .where(eq(handovers.itemId, o.itemId))
      .limit(1);
    if (taken.length > 0)
      throw refuse("Bantuan sudah diserahkan kepada penerima ini.", "Already handed over to this recipient.");
    await requireStock(t, ctx, programme, o.input.quantity);
    const file = o.receipt ? await storeFile(t, { ...o.receipt, uploadedBy: actorName(ctx.actor) }) : null;
    const row: HandoverRow = {
      id: newId(),
      itemId: o.itemId,
      proposalId: proposal.id,
      regionCode: proposal.regionCode,
      quantity: o.input.quantity,
      handedOn: o.input.handedOn,
      receiptFileId: file?.id ?? null,
      receivedBy: o.input.receivedBy,
      recordedBy: actorName(ctx.actor),
      createdAt: ctx.now,
    };
    await t.insert(handovers).values(row);
    await recordAudit(t, ctx, {
      action: "aid.handover",
      entityType: "aid_item",
      entityId: o.itemId,
      entityRegion: proposal.regionCode,
      after: { ...row, receiptSha256: file?.sha256 ?? null },
    });
    const [done] = await t
      .select({ n: sql<number>`count(*)::int` })
      .from(handovers)
      .where(eq(handovers.proposalId, proposal.id));
    if (proposal.status === "approved" && Number(done?.n ?? 0) >= snap.itemCount) {
      await markDisbursed(t, ctx, proposal, {
        reason: "semua penerima sudah menerima barang",
        after: { handovers: done?.n },
      });
    }
    return toHandover(row);
  });
}

export async function listHandovers({
  ctx,
  proposalId,
}: {
  ctx: Ctx;
  proposalId: string;
}): Promise<Handover[]> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    await proposalInScope(t, ctx, proposalId);
    const rows = await t
      .select()
      .from(handovers)
      .where(and(eq(handovers.proposalId, proposalId)))
      .orderBy(asc(handovers.createdAt));
    return rows.map(toHandover);
  });
}

export async function handoverReceipt({
  ctx,
  id,
}: {
  ctx: Ctx;
  id: string;
}): Promise<{ name: string; mime: string; data: Buffer }> {
  requirePermission(ctx, "aid.read");
  return tx(ctx, async (t) => {
    const [h] = await t.select().from(handovers).where(eq(handovers.id, id)).limit(1);
    if (!h?.receiptFileId) throw notFound();
    requireScope(ctx, h.regionCode);
    const file = await readFile(t, h.receiptFileId);
    if (!file) throw notFound();
    return { name: file.name, mime: file.mime, data: file.data };
  });
}
