// A BPUM batch taken through the whole flow for a demo region, with the aid module's own verbs (so
// every check, approval and audit applies): proposed, problems settled as an operator would,
// submitted, verified, approved with a decree, and paid in an accepted bank file.
import { and, eq, gt } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { importDisbursement } from "../exchange/import-disbursement";
import { addManyItems } from "../proposals/add-items";
import { justifyProblem, removeItem } from "../proposals/edit-items";
import { approveProposal, submitProposal, verifyProposal } from "../proposals/flow-proposal";
import { createProposal } from "../proposals/manage-proposals";
import { proposalItems, proposals } from "../schema";

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

/** What an operator does before submitting: DTKS evidence justified, anything else removed. */
export async function settleProblems(ctx: Ctx, proposalId: string): Promise<void> {
  const open = await tx(ctx, (t) =>
    t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, proposalId), gt(proposalItems.openProblems, 0))),
  );
  for (const item of open) {
    if (item.problems.every((p) => p.code === "AID_ON_OUTSIDE_LIST")) {
      for (const p of item.problems) {
        const text =
          "Penerima bansos DTKS tetap boleh diusulkan BPUM; usaha diperiksa langsung oleh pendamping.";
        await justifyProblem({ ctx, proposalId, itemId: item.id, input: { problemKey: p.key, text } });
      }
    } else {
      const reason = `Dikeluarkan: ${[...new Set(item.problems.map((p) => p.code))].join(", ")}`;
      await removeItem({ ctx, proposalId, itemId: item.id, input: { reason } });
    }
  }
}

export type PaidBatch = {
  programmeId: string;
  regionCode: string;
  proposerName: string;
  businessIds: readonly string[];
  decreeNumber: string;
  /** Bank references are unique per programme: each batch has its own prefix. */
  bank: { prefix: string; accountPrefix: string; fileName: string; paidOn: string };
  /** When each step happened (UTC instants): proposed, settled, submitted, verified, approved, imported. */
  times: {
    proposed: string;
    settled: string;
    submitted: string;
    verified: string;
    approved: string;
    imported: string;
  };
};

/** The business ids paid (the items still active at approval); the proposal's id with them. */
export async function payBatch(ctx: Ctx, batch: PaidBatch): Promise<{ proposalId: string; paid: string[] }> {
  const { times } = batch;
  const p = await createProposal({
    ctx: at(ctx, times.proposed),
    input: { programmeId: batch.programmeId, regionCode: batch.regionCode, proposerName: batch.proposerName },
  });
  await addManyItems({
    ctx: at(ctx, times.proposed),
    proposalId: p.id,
    input: { businessIds: [...batch.businessIds] },
  });
  await settleProblems(at(ctx, times.settled), p.id);
  await submitProposal({ ctx: at(ctx, times.submitted), id: p.id });
  await verifyProposal({ ctx: at(ctx, times.verified), id: p.id });
  await approveProposal({
    ctx: at(ctx, times.approved),
    id: p.id,
    input: { decreeNumber: batch.decreeNumber, decreeDate: times.approved.slice(0, 10) },
  });
  const items = await tx(ctx, (t) =>
    t
      .select()
      .from(proposalItems)
      .where(and(eq(proposalItems.proposalId, p.id), eq(proposalItems.status, "active"))),
  );
  const { bank } = batch;
  const csv = [
    "NIK;NAMA;NO REKENING;NOMINAL;REFERENSI;TANGGAL SALUR;STATUS",
    ...items.map(
      (i, n) =>
        `${i.nik};${i.name.toUpperCase()};${bank.accountPrefix}${String(100000 + n)};2400000;${bank.prefix}${String(n + 1).padStart(5, "0")};${bank.paidOn};BERHASIL`,
    ),
  ].join("\n");
  await importDisbursement({
    ctx: at(ctx, times.imported),
    proposalId: p.id,
    file: { name: bank.fileName, mime: "text/csv", data: Buffer.from(csv) },
  });
  return { proposalId: p.id, paid: items.flatMap((i) => (i.businessId ? [i.businessId] : [])) };
}

/** The business ids of a batch already seeded under this proposer (any item status), or null. */
export async function seededBatch(ctx: Ctx, proposerName: string): Promise<string[] | null> {
  return tx(ctx, async (t) => {
    const [p] = await t
      .select({ id: proposals.id })
      .from(proposals)
      .where(eq(proposals.proposerName, proposerName))
      .limit(1);
    if (!p) return null;
    const rows = await t
      .select({ businessId: proposalItems.businessId })
      .from(proposalItems)
      .where(eq(proposalItems.proposalId, p.id));
    return rows.flatMap((r) => (r.businessId ? [r.businessId] : []));
  });
}
