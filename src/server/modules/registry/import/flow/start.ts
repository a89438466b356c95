// Verbs that queue the import's jobs: the dry run (with the sheets and mapping the clerk
// confirmed) and the commit (refused while the same file sits committed, unless confirmed).
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { conflict } from "../../../../platform/errors";
import type { Jobs } from "../../../../platform/jobs/jobs";
import { type Ctx, requireScope, tx } from "../../../access";
import { registryError } from "../../errors";
import { requirePermission } from "../../permissions";
import { importBatches } from "../../schema-import";
import { type BatchRow, loadBatch, sameFileBatches } from "./batch-rows";
import type { CommitBody, DryRunBody } from "./contract";
import { IMPORT_COMMIT_JOB, IMPORT_DRY_RUN_JOB, type ImportJobData } from "./jobs";
import { importActorId } from "./region";

const NOT_DRY_RUN = {
  id: "Batch ini sudah disimpan atau dibatalkan; unggah berkas lagi untuk impor baru.",
  en: "This batch was already committed or undone; upload the file again for a new import.",
};

/** Loads the batch for a change by the actor: permission, scope and the dry_run state. */
async function batchForChange(ctx: Ctx, id: string): Promise<BatchRow> {
  requirePermission(ctx, "registry.import");
  const batch = await tx(ctx, (t) => loadBatch(t, id));
  requireScope(ctx, batch.regionCode);
  if (batch.status !== "dry_run") throw conflict(NOT_DRY_RUN);
  return batch;
}

async function enqueue(
  ctx: Ctx,
  jobs: Jobs,
  name: string,
  batch: BatchRow,
): Promise<{ batchId: string; jobId: string }> {
  const data: ImportJobData = { batchId: batch.id, actor: ctx.actor };
  const jobId = await jobs.enqueue(name, data, {
    createdBy: importActorId(ctx.actor),
    scope: batch.regionCode,
  });
  await tx(ctx, (t) =>
    t.update(importBatches).set({ jobId, jobError: null }).where(eq(importBatches.id, batch.id)),
  );
  return { batchId: batch.id, jobId };
}

/** Stores the sheets and mapping the clerk confirmed; the dry run (job or CLI) reads them. */
export async function configureDryRun({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: DryRunBody;
}): Promise<BatchRow> {
  const batch = await batchForChange(ctx, id);
  await tx(ctx, (t) =>
    t
      .update(importBatches)
      .set({ sheets: input.sheets, mapping: input.mapping ?? null, analysedAt: null })
      .where(eq(importBatches.id, batch.id)),
  );
  return batch;
}

export async function startDryRun({
  ctx,
  jobs,
  id,
  input,
}: {
  ctx: Ctx;
  jobs: Jobs;
  id: string;
  input: DryRunBody;
}): Promise<{ batchId: string; jobId: string }> {
  const batch = await configureDryRun({ ctx, id, input });
  return enqueue(ctx, jobs, IMPORT_DRY_RUN_JOB, batch);
}

const fmtDate = (d: Date) =>
  d.toLocaleString("id-ID", { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Jakarta" });

const IN_REGISTER = sql`(errors @> '[{"code":"EXISTS_IN_REGISTER"}]'::jsonb or errors @> '[{"code":"LIKELY_IN_REGISTER"}]'::jsonb)`;

/** A row whose NIK an earlier row of the file lists under another name: held back unless chosen. */
const HELD = sql`errors @> '[{"code":"NIK_OTHER_NAME_IN_FILE"}]'::jsonb`;

/**
 * The operator's choices for rows found in the register (only those rows take a choice), and per row
 * for a held-back row: skip (the default) or add_business, the business joining the person of the
 * NIK's earlier row (one NIK, one person: its name stays).
 */
async function saveDuplicateChoices(t: Tx, batchId: string, d: NonNullable<CommitBody["duplicates"]>) {
  if (d.all)
    await t.execute(
      sql`update registry.import_rows set choice = ${d.all} where batch_id = ${batchId} and ${IN_REGISTER}`,
    );
  if (!d.rows || d.rows.length === 0) return;
  await t.execute(sql`
    update registry.import_rows r set choice = x.choice
    from jsonb_to_recordset(${JSON.stringify(d.rows)}::jsonb) as x(sheet text, row int, choice text)
    where r.batch_id = ${batchId} and r.row_number = x.row and (x.sheet is null or r.sheet = x.sheet)
      and (${IN_REGISTER} or (${HELD} and x.choice in ('skip', 'add_business')))`);
}

/** Checks a commit may start; shared by the route (job) and the CLI (direct call). */
export async function checkCommit(ctx: Ctx, id: string, confirmDuplicate: boolean): Promise<BatchRow> {
  const batch = await batchForChange(ctx, id);
  if (!batch.analysedAt) {
    throw conflict({ id: "Jalankan uji coba (dry run) dulu.", en: "Run the dry run first." });
  }
  if (batch.rowsValid + batch.rowsWarning === 0) {
    throw conflict({
      id: "Tidak ada baris yang dapat disimpan (semua ditolak).",
      en: "No row can be committed (all rejected).",
    });
  }
  const committed = (await tx(ctx, (t) => sameFileBatches(t, batch))).find((b) => b.status === "committed");
  if (committed && !confirmDuplicate) {
    throw registryError("IMPORT_DUPLICATE_FILE", {
      text: {
        id: `Berkas ini sudah pernah diimpor pada ${fmtDate(committed.createdAt)} oleh ${committed.createdByName}. Batalkan batch itu dulu atau konfirmasi impor ulang.`,
        en: `This file was already imported on ${committed.createdAt.toISOString()} by ${committed.createdByName}.`,
      },
      details: { batchId: committed.id },
    });
  }
  return batch;
}

export async function startCommit({
  ctx,
  jobs,
  id,
  confirmDuplicate,
  duplicates,
}: {
  ctx: Ctx;
  jobs: Jobs;
  id: string;
  confirmDuplicate: boolean;
  duplicates?: CommitBody["duplicates"];
}): Promise<{ batchId: string; jobId: string }> {
  const batch = await checkCommit(ctx, id, confirmDuplicate);
  if (duplicates) await tx(ctx, (t) => saveDuplicateChoices(t, batch.id, duplicates));
  return enqueue(ctx, jobs, IMPORT_COMMIT_JOB, batch);
}
