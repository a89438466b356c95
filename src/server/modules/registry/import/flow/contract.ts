// zod schemas of the import routes (/api/registry/imports): upload, dry run, results, commit,
// history, undo. Imports only zod.
import { z } from "zod";
import { IdParams } from "../../../../../shared/contract-primitives";

export const ImportStatus = z.enum(["dry_run", "committed", "undone"]);
export const RowStatus = z.enum(["valid", "warning", "rejected"]);

export const ImportIdParams = IdParams;

const Counts = {
  rowsTotal: z.number().int(),
  rowsValid: z.number().int(),
  rowsWarning: z.number().int(),
  rowsRejected: z.number().int(),
  rowsImported: z.number().int(),
};

export const ImportBatch = z.object({
  id: z.string(),
  regionCode: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  status: ImportStatus,
  analysed: z.boolean(),
  sheets: z.array(z.string()).nullable(),
  mapping: z.unknown(),
  summary: z.unknown(),
  jobId: z.string().nullable(),
  jobError: z.string().nullable(),
  ...Counts,
  createdByName: z.string(),
  createdAt: z.string(),
  committedByName: z.string().nullable(),
  committedAt: z.string().nullable(),
  undoneByName: z.string().nullable(),
  undoneAt: z.string().nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatch>;

export const PreviousImport = z.object({
  id: z.string(),
  fileName: z.string(),
  status: ImportStatus,
  createdAt: z.string(),
  createdByName: z.string(),
});

const Column = z.object({
  index: z.number().int(),
  letter: z.string(),
  label: z.string(),
  role: z.string().nullable(),
});

export const SheetChoice = z.object({
  name: z.string(),
  state: z.string(),
  /** Why the sheet is not pre-selected (Rekap, Petunjuk, hidden, no header); null: pre-selected. */
  skipReason: z.string().nullable(),
  header: z.object({ top: z.number().int(), bottom: z.number().int(), columns: z.array(Column) }).nullable(),
  preview: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
});

export const ImportUploaded = z.object({
  batch: ImportBatch,
  /** Earlier batches of the same file (same SHA-256) in this office. */
  previous: z.array(PreviousImport),
  format: z.enum(["xlsx", "csv"]),
  sheets: z.array(SheetChoice),
  /** Canonical fields and extra column roles the mapping dropdowns offer, with Indonesian labels. */
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
});
export type ImportUploaded = z.infer<typeof ImportUploaded>;

export const UploadFields = z.object({
  regionCode: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .optional(),
});

const SheetMapping = z.object({
  headerRow: z.number().int().min(1).max(1_000_000).optional(),
  columns: z.record(z.string().regex(/^\d{1,4}$/), z.string().max(40).nullable()),
});

export const DryRunBody = z.object({
  sheets: z.array(z.string().min(1).max(200)).min(1).max(100),
  mapping: z.record(z.string().max(200), SheetMapping).optional(),
});
export type DryRunBody = z.infer<typeof DryRunBody>;

export const JobStarted = z.object({ batchId: z.string(), jobId: z.string() });

/**
 * What to do with a row found in the register: fill the existing record's empty fields (default),
 * add a new business of that owner, skip the row, or (not sure it is the same person) add it as a
 * new record and put the pair in the review queue.
 */
export const DuplicateChoice = z.enum(["update", "add_business", "skip", "review"]);
export type DuplicateChoice = z.infer<typeof DuplicateChoice>;

export const CommitBody = z.object({
  /** The same file was imported before: the clerk confirmed it is not a double. */
  confirmDuplicate: z.boolean().optional(),
  /** Choices for EXISTS_IN_REGISTER / LIKELY_IN_REGISTER rows: one for all, and per row (wins). */
  duplicates: z
    .object({
      all: DuplicateChoice.optional(),
      rows: z
        .array(
          z.object({
            sheet: z.string().max(200).optional(),
            row: z.number().int().min(1),
            choice: DuplicateChoice,
          }),
        )
        .max(100_000)
        .optional(),
    })
    .optional(),
});
export type CommitBody = z.infer<typeof CommitBody>;

export const RowsQuery = z.object({
  status: RowStatus.optional(),
  sheet: z.string().max(200).optional(),
  code: z.string().max(60).optional(),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** Full NIK / No. KK for roles with registry.reveal_nik; the reveal is audited. Masked otherwise. */
  revealNik: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  /** Why the NIKs are shown (required with revealNik), kept in the audit log. */
  revealReason: z.string().max(400).optional(),
});
export type RowsQuery = z.infer<typeof RowsQuery>;

const RowReason = z.object({
  field: z.string(),
  code: z.string(),
  level: z.string(),
  message: z.string(),
  /** EXISTS_IN_REGISTER / LIKELY_IN_REGISTER: the registered owner and business, and what agreed. */
  personId: z.string().optional(),
  businessId: z.string().nullable().optional(),
  businessName: z.string().nullable().optional(),
  evidence: z.array(z.string()).optional(),
});

export const ImportRow = z.object({
  sheet: z.string(),
  row: z.number().int(),
  status: RowStatus,
  /** The operator's choice for a row found in the register (null: the default, update). */
  choice: DuplicateChoice.nullable(),
  reasons: z.array(RowReason),
  /** The same list as `reasons` (kept for older clients). */
  errors: z.array(RowReason),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportRowsPage = z.object({ total: z.number().int(), rows: z.array(ImportRow) });

export const HistoryQuery = z.object({
  status: ImportStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const ImportDetail = z.object({ batch: ImportBatch, previous: z.array(PreviousImport) });
