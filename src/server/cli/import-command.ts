import { readFile } from "node:fs/promises";
import type { Ctx } from "../modules/access";
import type { ImportCommitInput, ImportCommitResult } from "../modules/registry/cli/import-cli";
import type { Database } from "../platform/db/pool";
import { progressBar } from "./progress";
import type { Io } from "./run-cli";
import { withDatabase } from "./with-db";

/**
 * Commits an analysed file as one batch through the same verbs as the web: upload (file stored with
 * its SHA-256), dry run with the given sheets/mapping, commit. Progress goes to stderr.
 */
async function commitFile(db: Database, input: ImportCommitInput, io: Io): Promise<ImportCommitResult> {
  const { uploadImport } = await import("../modules/registry/import-upload");
  const { configureDryRun, checkCommit } = await import("../modules/registry/import-start");
  const { analyseBatch } = await import("../modules/registry/import-analyse");
  const { commitBatch } = await import("../modules/registry/import-commit-rows");
  const { AppError } = await import("../platform/errors");
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
    const bar = progressBar(io.stderr);
    await analyseBatch(ctx, id, (p, m) => bar.update(p / 2, `periksa: ${m}`));
    // The CLI has no dialogue: an earlier import of the same file is reported, not blocking.
    for (const p of uploaded.previous) {
      io.stderr.write(
        `\nPerhatian: berkas ini sudah pernah diimpor pada ${p.createdAt} (batch ${p.id}, ${p.status}).\n`,
      );
    }
    await checkCommit(ctx, id, true);
    const done = await commitBatch(ctx, id, (p, m) => bar.update(50 + p / 2, `simpan: ${m}`));
    bar.done(`${done.rowsImported} baris disimpan`);
    return { ok: true, batchId: id, rowsImported: done.rowsImported };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, message: err.text.id };
    throw err;
  }
}

/** `sinergi import registry ...`: the registry module's spreadsheet import. */
export async function importCommand(args: string[], io: Io): Promise<number> {
  if (args[0] !== "registry") {
    io.stderr.write(
      "Pemakaian: sinergi import registry <berkas> --region <kode kab/kota> [--dry-run] [--json]\n",
    );
    return 2;
  }
  const { runImportRegistryCli } = await import("../modules/registry/cli/import-cli");
  return runImportRegistryCli(args.slice(1), io, {
    commit: (input) => withDatabase((db) => commitFile(db, input, io)),
  });
}
