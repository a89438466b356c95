// A change to an approved list (a recipient found dead, ineligible or paid elsewhere): the items
// leave the working list with a reason and the next snapshot version is frozen; earlier versions
// stay as they were.
import { and, eq, inArray } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { SnapshotInfo } from "../contract";
import { requirePermission } from "../permissions";
import { toSnapshotInfo } from "../present";
import { lockProposal } from "../repository";
import { proposalItems } from "../schema";
import { approvedListProgramme } from "./approved-list";
import type { ReviseBody } from "./contract-items";
import { freezeSnapshot } from "./freeze-list";

export async function reviseProposal({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: ReviseBody;
}): Promise<SnapshotInfo> {
  requirePermission(ctx, "aid.verify");
  return tx(ctx, async (t) => {
    const proposal = await lockProposal(t, id);
    if (!proposal) throw notFound();
    requireScope(ctx, proposal.regionCode);
    const programme = await approvedListProgramme(t, proposal, {
      id: "Hanya daftar yang sudah disetujui yang direvisi dengan versi baru.",
      en: "Only an approved list is revised with a new version.",
    });
    const ids = [...new Set(input.removeItemIds)];
    const removed = await t
      .update(proposalItems)
      .set({ status: "removed", removedReason: input.reason, updatedAt: ctx.now })
      .where(
        and(
          eq(proposalItems.proposalId, id),
          eq(proposalItems.status, "active"),
          inArray(proposalItems.id, ids),
        ),
      )
      .returning({ id: proposalItems.id });
    if (removed.length === 0)
      throw notFound({ id: "Tidak ada penerima aktif yang cocok.", en: "No matching active recipient." });
    const snap = await freezeSnapshot(t, ctx, {
      proposal,
      programme,
      reason: input.reason,
      decreeNumber: proposal.decreeNumber,
    });
    await recordAudit(t, ctx, {
      action: "aid.revise",
      entityType: "aid_proposal",
      entityId: id,
      entityRegion: proposal.regionCode,
      after: {
        removedItemIds: removed.map((r) => r.id),
        reason: input.reason,
        version: snap.version,
        sha256: snap.sha256,
      },
    });
    return toSnapshotInfo(snap);
  });
}
