// The decree attachment (PDF): decree number, the frozen list's version, count, total and its
// SHA-256, then the recipients (NIK masked). Anyone holding the exported xlsx can recompute the hash.

import { maskIdentity } from "../../../../shared/mask";
import { formatRupiah, terbilangRupiah } from "../../../../shared/money";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, tx } from "../../access";
import { aidError } from "../errors";
import { FONT, facts, heading, renderPdf } from "../pdf";
import { requirePermission } from "../permissions";
import { exportRows } from "../proposals/list-rows";
import { proposalInScope } from "../proposals/manage-proposals";
import { findProgramme, regionName } from "../repository";

export async function exportDecree({
  ctx,
  proposalId,
}: {
  ctx: Ctx;
  proposalId: string;
}): Promise<{ fileName: string; data: Buffer; sha256: string }> {
  requirePermission(ctx, "aid.read");
  const d = await tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await findProgramme(t, proposal.programmeId);
    if (!programme) throw notFound();
    const { items, snapshot } = await exportRows(t, proposal);
    if (!snapshot) throw aidError("AID_NOT_FROZEN");
    await recordAudit(t, ctx, {
      action: "aid.export-decree",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: { version: snapshot.version, sha256: snapshot.sha256 },
    });
    return { proposal, programme, items, snapshot, region: await regionName(t, proposal.regionCode) };
  });
  const data = await renderPdf((doc) => {
    heading(doc, "LAMPIRAN KEPUTUSAN PENERIMA BANTUAN", d.programme.name);
    facts(doc, [
      ["Nomor SK", d.proposal.decreeNumber ?? "-"],
      ["Tanggal SK", d.proposal.decreeDate ?? "-"],
      ["Nomor usulan", d.proposal.number],
      ["Pengusul", d.proposal.proposerName],
      ["Wilayah", `${d.region ?? ""} (${d.proposal.regionCode})`],
      ["Versi daftar beku", `v${d.snapshot.version} — ${d.snapshot.reason}`],
      ["Jumlah penerima", String(d.snapshot.itemCount)],
      ["Nilai per penerima", formatRupiah(d.programme.amount)],
      [
        "Jumlah nilai",
        `${formatRupiah(d.snapshot.totalAmount)} (${terbilangRupiah(d.snapshot.totalAmount)})`,
      ],
    ]);
    doc.font(FONT.bold).fontSize(10).text("SHA-256 daftar beku:");
    doc.font("Courier").fontSize(9).text(d.snapshot.sha256);
    doc
      .font(FONT.regular)
      .fontSize(8)
      .text(
        "Hash dihitung atas daftar kanonik (urut NIK) dan dapat diperiksa ulang dari berkas ekspor xlsx versi yang sama.",
      );
    doc.moveDown();
    doc.font(FONT.bold).fontSize(9).text("No.   NIK                 Nama");
    doc.font(FONT.regular).fontSize(8);
    for (const [n, i] of d.items.entries())
      doc.text(`${String(n + 1).padStart(5)}  ${maskIdentity(i.nik)}   ${i.name}`);
  });
  return {
    fileName: `lampiran-sk-${d.proposal.number}-v${d.snapshot.version}.pdf`,
    data,
    sha256: d.snapshot.sha256,
  };
}
