// Reads and presents import batches (queries only; verbs decide who may call them).
import { and, desc, eq, ne } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { notFound } from "../../../../platform/errors";
import { importBatches } from "../../schema-import";
import type { ImportBatch } from "./contract";

export type BatchRow = typeof importBatches.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentBatch(r: BatchRow): ImportBatch {
  return {
    id: r.id,
    regionCode: r.regionCode,
    fileName: r.fileName,
    fileSha256: r.fileSha256,
    status: r.status,
    analysed: r.analysedAt !== null,
    sheets: r.sheets,
    mapping: r.mapping,
    summary: r.summary,
    jobId: r.jobId,
    jobError: r.jobError,
    rowsTotal: r.rowsTotal,
    rowsValid: r.rowsValid,
    rowsWarning: r.rowsWarning,
    rowsRejected: r.rowsRejected,
    rowsImported: r.rowsImported,
    createdByName: r.createdByName,
    createdAt: r.createdAt.toISOString(),
    committedByName: r.committedByName,
    committedAt: iso(r.committedAt),
    undoneByName: r.undoneByName,
    undoneAt: iso(r.undoneAt),
  };
}

/** The batch visible under the transaction's scope (RLS), or NOT_FOUND. */
export async function loadBatch(t: Tx, id: string, forUpdate = false): Promise<BatchRow> {
  const q = t.select().from(importBatches).where(eq(importBatches.id, id)).limit(1);
  const rows = forUpdate ? await q.for("update") : await q;
  const row = rows[0];
  if (!row) throw notFound();
  return row;
}

/** Earlier batches of the same file in the same office (the duplicate-file warning). */
export async function sameFileBatches(t: Tx, batch: Pick<BatchRow, "id" | "regionCode" | "fileSha256">) {
  return t
    .select()
    .from(importBatches)
    .where(
      and(
        eq(importBatches.regionCode, batch.regionCode),
        eq(importBatches.fileSha256, batch.fileSha256),
        ne(importBatches.id, batch.id),
      ),
    )
    .orderBy(desc(importBatches.createdAt));
}

export function presentPrevious(r: BatchRow) {
  return {
    id: r.id,
    fileName: r.fileName,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdByName,
  };
}
