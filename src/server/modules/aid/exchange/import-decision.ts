// The ministry's decision list for an approved proposal: per NIK approved or rejected. A file with
// unreadable rows is refused whole; NIKs not in the frozen list are counted and reported.
import { and, eq, inArray } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import { type DecisionRow, readDecisionRows } from "../domain";
import { aidError } from "../errors";
import { latestSnapshot } from "../proposals/freeze-list";
import { computeReconciliation, storeFindings } from "../proposals/reconcile-proposal";
import type { ProposalRow } from "../repository";
import { proposalItems } from "../schema";
import { decisionRows, decisions } from "../schema-exchange";
import { fileRow } from "./file-row";
import { auditImport, importReturnedFile, insertFileRows, type ReturnedFile } from "./import-file";

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

export async function importDecision(o: {
  ctx: Ctx;
  proposalId: string;
  file: ReturnedFile;
}): Promise<DecisionResult> {
  const { ctx } = o;
  return importReturnedFile(o, {
    fields: FIELDS,
    required: ["nik", "keputusan"],
    cells: (person, text) => ({ ...person, outcome: text("keputusan"), reason: text("alasan") }),
    read: (input) => {
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
      return read.rows;
    },
    tooEarly: {
      id: "Keputusan diimpor setelah usulan disetujui.",
      en: "A decision is imported after approval.",
    },
    match: async (t, { proposal }) => {
      const snap = await latestSnapshot(t, proposal.id);
      if (!snap) throw notFound();
      const items = await t
        .select({ id: proposalItems.id, nik: proposalItems.nik })
        .from(proposalItems)
        .where(inArray(proposalItems.id, snap.itemIds));
      return new Map(items.map((i) => [i.nik, i.id]));
    },
    apply: async (t, { proposal, programme, rows, sha256, matched: itemByNik, stored }) => {
      const decisionId = newId();
      const approved = rows.filter((r) => r.outcome === "approved").length;
      const unknown = rows.filter((r) => !itemByNik.has(r.nik));
      await t.insert(decisions).values({
        id: decisionId,
        proposalId: proposal.id,
        regionCode: proposal.regionCode,
        decreeNumber: proposal.decreeNumber ?? "-",
        decidedOn: proposal.decreeDate,
        fileId: stored.id,
        sha256,
        approvedCount: approved,
        rejectedCount: rows.length - approved,
        unknownCount: unknown.length,
        importedBy: actorName(ctx.actor),
        importedAt: ctx.now,
      });
      await insertFileRows(
        t,
        decisionRows,
        rows.map((r) => ({
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
      await markItems(t, ctx, proposal, rows, itemByNik);
      await storeFindings(t, ctx, proposal, await computeReconciliation(t, ctx, proposal, programme));
      await auditImport(t, ctx, proposal, "aid.import-decision", {
        decisionId,
        fileSha256: stored.sha256,
        approved,
        rejected: rows.length - approved,
        unknown: unknown.length,
      });
      return {
        decisionId,
        approved,
        rejected: rows.length - approved,
        unknown: unknown.length,
        unknownNiks: unknown.slice(0, 50).map((u) => maskIdentity(u.nik)),
      };
    },
  });
}

/** Each matched item takes the ministry's decision (one statement per item with a reason, batches without). */
async function markItems(
  t: Tx,
  ctx: Ctx,
  proposal: ProposalRow,
  rows: readonly DecisionRow[],
  itemByNik: ReadonlyMap<string, string>,
): Promise<void> {
  for (const outcome of ["approved", "rejected"] as const) {
    const matched = rows.filter((r) => r.outcome === outcome && itemByNik.has(r.nik));
    for (const r of matched.filter((x) => x.reason)) {
      await t
        .update(proposalItems)
        .set({ decision: outcome, decisionReason: r.reason, updatedAt: ctx.now })
        .where(and(eq(proposalItems.proposalId, proposal.id), eq(proposalItems.nik, r.nik)));
    }
    const plain = matched.filter((x) => !x.reason).map((x) => x.nik);
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
}
