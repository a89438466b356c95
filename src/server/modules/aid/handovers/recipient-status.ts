// Recipients: a business owner sees the aid their own business was proposed for; an operator
// prints a status letter for one recipient.
import { eq, sql } from "drizzle-orm";
import { localStamp } from "../../../../shared/local-time";
import { maskIdentity } from "../../../../shared/mask";
import { formatRupiah } from "../../../../shared/money";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, requireScope, requireUser, tx } from "../../access";
import { readAcrossRegions } from "../checks/cross-region";
import type { RecipientStatus } from "../exchange/contract-exchange";
import { FONT, facts, heading, renderPdf } from "../pdf";
import { requirePermission } from "../permissions";
import { latestSnapshot } from "../proposals/freeze-list";
import { findProgramme, findProposal } from "../repository";
import { proposalItems } from "../schema";
import { disbursementRows } from "../schema-exchange";

type StatusRow = {
  item_id: string;
  programme_name: string;
  amount: number;
  number: string;
  proposer_name: string;
  proposal_status: string;
  item_status: string;
  decision: string | null;
  paid_on: string | null;
  paid: boolean;
  updated_at: Date;
};

/** The owner's own business only; its proposals may sit at the province, outside the owner's scope. */
export async function myAidStatus({ ctx }: { ctx: Ctx }): Promise<RecipientStatus[]> {
  requirePermission(ctx, "business.own");
  const businessId = requireUser(ctx).businessId;
  if (!businessId) return [];
  const rows = await readAcrossRegions(ctx.db, (t) =>
    t.execute<StatusRow>(sql`
      select i.id as item_id, g.name as programme_name, g.amount, p.number, p.proposer_name, p.status as proposal_status,
        i.status as item_status, i.decision, greatest(i.updated_at, p.updated_at) as updated_at,
        (select max(r.paid_on)::text from aid.disbursement_rows r where r.proposal_id = p.id and r.nik = i.nik and r.status = 'paid') as paid_on,
        exists(select 1 from aid.disbursement_rows r where r.proposal_id = p.id and r.nik = i.nik and r.status = 'paid') as paid
      from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id join aid.programmes g on g.id = i.programme_id
      where i.business_id = ${businessId} order by p.created_at desc`),
  );
  return rows.rows.map((r) => ({
    itemId: r.item_id,
    programmeName: r.programme_name,
    amount: Number(r.amount),
    proposalNumber: r.number,
    proposerName: r.proposer_name,
    proposalStatus: r.proposal_status,
    itemStatus: r.item_status,
    decision: r.decision,
    paid: r.paid,
    paidOn: r.paid_on,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

const STATUS_ID: Record<string, string> = {
  draft: "sedang disusun",
  submitted: "diajukan ke provinsi",
  returned: "dikembalikan untuk perbaikan",
  verified: "terverifikasi provinsi",
  approved: "disetujui",
  rejected: "ditolak",
  disbursed: "disalurkan",
  failed: "gagal disalurkan",
};

export async function statusLetter({
  ctx,
  itemId,
}: {
  ctx: Ctx;
  itemId: string;
}): Promise<{ fileName: string; data: Buffer }> {
  requirePermission(ctx, "aid.propose");
  const d = await tx(ctx, async (t) => {
    const [item] = await t.select().from(proposalItems).where(eq(proposalItems.id, itemId)).limit(1);
    if (!item) throw notFound();
    requireScope(ctx, item.regionCode);
    const proposal = await findProposal(t, item.proposalId);
    const programme = proposal ? await findProgramme(t, proposal.programmeId) : undefined;
    if (!proposal || !programme) throw notFound();
    const snap = await latestSnapshot(t, proposal.id);
    const paid = await t.select().from(disbursementRows).where(eq(disbursementRows.proposalId, proposal.id));
    const payment = paid.find((p) => p.nik === item.nik && p.status === "paid");
    await recordAudit(t, ctx, {
      action: "aid.print-letter",
      entityType: "aid_item",
      entityId: item.id,
      entityRegion: item.regionCode,
    });
    return { item, proposal, programme, snap, payment };
  });
  const inList = d.snap?.itemIds.includes(d.item.id) ?? false;
  const data = await renderPdf((doc) => {
    heading(doc, "SURAT KETERANGAN STATUS BANTUAN", d.proposal.proposerName);
    doc
      .font(FONT.regular)
      .fontSize(10)
      .text("Yang bertanda tangan di bawah ini menerangkan status usulan bantuan atas nama:");
    doc.moveDown();
    facts(doc, [
      ["Nama", d.item.name],
      ["NIK", maskIdentity(d.item.nik) ?? "-"],
      ["Nama usaha", d.item.businessName ?? "-"],
      ["Alamat", d.item.address ?? "-"],
      ["Program", `${d.programme.name} (${formatRupiah(d.programme.amount)})`],
      ["Nomor usulan", d.proposal.number],
      ["Status usulan", STATUS_ID[d.proposal.status] ?? d.proposal.status],
      [
        "Status penerima",
        d.item.status === "removed"
          ? `dikeluarkan: ${d.item.removedReason ?? ""}`
          : inList
            ? "tercantum dalam daftar beku"
            : "dalam usulan",
      ],
      [
        "Keputusan kementerian",
        d.item.decision === "approved"
          ? "disetujui"
          : d.item.decision === "rejected"
            ? `ditolak${d.item.decisionReason ? ` (${d.item.decisionReason})` : ""}`
            : "-",
      ],
      ["Nomor SK", d.proposal.decreeNumber ?? "-"],
      [
        "Penyaluran",
        d.payment ? `disalurkan ${d.payment.paidOn ?? ""} ref. ${d.payment.reference}` : "belum disalurkan",
      ],
      ["Daftar beku", d.snap ? `v${d.snap.version}, SHA-256 ${d.snap.sha256.slice(0, 16)}…` : "-"],
    ]);
    doc.text(`Dicetak ${localStamp(ctx.now, d.proposal.regionCode)} melalui Sinergi.`);
  });
  return { fileName: `status-bantuan-${d.proposal.number}-${d.item.id.slice(-6)}.pdf`, data };
}
