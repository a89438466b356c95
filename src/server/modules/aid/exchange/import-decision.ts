// The ministry's decision list for an approved proposal: per NIK approved or rejected. A file with
// unreadable rows is refused whole; NIKs not in the frozen list are counted and reported.
import { and, eq, inArray } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import { notFound } from "../../../platform/errors";
import { sha256Of, storeFile } from "../../../platform/files";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { type DecisionRowInput, readDecisionRows } from "../domain";
import { aidError } from "../errors";
import { requirePermission } from "../permissions";
import { approvedListProgramme } from "../proposals/approved-list";
import { latestSnapshot } from "../proposals/freeze-list";
import { proposalInScope } from "../proposals/manage-proposals";
import { isNumberCell, readSheet, textOf } from "../proposals/read-sheet";
import { computeReconciliation, storeFindings } from "../proposals/reconcile-proposal";
import { proposalItems } from "../schema";
import { decisionRows, decisions } from "../schema-exchange";
import { fileRow } from "./file-row";

export type DecisionResult = {
  decisionId: string;
  approved: number;
  rejected: number;
  unknown: number;
  unknownNiks: string[];
};

const FIELDS = {
  nik: ["NIK"],
  nama: ["NAMA", "NAMA PENERIMA", "NAMA LENGKAP"],
  keputusan: ["KEPUTUSAN", "STATUS", "HASIL", "HASIL VERIFIKASI", "STATUS KEPUTUSAN"],
  alasan: ["ALASAN", "KETERANGAN", "CATATAN", "ALASAN PENOLAKAN"],
} as const;

export async function importDecision({
  ctx,
  proposalId,
  file,
}: {
  ctx: Ctx;
  proposalId: string;
  file: { name: string; mime: string; data: Buffer };
}): Promise<DecisionResult> {
  requirePermission(ctx, "aid.verify");
  const sheet = await readSheet({
    data: file.data,
    fileName: file.name,
    fields: FIELDS,
    required: ["nik", "keputusan"],
  });
  const input: DecisionRowInput[] = sheet.map((r) => ({
    row: r.row,
    nik: textOf(r, "nik"),
    nikIsNumber: isNumberCell(r, "nik"),
    name: textOf(r, "nama"),
    outcome: textOf(r, "keputusan"),
    reason: textOf(r, "alasan"),
  }));
  const read = readDecisionRows(input);
  if (read.issues.length > 0) {
    throw aidError("AID_DECISION_FILE_REJECTED", {
      text: {
        id: `Berkas keputusan ditolak: ${read.issues.length} baris bermasalah.`,
        en: `Decision file rejected: ${read.issues.length} rows have problems.`,
      },
      issues: read.issues
        .slice(0, 100)
        .map((i) => ({ path: fileRow(i.row, ctx.lang), message: i.text[ctx.lang] })),
    });
  }
  return tx(ctx, async (t) => {
    const proposal = await proposalInScope(t, ctx, proposalId);
    const programme = await approvedListProgramme(t, proposal, {
      id: "Keputusan diimpor setelah usulan disetujui.",
      en: "A decision is imported after approval.",
    });
    const snap = await latestSnapshot(t, proposal.id);
    if (!snap) throw notFound();
    const items = await t
      .select({ id: proposalItems.id, nik: proposalItems.nik })
      .from(proposalItems)
      .where(inArray(proposalItems.id, snap.itemIds));
    const itemByNik = new Map(items.map((i) => [i.nik, i.id]));
    const stored = await storeFile(t, {
      name: file.name,
      mime: file.mime,
      data: file.data,
      uploadedBy: actorName(ctx.actor),
    });
    const decisionId = newId();
    const approved = read.rows.filter((r) => r.outcome === "approved").length;
    const unknown = read.rows.filter((r) => !itemByNik.has(r.nik));
    await t.insert(decisions).values({
      id: decisionId,
      proposalId: proposal.id,
      regionCode: proposal.regionCode,
      decreeNumber: proposal.decreeNumber ?? "-",
      decidedOn: proposal.decreeDate,
      fileId: stored.id,
      sha256: sha256Of(file.data),
      approvedCount: approved,
      rejectedCount: read.rows.length - approved,
      unknownCount: unknown.length,
      importedBy: actorName(ctx.actor),
      importedAt: ctx.now,
    });
    for (let i = 0; i < read.rows.length; i += 1000) {
      await t.insert(decisionRows).values(
        read.rows.slice(i, i + 1000).map((r) => ({
          id: newId(),
          decisionId,
          proposalId: proposal.id,
          regionCode: proposal.regionCode,
          nik: r.nik,
          name: r.name,
          outcome: r.outcome,
          reason: r.reason,
          itemId: itemByNik.get(r.nik) ?? null,
        })),
      );
    }
    for (const outcome of ["approved", "rejected"] as const) {
      const rows = read.rows.filter((r) => r.outcome === outcome && itemByNik.has(r.nik));
      for (const r of rows.filter((x) => x.reason)) {
        await t
          .update(proposalItems)
          .set({ decision: outcome, decisionReason: r.reason, updatedAt: ctx.now })
          .where(and(eq(proposalItems.proposalId, proposal.id), eq(proposalItems.nik, r.nik)));
      }
      const plain = rows.filter((x) => !x.reason).map((x) => x.nik);
      for (let i = 0; i < plain.length; i += 5000) {
        await t
          .update(proposalItems)
          .set({ decision: outcome, decisionReason: null, updatedAt: ctx.now })
          .where(
            and(
              eq(proposalItems.proposalId, proposal.id),
              inArray(proposalItems.nik, plain.slice(i, i + 5000)),
            ),
          );
      }
    }
    await storeFindings(t, ctx, proposal, await computeReconciliation(t, ctx, proposal, programme));
    await recordAudit(t, ctx, {
      action: "aid.import-decision",
      entityType: "aid_proposal",
      entityId: proposal.id,
      entityRegion: proposal.regionCode,
      after: {
        decisionId,
        fileSha256: stored.sha256,
        approved,
        rejected: read.rows.length - approved,
        unknown: unknown.length,
      },
    });
    return {
      decisionId,
      approved,
      rejected: read.rows.length - approved,
      unknown: unknown.length,
      unknownNiks: unknown.slice(0, 50).map((u) => maskIdentity(u.nik)),
    };
  });
}
