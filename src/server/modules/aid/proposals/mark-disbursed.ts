// An approved proposal becomes "disbursed" once its aid has gone out: a bank file is accepted, or
// every listed recipient has received the goods. Either way the same status, event and audit entry.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit } from "../../access";
import type { ProposalRow } from "../repository";
import { proposalEvents, proposals } from "../schema";

export async function markDisbursed(
  t: Tx,
  ctx: Ctx,
  proposal: ProposalRow,
  o: { reason: string; after: Record<string, unknown> },
): Promise<void> {
  await t
    .update(proposals)
    .set({ status: "disbursed", disbursedAt: ctx.now, updatedAt: ctx.now })
    .where(eq(proposals.id, proposal.id));
  await t.insert(proposalEvents).values({
    id: newId(),
    proposalId: proposal.id,
    regionCode: proposal.regionCode,
    action: "disburse",
    fromStatus: "approved",
    toStatus: "disbursed",
    reason: o.reason,
    actorName: actorName(ctx.actor),
    at: ctx.now,
  });
  await recordAudit(t, ctx, {
    action: "aid.disburse",
    entityType: "aid_proposal",
    entityId: proposal.id,
    entityRegion: proposal.regionCode,
    before: { status: "approved" },
    after: { status: "disbursed", ...o.after },
  });
}
