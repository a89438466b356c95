// The bank's disbursement file: accepted whole or rejected whole (with every reason). An accepted
// file moves an approved proposal to "disbursed" and refreshes the reconciliation findings.
import { eq, sql } from "drizzle-orm";
import { sha256Of, storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { type BankConflict, type BankRowInput, validateBankFile } from "../domain";
import { requirePermission } from "../permissions";
import { approvedListProgramme } from "../proposals/approved-list";
import { proposalInScope } from "../proposals/manage-proposals";
import { isNumberCell, readSheet, textOf } from "../proposals/read-sheet";
import { computeReconciliation, storeFindings } from "../proposals/reconcile-proposal";
import { proposalEvents, proposals } from "../schema";
import { disbursementBatches, disbursementRows } from "../schema-exchange";

export type DisbursementOutcome =
  | { kind: "accepted"; batchId: string; rows: number; paid: number; paidAmount: number; findings: number }
  | { kind: "rejected"; batchId: string; conflicts: BankConflict[] };

const FIELDS = {
  nik: ["NIK"],
  nama: ["NAMA", "NAMA PENERIMA", "NAMA REKENING", "NAMA NASABAH"],
  rekening: ["NO REKENING", "NOMOR REKENING", "REKENING"],
  nominal: ["NOMINAL", "JUMLAH", "NILAI", "JUMLAH DANA"],
  referensi: ["REFERENSI", "NO REFERENSI", "NOMOR REFERENSI", "REF", "NO TRANSAKSI"],
  tanggal: ["TANGGAL", "TANGGAL SALUR", "TGL SALUR", "TANGGAL TRANSAKSI", "TANGGAL PENCAIRAN"],
  status: ["STATUS", "STATUS SALUR", "STATUS PENCAIRAN", "KETERANGAN STATUS"],
} as const;

export async function importDisbursement({
  ctx,
  proposalId,
  file,
}: {
  ctx: Ctx;
  proposalId: string;
  file: { name: string; mime: string; data: Buffer };
}): Promise<DisbursementOutcome> {
  requirePermission(ctx, "aid.verify");
  const sheet = await readSheet({
    data: file.data,
    fileName: file.name,
    fields: FIELDS,
    required: ["nik", "nama", "nominal", "referensi", "status"],
  });
  const rows: BankRowInput[] = sheet.map((r) => ({
    row: r.row,
    nik: textOf(r, "nik"),
    nikIsNumber: isNumberCell(r, "nik"),
    name: textOf(r, "nama"),
    account: textOf(r, "rekening"),
    amount: textOf(r, "nominal"),
    reference: textOf(r, "referensi"),
    paidOn: textOf(r, "tanggal"),
    status: textOf(r, "status"),
  }));
  const fileSha = sha256Of(file.data);
  return tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await approvedListProgramme(t, proposal, {
      id: "Berkas bank diimpor setelah usulan disetujui.",
      en: "A bank file is imported after approval.",
    });
    const earlier = await t.execute<{ sha256: string }>(
      sql`select sha256 from aid.disbursement_batches where proposal_id = ${proposal.id} and status = 'accepted'`,
    );
    const refs = await t.execute<{ reference: string }>(
      sql`select reference from aid.disbursement_rows where programme_id = ${programme.id}`,
    );
    const result = validateBankFile({
      rows,
      fileSha256: fileSha,
      importedSha256: new Set(earlier.rows.map((r) => r.sha256)),
      importedReferences: new Set(refs.rows.map((r) => r.reference)),
    });
    const stored = await storeFile(t, {
      name: file.name,
      mime: file.mime,
      data: file.data,
      uploadedBy: actorName(ctx.actor),
    });
    const batchId = newId();
    const paid = result.kind === "accepted" ? result.rows.filter((r) => r.status === "paid") : [];
    await t.insert(disbursementBatches).values({
      id: batchId,
      proposalId: proposal.id,
      regionCode: proposal.regionCode,
      fileId: stored.id,
      fileName: file.name,
      sha256: fileSha,
      status: result.kind,
      conflicts: result.kind === "rejected" ? result.conflicts : [],
      rowCount: rows.length,
      paidCount: paid.length,
      paidAmount: paid.reduce((s, r) => s + r.amount, 0),
      importedBy: actorName(ctx.actor),
      importedAt: ctx.now,
    });
    if (result.kind === "rejected") {
      await recordAudit(t, ctx, {
        action: "aid.reject-bank-file",
        entityType: "aid_proposal",
        entityId: proposal.id,
        entityRegion: proposal.regionCode,
        after: { batchId, fileSha256: fileSha, conflicts: result.conflicts.length },
      });
      return { kind: "rejected", batchId, conflicts: result.conflicts };
    }
    for (let i = 0; i < result.rows.length; i += 1000) {
      await t.insert(disbursementRows).values(
        result.rows.slice(i, i + 1000).map((r) => ({
          id: newId(),
          batchId,
          proposalId: proposal.id,
          programmeId: programme.id,
          regionCode: proposal.regionCode,
          row: r.row,
          nik: r.nik,
          name: r.name,
          account: r.account,
          amount: r.amount,
          reference: r.reference,
          paidOn: r.paidOn,
          status: r.status,
        })),
      );
    }
    if (proposal.status === "approved") {
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
        reason: `berkas bank ${file.name}`,
        actorName: actorName(ctx.actor),
        at: ctx.now,
      });
      await recordAudit(t, ctx, {
        action: "aid.disburse",
        entityType: "aid_proposal",
        entityId: proposal.id,
        entityRegion: proposal.regionCode,
        before: { status: "approved" },
        after: { status: "disbursed", batchId },
      });
    }
    const rec = await computeReconciliation(t, ctx, { ...proposal, status: "disbursed" }, programme);
    await storeFindings(t, ctx, proposal, rec);
    await recordAudit(t, ctx, {
      action: "aid.import-disbursement",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: {
        batchId,
        fileSha256: fileSha,
        rows: result.rows.length,
        paid: paid.length,
        findings: rec.findings.length,
      },
    });
    return {
      kind: "accepted",
      batchId,
      rows: result.rows.length,
      paid: paid.length,
      paidAmount: paid.reduce((s, r) => s + r.amount, 0),
      findings: rec.findings.length,
    };
  });
}
