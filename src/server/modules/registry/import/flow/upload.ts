// Upload of an office spreadsheet: stores the file (platform files, SHA-256), opens a batch in the
// dry_run state, finds earlier imports of the same file, and detects every sheet's header with the
// office's remembered mapping applied, for the mapping screen.

import { AppError } from "../../../../platform/errors";
import { storeFile } from "../../../../platform/files";
import { newId } from "../../../../platform/ids";
import { actorName, type Ctx, tx } from "../../../access";
import { registryError } from "../../errors";
import { importBatches } from "../../schema-import";
import { COLUMN_ROLES, detectHeaders, ROLE_LABELS } from "..";
import { presentBatch, presentPrevious, sameFileBatches } from "./batch-rows";
import type { ImportUploaded } from "./contract";
import { loadLabelRoles } from "./mappings";
import { importActorId, importRegion } from "./region";

const REFUSED_EN: Partial<Record<string, string>> = {
  FILE_UNREADABLE: "The file cannot be read as a register spreadsheet.",
  FORMAT_UNSUPPORTED: "Only Excel workbooks (.xlsx) and CSV files can be imported.",
  FILE_TOO_LARGE: "The file is refused: it expands far too much when opened (a zip bomb) or is too large.",
  TOO_MANY_ROWS: "The file has too many rows; split it by district or regency and import the parts.",
};

export type UploadedSheetFile = { name: string; mime: string; data: Buffer };

export const IMPORT_ROLES = COLUMN_ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }));

export async function uploadImport({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { regionCode?: string; file: UploadedSheetFile };
}): Promise<ImportUploaded> {
  const region = importRegion(ctx, input.regionCode);
  const labelRoles = await tx(ctx, (t) => loadLabelRoles(t, region));
  const detected = await detectHeaders({ file: input.file.data, fileName: input.file.name, labelRoles });
  if (!detected.ok) {
    throw registryError("IMPORT_FILE_INVALID", {
      text: {
        id: detected.error.message,
        en: REFUSED_EN[detected.error.code] ?? "The file cannot be read as a register spreadsheet.",
      },
      details: { reason: detected.error.code },
    });
  }
  return tx(ctx, async (t) => {
    const stored = await storeFile(t, { ...input.file, uploadedBy: importActorId(ctx.actor) });
    const [row] = await t
      .insert(importBatches)
      .values({
        id: newId(),
        regionCode: region,
        fileName: stored.name,
        fileSha256: stored.sha256,
        fileId: stored.id,
        createdById: importActorId(ctx.actor),
        createdByName: actorName(ctx.actor),
        createdAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError("INTERNAL");
    const previous = await sameFileBatches(t, row);
    return {
      batch: presentBatch(row),
      previous: previous.map(presentPrevious),
      format: detected.format,
      sheets: detected.sheets.map((s) => ({
        ...s,
        header: s.header ? { ...s.header, columns: [...s.header.columns] } : null,
        preview: s.preview.map((p) => ({ row: p.row, cells: [...p.cells] })),
      })),
      roles: IMPORT_ROLES,
    };
  });
}
