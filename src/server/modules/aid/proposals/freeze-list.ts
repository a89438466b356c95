// Freezing the approved list: a snapshot row with the canonical text and its SHA-256. Snapshots
// are only ever inserted; a change after approval writes the next version.
import { and, desc, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import { freezeList } from "../domain";
import type { ProgrammeRow, ProposalRow } from "../repository";
import { proposalItems } from "../schema";
import { snapshots } from "../schema-exchange";

export type SnapshotRow = typeof snapshots.$inferSelect;

export async function latestSnapshot(t: Tx, proposalId: string): Promise<SnapshotRow | undefined> {
  return (
    await t
      .select()
      .from(snapshots)
      .where(eq(snapshots.proposalId, proposalId))
      .orderBy(desc(snapshots.version))
      .limit(1)
  )[0];
}

export async function freezeSnapshot(
  t: Tx,
  ctx: Ctx,
  input: { proposal: ProposalRow; programme: ProgrammeRow; reason: string; decreeNumber: string | null },
): Promise<SnapshotRow> {
  const items = await t
    .select()
    .from(proposalItems)
    .where(and(eq(proposalItems.proposalId, input.proposal.id), eq(proposalItems.status, "active")));
  const version = ((await latestSnapshot(t, input.proposal.id))?.version ?? 0) + 1;
  const frozen = freezeList(
    { programmeId: input.programme.id, proposalId: input.proposal.id, version },
    items.map((i) => ({
      nik: i.nik,
      noKk: i.noKk,
      name: i.name,
      address: i.address,
      sector: i.sector,
      phone: i.phone,
      amount: input.programme.amount,
    })),
  );
  const row: SnapshotRow = {
    id: newId(),
    proposalId: input.proposal.id,
    regionCode: input.proposal.regionCode,
    version,
    reason: input.reason,
    itemCount: frozen.itemCount,
    totalAmount: frozen.totalAmount,
    sha256: frozen.sha256,
    canonical: frozen.canonical,
    itemIds: items.map((i) => i.id),
    decreeNumber: input.decreeNumber,
    createdBy: actorName(ctx.actor),
    createdAt: ctx.now,
  };
  await t.insert(snapshots).values(row);
  return row;
}
