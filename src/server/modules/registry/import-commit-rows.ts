// The commit of a dry-run batch: its valid and warning rows become persons, businesses, impact
// assessments and sources in multi-row inserts (1,000 rows a statement) inside one transaction, so
// the batch lands whole or not at all. One audit event for the batch, not one per row.
import { and, asc, eq, gt, lte, ne } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import { AppError } from "../../platform/errors";
import { newId } from "../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../access";
import type { RowValues } from "./import";
import { loadBatch } from "./import-batch-rows";
import { importActorId } from "./import-region";
import {
  businessRow,
  type ImportedRow,
  impactRow,
  personRow,
  type RowContext,
  type RowIds,
  sourceRows,
} from "./import-values";
import { businesses, impactAssessments, persons, recordSources } from "./schema";
import { importBatches, importRows } from "./schema-import";

const CHUNK = 1000;

type Progress = (percent: number, message: string) => void;

export type CommitResult = { batchId: string; rowsImported: number };

async function insertChunk(t: Tx, rows: readonly ImportedRow[], c: RowContext): Promise<void> {
  const ids: RowIds[] = rows.map(() => ({
    personId: newId(),
    businessId: newId(),
    impactId: newId(),
    sourceIds: [newId(), newId()],
  }));
  await t.insert(persons).values(rows.map((r, i) => personRow(r, (ids[i] as RowIds).personId, c)));
  await t.insert(businesses).values(rows.map((r, i) => businessRow(r, ids[i] as RowIds, c)));
  const impacts = rows.flatMap((r, i) => impactRow(r, ids[i] as RowIds, c) ?? []);
  if (impacts.length > 0) await t.insert(impactAssessments).values(impacts);
  await t.insert(recordSources).values(rows.flatMap((r, i) => sourceRows(r, ids[i] as RowIds, c)));
}

/** Rows `seq` in (from, from + CHUNK]: a range on the primary key, so every page costs the same. */
async function rowsInRange(t: Tx, batchId: string, from: number) {
  return t
    .select({ sheet: importRows.sheet, rowNumber: importRows.rowNumber, values: importRows.values })
    .from(importRows)
    .where(
      and(
        eq(importRows.batchId, batchId),
        gt(importRows.seq, from),
        lte(importRows.seq, from + CHUNK),
        ne(importRows.status, "rejected"),
      ),
    )
    .orderBy(asc(importRows.seq));
}

export async function commitBatch(
  ctx: Ctx,
  batchId: string,
  progress: Progress = () => {},
): Promise<CommitResult> {
  return tx(ctx, async (t) => {
    const batch = await loadBatch(t, batchId, true);
    if (batch.status !== "dry_run" || !batch.analysedAt) throw new AppError("CONFLICT");
    const c: RowContext = {
      regionCode: batch.regionCode,
      batchId,
      now: ctx.now,
      today: ctx.now.toISOString().slice(0, 10),
      userId: importActorId(ctx.actor),
      userName: actorName(ctx.actor),
    };
    const expected = batch.rowsValid + batch.rowsWarning;
    let done = 0;
    for (let from = 0; from < batch.rowsTotal; from += CHUNK) {
      const page = await rowsInRange(t, batchId, from);
      if (page.length === 0) continue;
      await insertChunk(
        t,
        page.map((r) => ({ sheet: r.sheet, rowNumber: r.rowNumber, values: r.values as RowValues })),
        c,
      );
      done += page.length;
      progress(Math.min(99, (done / Math.max(1, expected)) * 100), `${done}/${expected} baris disimpan`);
    }
    await t
      .update(importBatches)
      .set({ status: "committed", rowsImported: done, committedAt: ctx.now, committedByName: c.userName })
      .where(eq(importBatches.id, batchId));
    await recordAudit(t, ctx, {
      action: "registry.import-commit",
      entityType: "import_batch",
      entityId: batchId,
      entityRegion: batch.regionCode,
      after: {
        fileName: batch.fileName,
        fileSha256: batch.fileSha256,
        rowsImported: done,
        rowsValid: batch.rowsValid,
        rowsWarning: batch.rowsWarning,
        rowsRejected: batch.rowsRejected,
      },
    });
    progress(100, `${done} baris disimpan`);
    return { batchId, rowsImported: done };
  });
}
