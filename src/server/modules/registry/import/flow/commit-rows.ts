// The commit of a dry-run batch: its valid and warning rows become persons, businesses, impact
// assessments, kendala and sources inside one transaction, so the batch lands whole or not at all.
// Set-based: the staged rows are read 5,000 at a time; each page's new rows go in with one
// statement of `INSERT … SELECT FROM unnest(…)` parts (one array per column), and the rows that
// update a registered record with one read and one write per table. The pages are pipelined:
// while PostgreSQL writes one page, the next one is built. One audit event for the batch, plus
// one per updated business; the incremental dedup of the batch is queued in the same transaction
// (given the job queue). A commit run again (a retried job) finds the batch committed and
// returns it, writing nothing.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { AppError } from "../../../../platform/errors";
import type { Jobs } from "../../../../platform/jobs/jobs";
import { actorName, type Ctx, recordAudit, tx } from "../../../access";
import { queueNewRecords } from "../../duplicates/review-port";
import { importBatches } from "../../schema-import";
import { type BatchRow, loadBatch } from "./batch-rows";
import {
  emptyTally,
  PAGE_ROWS,
  type PageWrites,
  preparePage,
  rowsInRange,
  type StagedRow,
  type Tally,
  writePage,
} from "./commit-page";
import { type InFileOwners, loadInFileOwners } from "./in-file-owners";
import { importActorId } from "./region";
import { askReviewRows } from "./review-rows";
import type { RowContext } from "./values";

type Progress = (percent: number, message: string) => void;

export type CommitResult = { batchId: string; rowsImported: number };

/** Marks the batch committed and writes the batch's audit event; returns the rows imported. */
async function finish(t: Tx, ctx: Ctx, batch: BatchRow, c: RowContext, tally: Tally): Promise<number> {
  const done = tally.inserted + tally.added + tally.joined;
  await askReviewRows(t, ctx, batch.id);
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

const settled = <T>(p: Promise<T>): Promise<T> => {
  // Awaited later; a failure surfaces there, not as an unhandled rejection meanwhile.
  p.catch(() => {});
  return p;
};

/** Lets the driver send the queued statement before the event loop is kept busy building a page. */
const yieldToDriver = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Every page in file order: page i is written while page i + 1 is built and page i + 2 is read. */
async function commitPages(
  t: Tx,
  ctx: Ctx,
  batch: BatchRow,
  c: RowContext,
  tally: Tally,
  progress: Progress,
) {
  const owners: InFileOwners = await loadInFileOwners(t, batch.id);
  const expected = batch.rowsValid + batch.rowsWarning;
  const read = (from: number): Promise<StagedRow[]> =>
    from < batch.rowsTotal ? settled(Promise.resolve(rowsInRange(t, batch.id, from))) : Promise.resolve([]);
  let seen = 0;
  let current: PageWrites = preparePage(await read(0), c, tally, owners);
  let ahead = read(PAGE_ROWS);
  // `from`: the first row after the page being written.
  for (let from = PAGE_ROWS; ; from += PAGE_ROWS) {
    const writing = settled(writePage(t, ctx, current, c, tally));
    await yieldToDriver();
    // A failed write aborts the transaction, and with it a read queued behind it: report the write's error.
    const nextRows = await ahead.catch(async (err) => {
      await writing;
      throw err;
    });
    ahead = read(from + PAGE_ROWS);
    const next = from < batch.rowsTotal ? preparePage(nextRows, c, tally, owners) : null;
    await writing;
    seen += current.rows;
    progress(Math.min(99, (seen / Math.max(1, expected)) * 100), `${seen}/${expected} baris disimpan`);
    if (!next) break;
    current = next;
  }
}

export async function commitBatch(
  ctx: Ctx,
  batchId: string,
  progress: Progress = () => {},
  jobs?: Jobs,
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
    const tally = emptyTally();
    await commitPages(t, ctx, batch, c, tally, progress);
    const done = await finish(t, ctx, batch, c, tally);
    if (jobs) await queueNewRecords(t, jobs, ctx, { regionCode: batch.regionCode, importBatchId: batchId });
    progress(100, `${done} baris disimpan`);
    return { batchId, rowsImported: done };
  });
}
