// Spreadsheet import batches (PostgreSQL schema "registry"): one row per uploaded file and its dry
// run, the dry run's rows (status, reasons, normalised values) for the results screen and the
// commit, and the column mappings each office confirmed, re-applied to the next file.
import { sql } from "drizzle-orm";
import { index, integer, jsonb, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { regionCode, ts } from "../../platform/db/columns";
import { registry } from "./schema";

export const IMPORT_BATCH_STATUSES = ["dry_run", "committed", "undone"] as const;
export type ImportBatchStatus = (typeof IMPORT_BATCH_STATUSES)[number];

export const importBatches = registry.table(
  "import_batches",
  {
    id: uuid("id").primaryKey(),
    /** The office's regency/city (e.g. 62.71): villages are matched within it. */
    regionCode: regionCode(),
    fileName: text("file_name").notNull(),
    fileSha256: text("file_sha256").notNull(),
    /** platform.files id of the stored upload. */
    fileId: uuid("file_id").notNull(),
    /** Sheets chosen and the mapping used (MappingOverride), as confirmed for the dry run. */
    sheets: text("sheets").array(),
    mapping: jsonb("mapping"),
    /** The dry run's ImportSummary (per sheet: header, counts; reason counts). */
    summary: jsonb("summary"),
    analysedAt: ts("analysed_at"),
    rowsTotal: integer("rows_total").notNull().default(0),
    rowsValid: integer("rows_valid").notNull().default(0),
    rowsWarning: integer("rows_warning").notNull().default(0),
    rowsRejected: integer("rows_rejected").notNull().default(0),
    rowsImported: integer("rows_imported").notNull().default(0),
    status: text("status", { enum: IMPORT_BATCH_STATUSES }).notNull().default("dry_run"),
    jobId: uuid("job_id"),
    jobError: text("job_error"),
    createdById: text("created_by_id"),
    createdByName: text("created_by_name").notNull(),
    createdAt: ts("created_at").notNull(),
    committedByName: text("committed_by_name"),
    committedAt: ts("committed_at"),
    undoneByName: text("undone_by_name"),
    undoneAt: ts("undone_at"),
  },
  (t) => [
    index("import_batches_sha_idx").on(t.regionCode, t.fileSha256),
    index("import_batches_created_idx").on(t.createdAt),
  ],
);

export const importRows = registry.table(
  "import_rows",
  {
    batchId: uuid("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    sheet: text("sheet").notNull(),
    rowNumber: integer("row_number").notNull(),
    /** File order, so the commit and the results table follow the spreadsheet. */
    seq: integer("seq").notNull(),
    status: text("status", { enum: ["valid", "warning", "rejected"] }).notNull(),
    errors: jsonb("errors").notNull().default(sql`'[]'::jsonb`),
    values: jsonb("values").notNull(),
    /** The operator's choice for a row found in the register; null means update (the default). */
    choice: text("choice", { enum: ["update", "add_business", "skip", "review"] }),
  },
  (t) => [
    primaryKey({ columns: [t.batchId, t.seq] }),
    index("import_rows_status_idx").on(t.batchId, t.status, t.seq),
  ],
);

export const importMappings = registry.table(
  "import_mappings",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    /** Header signature: the sorted label keys of the sheet's header. */
    signature: text("signature").notNull(),
    /** labelKey(label) → role, as rememberRoles returns it. */
    labelRoles: jsonb("label_roles").notNull(),
    updatedAt: ts("updated_at").notNull(),
  },
  (t) => [uniqueIndex("import_mappings_key").on(t.regionCode, t.signature)],
);
