// Reads of the import: history, one batch, its dry-run rows (filtered), and the xlsx error report
// (re-reads the stored file so the report carries the original cells under the original header).
import type { Writable } from "node:stream";
import { and, count, desc, eq, sql } from "drizzle-orm";
import { maskIdentity } from "../../../../../shared/mask";
import { notFound } from "../../../../platform/errors";
import { readFile } from "../../../../platform/files";
import { type Ctx, recordAudit, tx } from "../../../access";
import { requirePermission } from "../../permissions";
import { canReveal } from "../../register/get-business";
import { reasonOf } from "../../register/reveal-reason";
import { importBatches, importRows } from "../../schema-import";
import { createErrorReport, type MappingOverride, startAnalysis } from "..";
import { loadBatch, presentBatch, presentPrevious, sameFileBatches } from "./batch-rows";
import type { ImportBatch, ImportRow, RowsQuery } from "./contract";
import { loadLabelRoles } from "./mappings";

const IDENTITY_FIELDS = ["nik", "no_kk"] as const;

export async function listImports({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: { status?: ImportBatch["status"]; limit: number };
}): Promise<ImportBatch[]> {
  requirePermission(ctx, "registry.import");
  const rows = await tx(ctx, (t) =>
    t
      .select()
      .from(importBatches)
      .where(query.status ? eq(importBatches.status, query.status) : undefined)
      .orderBy(desc(importBatches.createdAt))
      .limit(query.limit),
  );
  return rows.map(presentBatch);
}

export async function getImport({ ctx, id }: { ctx: Ctx; id: string }) {
  requirePermission(ctx, "registry.import");
  return tx(ctx, async (t) => {
    const batch = await loadBatch(t, id);
    return { batch: presentBatch(batch), previous: (await sameFileBatches(t, batch)).map(presentPrevious) };
  });
}

export async function listImportRows({
  ctx,
  id,
  query,
}: {
  ctx: Ctx;
  id: string;
  query: RowsQuery;
}): Promise<{ total: number; rows: ImportRow[] }> {
  requirePermission(ctx, "registry.import");
  const reveal = canReveal(ctx, query.revealNik, query.revealReason);
  return tx(ctx, async (t) => {
    const batch = await loadBatch(t, id);
    const where = and(
      eq(importRows.batchId, id),
      query.status ? eq(importRows.status, query.status) : undefined,
      query.sheet ? eq(importRows.sheet, query.sheet) : undefined,
      query.code ? sql`${importRows.errors} @> ${JSON.stringify([{ code: query.code }])}::jsonb` : undefined,
    );
    const [total] = await t.select({ n: count() }).from(importRows).where(where);
    const rows = await t
      .select()
      .from(importRows)
      .where(where)
      .orderBy(importRows.seq)
      .offset(query.offset)
      .limit(query.limit);
    if (reveal && rows.length > 0) {
      await recordAudit(t, ctx, {
        action: "registry.reveal-nik",
        entityType: "import-batch",
        entityId: batch.id,
        entityRegion: batch.regionCode,
        after: {
          via: "import-rows",
          rows: rows.map((r) => `${r.sheet}:${r.rowNumber}`),
          reason: reasonOf(query.revealReason),
        },
      });
    }
    return {
      total: total?.n ?? 0,
      rows: rows.map((r) => ({
        sheet: r.sheet,
        row: r.rowNumber,
        status: r.status,
        choice: r.choice,
        reasons: r.errors as ImportRow["reasons"],
        errors: r.errors as ImportRow["errors"],
        values: reveal ? (r.values as ImportRow["values"]) : maskValues(r.values as ImportRow["values"]),
      })),
    };
  });
}

/** NIK and No. KK of a staged row as on every other screen: 6271********0001. */
function maskValues(values: ImportRow["values"]): ImportRow["values"] {
  const out = { ...values };
  for (const key of IDENTITY_FIELDS) {
    const v = out[key];
    if (v !== undefined && v !== null) out[key] = maskIdentity(String(v));
  }
  return out;
}

/** Checks access and returns a writer that streams the report of the batch's dry run. */
export async function prepareErrorReport({ ctx, id }: { ctx: Ctx; id: string }) {
  requirePermission(ctx, "registry.import");
  const { batch, data, labelRoles } = await tx(ctx, async (t) => {
    const row = await loadBatch(t, id);
    const file = await readFile(t, row.fileId);
    if (!file) throw notFound();
    return { batch: row, data: file.data, labelRoles: await loadLabelRoles(t, row.regionCode) };
  });
  const fileName = `laporan-impor-${batch.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_")}.xlsx`;
  const write = async (output: Writable): Promise<void> => {
    const started = await startAnalysis({
      file: data,
      fileName: batch.fileName,
      regencyCode: batch.regionCode,
      sheets: batch.sheets ?? undefined,
      mapping: (batch.mapping ?? undefined) as MappingOverride | undefined,
      labelRoles,
    });
    const report = createErrorReport({ output });
    if (started.ok) {
      for await (const row of started.run.rows) {
        report.add(
          row,
          started.run.summary().sheets.find((s) => s.name === row.sheet),
        );
      }
    }
    await report.close();
  };
  return { fileName, write };
}
