// The rows of a proposal as exported: the frozen snapshot's items once approved (so the exported
// rows hash to the printed SHA-256), the working list before.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { isFrozen } from "../domain";
import type { ItemRow, ProposalRow } from "../repository";
import { proposalItems } from "../schema";
import { latestSnapshot, type SnapshotRow } from "./freeze-list";

export async function exportRows(
  t: Tx,
  proposal: ProposalRow,
): Promise<{ items: ItemRow[]; snapshot: SnapshotRow | null }> {
  const snapshot = isFrozen(proposal.status) ? ((await latestSnapshot(t, proposal.id)) ?? null) : null;
  const items: ItemRow[] = [];
  if (snapshot) {
    for (let i = 0; i < snapshot.itemIds.length; i += 5000) {
      items.push(
        ...(await t
          .select()
          .from(proposalItems)
          .where(inArray(proposalItems.id, snapshot.itemIds.slice(i, i + 5000)))),
      );
    }
    items.sort((a, b) => (a.nik < b.nik ? -1 : a.nik > b.nik ? 1 : 0));
  } else {
    items.push(
      ...(await t
        .select()
        .from(proposalItems)
        .where(and(eq(proposalItems.proposalId, proposal.id), eq(proposalItems.status, "active")))
        .orderBy(asc(proposalItems.nik))),
    );
  }
  return { items, snapshot };
}
