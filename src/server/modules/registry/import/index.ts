// Registry spreadsheet import, file side (no database): reads .xlsx (ExcelJS streaming, with the
// sheet layout read separately so hidden sheets/columns and merged cells are honoured) and .csv
// (UTF-8 or Windows-1252, comma or semicolon), finds the header, maps columns to the register's
// fields, and evaluates every data row into a status, reasons and normalised
// values. Also: header detection for the mapping screen, the xlsx error report, and the region
// directory loader (idn-area-data).

export type { AnalyseOptions, AnalyseOutcome, AnalysisRun, ImportProgress, StartOutcome } from "./analyse";
export { analyseWorkbook, startAnalysis } from "./analyse";
export type { DetectHeadersOutcome, SheetHeaders } from "./detect-headers";
export { detectHeaders } from "./detect-headers";
export type { ErrorReportOptions, ErrorReportWriter } from "./error-report";
export { createErrorReport } from "./error-report";
export type { CanonicalField, ColumnRole, RowValues } from "./fields";
export { CANONICAL_FIELDS, COLUMN_ROLES, isColumnRole, ROLE_LABELS } from "./fields";
export { csvSheetName } from "./file-kind";
export type { DetectedHeader, MappedColumn } from "./header-detect";
export { labelKey, rememberRoles } from "./header-detect";
export { roleOfHeader, roleOfLabel } from "./header-synonyms";
export type { ImportErrorCode, ImportFailure } from "./import-error";
export { ImportFileError } from "./import-error";
export type { MappingOverride, SheetMappingOverride } from "./mapping";
export { reasonMessage } from "./messages";
export { loadRegionDirectory, normaliseRegencyCode, regionDirectoryFrom } from "./region-loader";
export type { AnalysedRow, RowJson, RowReason } from "./row-result";
export { toRowJson } from "./row-result";
export type { SkipReason } from "./sheet-select";
export type { ImportSummary, SheetReport } from "./summary";
export { guardSpreadsheet, UPLOAD_LIMITS, type UploadLimits } from "./upload-guard";
