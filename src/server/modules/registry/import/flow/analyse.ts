// The dry run of a batch: analyses the stored file with the confirmed sheets and mapping, stores
// every row (status, reasons, normalised values) in chunks, the totals on the batch, and remembers
// the confirmed mapping for the office. Called by the dry-run job and by the CLI.
import { eq } from "drizzle-orm";
import { AppError, notFound } from "../../../../platform/errors";
import { readFile } from "../../../../platform/files";
import { type Ctx, tx } from "../../../access";
import { importBatches, importRows } from "../../schema-import";
import { type AnalysedRow, type ImportSummary, type MappingOverride, startAnalysis } from "..";
import { loadBatch } from "./batch-rows";
import { loadLabelRoles, rememberMappings } from "./mappings";
import { markRegistered } from "./register-match";

const CHUNK = 1000;

export type AnalyseResult = {
  batchId: string;
  rowsTotal: number;
  rowsValid: number;
  rowsWarning: number;
  rowsRejected: number;
};

type Progress = (percent: number, message: string) => void;

function rowValues(batchId: string, regionCode: string, row: AnalysedRow, seq: number) {
  return {
    batchId,
    regionCode,
    sheet: row.sheet,
    rowNumber: row.row,
    seq,
    status: row.status,
    errors: row.errors,
    values: row.values,
  };
}

export async function analyseBatch(
  ctx: Ctx,
  batchId: string,
  progress: Progress = () => {},
): Promise<AnalyseResult> {
  return tx(ctx, async (t) => {
    const batch = await loadBatch(t, batchId, true);
    if (batch.status !== "dry_run") throw new AppError("CONFLICT");
    const file = await readFile(t, batch.fileId);
    if (!file) throw notFound();
    const started = await startAnalysis({
      file: file.data,
      fileName: batch.fileName,
      regencyCode: batch.regionCode,
      sheets: batch.sheets ?? undefined,
      mapping: (batch.mapping ?? undefined) as MappingOverride | undefined,
      labelRoles: await loadLabelRoles(t, batch.regionCode),
      onProgress: (p) =>
        progress(
          Math.min(95, (p.rowsDone / Math.max(1, p.rowsTotalEstimate)) * 95),
          `${p.rowsDone}/${p.rowsTotalEstimate} baris${p.sheet ? ` · ${p.sheet}` : ""}`,
        ),
    });
    if (!started.ok) throw new Error(started.error.message);
    await t.delete(importRows).where(eq(importRows.batchId, batchId));
    let chunk: ReturnType<typeof rowValues>[] = [];
    let seq = 0;
    for await (const row of started.run.rows) {
      chunk.push(rowValues(batchId, batch.regionCode, row, ++seq));
      if (chunk.length >= CHUNK) {
        await t.insert(importRows).values(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await t.insert(importRows).values(chunk);
    const register = await markRegistered(t, batchId);
    const analysed: ImportSummary = started.run.summary();
    const reasons = { ...analysed.reasons };
    if (register.sameOwner > 0) {
      const left = (reasons.SAME_OWNER_IN_FILE ?? 0) - register.sameOwner;
      if (left > 0) reasons.SAME_OWNER_IN_FILE = left;
      else delete reasons.SAME_OWNER_IN_FILE;
    }
    const summary = {
      ...analysed,
      reasons,
      rows_valid: analysed.rows_valid - register.promoted,
      rows_warning: analysed.rows_warning + register.promoted,
      register: { exists: register.exists, likely: register.likely },
    };
    const headers = summary.sheets.flatMap((s) => (s.status === "imported" && s.header ? [s.header] : []));
    await rememberMappings(t, batch.regionCode, headers, ctx.now);
    const counts = {
      rowsTotal: summary.rows_total,
      rowsValid: summary.rows_valid,
      rowsWarning: summary.rows_warning,
      rowsRejected: summary.rows_rejected,
    };
    await t
      .update(importBatches)
      .set({ ...counts, summary, analysedAt: new Date(), jobError: null })
      .where(eq(importBatches.id, batchId));
    progress(100, `${summary.rows_total} baris diperiksa`);
    return { batchId, ...counts };
  });
}
