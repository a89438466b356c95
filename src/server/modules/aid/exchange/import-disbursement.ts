// The bank's disbursement file: accepted whole or rejected whole (with every reason). An accepted
// file moves an approved proposal to "disbursed" and refreshes the reconciliation findings.
import { sql } from "drizzle-orm";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import { type BankConflict, type BankRowInput, validateBankFile } from "../domain";
import { markDisbursed } from "../proposals/mark-disbursed";
import { computeReconciliation, storeFindings } from "../proposals/reconcile-proposal";
import { disbursementBatches, disbursementRows } from "../schema-exchange";
import { auditImport, importReturnedFile, insertFileRows, type ReturnedFile } from "./import-file";

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

export async function importDisbursement(o: {
  ctx: Ctx;
  proposalId: string;
  file: ReturnedFile;
}): Promise<DisbursementOutcome> {
  const { ctx, file } = o;
  return importReturnedFile(o, {
    fields: FIELDS,
    required: ["nik", "nama", "nominal", "referensi", "status"],
    cells: (person, text): BankRowInput => ({
      ...person,
      account: text("rekening"),
      amount: text("nominal"),
      reference: text("referensi"),
      paidOn: text("tanggal"),
      status: text("status"),
    }),
    read: (rows) => rows,
    tooEarly: {
      id: "Berkas bank diimpor setelah usulan disetujui.",
      en: "A bank file is imported after approval.",
    },
    match: async (t, { proposal, programme, rows, sha256 }) => {
      const earlier = await t.execute<{ sha256: string }>(
        sql`select sha256 from aid.disbursement_batches where proposal_id = ${proposal.id} and status = 'accepted'`,
      );
      const refs = await t.execute<{ reference: string }>(
        sql`select reference from aid.disbursement_rows where programme_id = ${programme.id}`,
      );
      return validateBankFile({
        rows,
        fileSha256: sha256,
        importedSha256: new Set(earlier.rows.map((r) => r.sha256)),
        importedReferences: new Set(refs.rows.map((r) => r.reference)),
      });
    },
    apply: async (t, { proposal, programme, rows, sha256, matched: result, stored }) => {
      const batchId = newId();
      const paid = result.kind === "accepted" ? result.rows.filter((r) => r.status === "paid") : [];
      await t.insert(disbursementBatches).values({
        id: batchId,
        proposalId: proposal.id,
        regionCode: proposal.regionCode,
        fileId: stored.id,
        fileName: file.name,
        sha256,
        status: result.kind,
        conflicts: result.kind === "rejected" ? result.conflicts : [],
        rowCount: rows.length,
        paidCount: paid.length,
        paidAmount: paid.reduce((s, r) => s + r.amount, 0),
        importedBy: actorName(ctx.actor),
        importedAt: ctx.now,
      });
      if (result.kind === "rejected") {
        await auditImport(t, ctx, proposal, "aid.reject-bank-file", {
          batchId,
          fileSha256: sha256,
          conflicts: result.conflicts.length,
        });
        return { kind: "rejected", batchId, conflicts: result.conflicts };
      }
      await insertFileRows(
        t,
        disbursementRows,
        result.rows.map((r) => ({
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
      if (proposal.status === "approved") {
        await markDisbursed(t, ctx, proposal, { reason: `berkas bank ${file.name}`, after: { batchId } });
      }
      const rec = await computeReconciliation(t, ctx, { ...proposal, status: "disbursed" }, programme);
      await storeFindings(t, ctx, proposal, rec);
      await auditImport(t, ctx, proposal, "aid.import-disbursement", {
        batchId,
        fileSha256: sha256,
        rows: result.rows.length,
        paid: paid.length,
        findings: rec.findings.length,
      });
      return {
        kind: "accepted",
        batchId,
        rows: result.rows.length,
        paid: paid.length,
        paidAmount: paid.reduce((s, r) => s + r.amount, 0),
        findings: rec.findings.length,
      };
    },
  });
}
