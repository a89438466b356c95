import { api } from "../../../lib/api";

export type ImportStatus = "dry_run" | "committed" | "undone";
export type RowStatus = "valid" | "warning" | "rejected";

export type ImportBatch = {
  id: string;
  regionCode: string;
  fileName: string;
  status: ImportStatus;
  analysed: boolean;
  sheets: string[] | null;
  jobId: string | null;
  jobError: string | null;
  summary: unknown;
  rowsTotal: number;
  rowsValid: number;
  rowsWarning: number;
  rowsRejected: number;
  rowsImported: number;
  createdByName: string;
  createdAt: string;
  committedByName: string | null;
  committedAt: string | null;
  undoneByName: string | null;
  undoneAt: string | null;
};

export type PreviousImport = {
  id: string;
  fileName: string;
  status: ImportStatus;
  createdAt: string;
  createdByName: string;
};
export type MappedColumn = { index: number; letter: string; label: string; role: string | null };
export type SheetChoice = {
  name: string;
  state: string;
  skipReason: string | null;
  header: { top: number; bottom: number; columns: MappedColumn[] } | null;
  preview: { row: number; cells: string[] }[];
};
export type ImportUploaded = {
  batch: ImportBatch;
  previous: PreviousImport[];
  format: "xlsx" | "csv";
  sheets: SheetChoice[];
  roles: { role: string; label: string }[];
};
export type ImportRow = {
  sheet: string;
  row: number;
  status: RowStatus;
  errors: { field: string; code: string; level: string; message: string }[];
  choice: DuplicateChoice | null;
  values: Record<string, string | number | null>;
};
export type SheetMapping = { headerRow?: number; columns: Record<string, string | null> };

const base = "/api/registry/imports";

export function uploadImport(form: FormData): Promise<ImportUploaded> {
  return api.upload<ImportUploaded>(base, form);
}

export const fetchImports = () => api.get<ImportBatch[]>(base);
export const fetchImport = (id: string) =>
  api.get<{ batch: ImportBatch; previous: PreviousImport[] }>(`${base}/${id}`);
export const startDryRun = (id: string, body: { sheets: string[]; mapping?: Record<string, SheetMapping> }) =>
  api.post<{ batchId: string; jobId: string }>(`${base}/${id}/dry-run`, body);
export const fetchRows = (id: string, query: { status?: RowStatus; offset?: number; limit?: number }) =>
  api.get<{ total: number; rows: ImportRow[] }>(`${base}/${id}/rows`, { query });
export type DuplicateChoice = "update" | "add_business" | "skip" | "review";
export type DuplicateChoices = {
  all?: DuplicateChoice;
  rows?: { sheet: string; row: number; choice: DuplicateChoice }[];
};

export const startCommit = (id: string, confirmDuplicate: boolean, duplicates?: DuplicateChoices) =>
  api.post<{ batchId: string; jobId: string }>(`${base}/${id}/commit`, { confirmDuplicate, duplicates });

/** Rows found in the register by the dry run (they take a choice at commit). */
export const IN_REGISTER_CODES = ["EXISTS_IN_REGISTER", "LIKELY_IN_REGISTER"];
/** A row held back because an earlier row of the file lists its NIK under another name. */
export const HELD_CODE = "NIK_OTHER_NAME_IN_FILE";
export const undoImport = (id: string) => api.post<ImportBatch>(`${base}/${id}/undo`);
export const errorReportUrl = (id: string) => `${base}/${id}/error-report.xlsx`;
