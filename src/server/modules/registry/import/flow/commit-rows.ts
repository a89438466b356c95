// The commit of a dry-run batch: its valid and warning rows become persons, businesses, impact
// assessments, kendala and sources inside one transaction, so the batch lands whole or not at all.
// Set-based: the staged rows are read a page of 5,000 at a time, each page written with one
// `INSERT … SELECT FROM unnest(…)` per table (new rows) and one read and one write per table for
// the rows that update a registered record. One audit event for the batch, plus one per updated
// business. A commit that is run again (a retried job) finds the batch committed and returns it.
import { and, asc, eq, gt, lte, ne } from "drizzle-orm";
import { insertRows } from "../../../../platform/db/bulk-insert";
import type { Tx } from "../../../../platform/db/pool";
import { AppError } from "../../../../platform/errors";
import { newId } from "../../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../../access";
import { ownerMatcher } from "../../duplicates/owner-matching";
import { businesses, constraints, impactAssessments, persons, recordSources } from "../../schema";
import { importBatches, importRows } from "../../schema-import";
import type { RowValues } from "..";
import { type BatchRow, loadBatch } from "./batch-rows";
import { importActorId } from "./region";
import { type UpdateItem, updateFromRows } from "./update";
import {
  businessRow,
  constraintRow,
  type ImportedRow,
  impactRow,
  personRow,
  type RowContext,
  type RowIds,
  sourceRows,
} from "./values";

const CHUNK = 5000;

type Progress = (percent: number, message: string) => void;

export type CommitResult = { batchId: string; rowsImported: number };

type Pending = ImportedRow & { ownerId?: string };

/** New businesses; a row with `ownerId` belongs to a registered owner (no new person, no person source). */
async function insertChunk(t: Tx, rows: readonly Pending[], c: RowContext): Promise<void> {
  if (rows.length === 0) return;
  const ids: RowIds[] = rows.map((r) => ({
    personId: r.ownerId ?? newId(),
    businessId: newId(),
    impactId: newId(),
    constraintId: newId(),
    sourceIds: [newId(), newId()],
  }));
  const at = (i: number) => ids[i] as RowIds;
  // Match keys in the same statement, so the duplicate gate finds these owners at once.
  const keys = ownerMatcher();
  const newOwners = rows.flatMap((r, i) => {
    if (r.ownerId) return [];
    const p = personRow(r, at(i).personId, c);
    return [keys ? { ...p, matchKeys: keys.matchKeys(p) } : p];
  });
  await insertRows(t, persons, newOwners);
  await insertRows(
    t,
    businesses,
    rows.map((r, i) => businessRow(r, at(i), c)),
  );
  await insertRows(
    t,
    impactAssessments,
    rows.flatMap((r, i) => impactRow(r, at(i), c) ?? []),
  );
  await insertRows(
    t,
    constraints,
    rows.flatMap((r, i) => constraintRow(r, at(i).businessId, at(i).constraintId, c) ?? []),
  );
  await insertRows(
    t,
    recordSources,
    rows.flatMap((r, i) => sourceRows(r, at(i), c).filter((s) => !(r.ownerId && s.entityType === "person"))),
  );
}

type RegisterMatch = { code: string; personId: string; businessId: string | null };
const matchOf = (errors: unknown): RegisterMatch | undefined =>
  (errors as RegisterMatch[]).find((e) => e.code === "EXISTS_IN_REGISTER" || e.code === "LIKELY_IN_REGISTER");

type Tally = { inserted: number; added: number; updated: number; unchanged: number; skipped: number };

/** One page: new rows inserted in bulk; rows found in the register as the operator chose. */
async function commitPage(
  t: Tx,
  ctx: Ctx,
  page: Awaited<ReturnType<typeof rowsInRange>>,
  c: RowContext,
  tally: Tally,
): Promise<void> {
  const pending: Pending[] = [];
  const updates: UpdateItem[] = [];
  for (const r of page) {
    const row: ImportedRow = { sheet: r.sheet, rowNumber: r.rowNumber, values: r.values as RowValues };
    const match = matchOf(r.errors);
    const choice = r.choice ?? "update";
    if (!match) {
      pending.push(row);
      tally.inserted++;
    } else if (choice === "skip") tally.skipped++;
    else if (choice === "add_business" || !match.businessId) {
      pending.push({ ...row, ownerId: match.personId });
      tally.added++;
    } else updates.push({ row, personId: match.personId, businessId: match.businessId });
  }
  const u = await updateFromRows(t, ctx, updates, c);
  tally.updated += u.updated;
  tally.unchanged += u.unchanged;
  await insertChunk(t, pending, c);
}

/** Rows `seq` in (from, from + CHUNK]: a range on the primary key, so every page costs the same. */
async function rowsInRange(t: Tx, batchId: string, from: number) {
  return t
    .select({
      sheet: importRows.sheet,
      rowNumber: importRows.rowNumber,
      values: importRows.values,
      errors: importRows.errors,
      choice: importRows.choice,
    })
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

/** Marks the batch committed and writes the batch's audit event; returns the rows imported. */
async function finish(t: Tx, ctx: Ctx, batch: BatchRow, c: RowContext, tally: Tally): Promise<number> {
  const done = tally.inserted + tally.added;
  await t
    .update(importBatches)
    .set({ status: "committed", rowsImported: done, committedAt: ctx.now, committedByName: c.userName })
    .where(eq(importBatches.id, batch.id));
  await recordAudit(t, ctx, {
    action: "registry.import-commit",
    entityType: "import_batch",
    entityId: batch.id,
    entityRegion: batch.regionCode,
    after: {
      fileName: batch.fileName,
      fileSha256: batch.fileSha256,
      rowsImported: done,
      rowsValid: batch.rowsValid,
      rowsWarning: batch.rowsWarning,
      rowsRejected: batch.rowsRejected,
      register: tally,
    },
  });
  return done;
}

export async function commitBatch(
  ctx: Ctx,
  batchId: string,
  progress: Progress = () => {},
): Promise<CommitResult> {
  return tx(ctx, async (t) => {
    // The row lock serialises two runs of the same commit; the second one sees the first's result.
    const batch = await loadBatch(t, batchId, true);
    if (batch.status === "committed") return { batchId, rowsImported: batch.rowsImported };
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
    let seen = 0;
    const tally: Tally = { inserted: 0, added: 0, updated: 0, unchanged: 0, skipped: 0 };
    for (let from = 0; from < batch.rowsTotal; from += CHUNK) {
      const page = await rowsInRange(t, batchId, from);
      if (page.length === 0) continue;
      await commitPage(t, ctx, page, c, tally);
      seen += page.length;
      progress(Math.min(99, (seen / Math.max(1, expected)) * 100), `${seen}/${expected} baris disimpan`);
    }
    const done = await finish(t, ctx, batch, c, tally);
    progress(100, `${done} baris disimpan`);
    return { batchId, rowsImported: done };
  });
}
