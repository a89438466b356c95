// The CLI's commit of an analysed spreadsheet, through the same verbs as the web: upload (file
// stored with its SHA-256), dry run with the given sheets/mapping, commit.
import { readFile } from "node:fs/promises";
import type { Database } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import type { Jobs } from "../../../platform/jobs/jobs";
import type { Ctx } from "../../access";
import { analyseBatch } from "../import/flow/analyse";
import { commitBatch } from "../import/flow/commit-rows";
import { checkCommit, configureDryRun } from "../import/flow/start";
import { uploadImport } from "../import/flow/upload";
import type { ImportCommitInput, ImportCommitResult } from "./import-cli";

/** Where progress goes (a bar on stderr in the CLI). */
export type Progress = {
  update: (percent: number, message: string) => void;
  done: (message: string) => void;
};

/**
 * Commits an analysed file as one batch through the same verbs as the web: upload (file stored with
 * its SHA-256), dry run with the given sheets/mapping, commit. Progress goes to stderr. With `jobs`
 * the commit queues the incremental dedup of the new records as the web's commit does; the job runs
 * when a server or worker runs.
 */
export async function commitImportFile(
  db: Database,
  input: ImportCommitInput,
  out: { progress: Progress; warn: (text: string) => void },
  jobs?: Jobs,
): Promise<ImportCommitResult> {
  const ctx: Ctx = {
    db,
    actor: { kind: "cli", name: "cli", scope: "*" },
    now: new Date(),
    requestId: "cli",
    lang: "id",
  };
  try {
    const data = await readFile(input.file);
    const mime = input.fileName.toLowerCase().endsWith(".csv") ? "text/csv" : "application/octet-stream";
    const uploaded = await uploadImport({
      ctx,
      input: { regionCode: input.regencyCode, file: { name: input.fileName, mime, data } },
    });
    const id = uploaded.batch.id;
    const sheets =
      [...(input.sheets ?? [])].length > 0
        ? [...(input.sheets ?? [])]
        : input.summary.sheets.filter((s) => s.status === "imported").map((s) => s.name);
    await configureDryRun({
      ctx,
      id,
      input: { sheets, ...(input.mapping ? { mapping: input.mapping } : {}) },
    });
    const bar = out.progress;
    await analyseBatch(ctx, id, (p, m) => bar.update(p / 2, `periksa: ${m}`));
    // The CLI has no dialogue: an earlier import of the same file is reported, not blocking.
    for (const p of uploaded.previous) {
      out.warn(
        `\nPerhatian: berkas ini sudah pernah diimpor pada ${p.createdAt} (batch ${p.id}, ${p.status}).\n`,
      );
    }
    await checkCommit(ctx, id, true);
    const done = await commitBatch(ctx, id, (p, m) => bar.update(50 + p / 2, `simpan: ${m}`), jobs);
    bar.done(`${done.rowsImported} baris disimpan`);
    return { ok: true, batchId: id, rowsImported: done.rowsImported };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.text.id };
    throw err;
  }
}
