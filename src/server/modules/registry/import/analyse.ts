// Public entry of the import analysis (dry run): file → rows with status, reasons and normalised
// values, streamed so that 100,000 rows use flat memory. Used by the CLI, the background job (with
// progress) and the import screen.

import { createVillageMatcher, type RegionDirectory } from "../domain";
import type { FileContext } from "./analyse-sheet";
import { createDuplicateTracker } from "./duplicates";
import type { ColumnRole } from "./fields";
import { HTML_MESSAGE, OLE_MESSAGE, sniffFile } from "./file-kind";
import { failure, type ImportFailure, ImportFileError } from "./import-error";
import type { MappingOverride } from "./mapping";
import { openCsvRun, openXlsxRun, summarisedRows } from "./open-run";
import { loadRegionDirectory, normaliseRegencyCode } from "./region-loader";
import type { AnalysedRow } from "./row-result";
import type { ImportSummary } from "./summary";
import { guardSpreadsheet } from "./upload-guard";

export type ImportProgress = {
  readonly rowsDone: number;
  /** Exact for .xlsx (rows counted before reading), estimated from bytes for CSV. */
  readonly rowsTotalEstimate: number;
  readonly sheet: string | null;
};

export type AnalyseOptions = {
  /** A path, or the file's bytes (upload). */
  readonly file: string | Uint8Array;
  /** Original file name; its extension helps tell CSV from xlsx and names a CSV's sheet. */
  readonly fileName?: string;
  /** The uploading office's regency/city, e.g. "13.10" (villages are matched within it). */
  readonly regencyCode: string;
  /** Region data; loaded from idn-area-data when omitted. */
  readonly regions?: RegionDirectory;
  /** Import exactly these sheets (hidden ones included); default: every visible data sheet. */
  readonly sheets?: readonly string[];
  readonly mapping?: MappingOverride;
  /** Header label → role, remembered for the office from earlier confirmed mappings (rememberRoles). */
  readonly labelRoles?: Readonly<Record<string, ColumnRole | null>>;
  readonly onProgress?: (progress: ImportProgress) => void;
};

export type AnalysisRun = {
  readonly format: "xlsx" | "csv";
  /** Data rows in file order. Iterate once; throws ImportFileError if the file breaks mid-way. */
  readonly rows: AsyncIterable<AnalysedRow>;
  /** Totals so far (complete once rows are exhausted); sheet headers appear as sheets are reached. */
  summary(): ImportSummary;
};

export type StartOutcome =
  | { readonly ok: true; readonly run: AnalysisRun }
  | { readonly ok: false; readonly error: ImportFailure };

/** Validates the region and the file, then returns a run whose rows stream on iteration. */
export async function startAnalysis(options: AnalyseOptions): Promise<StartOutcome> {
  const regencyCode = normaliseRegencyCode(options.regencyCode);
  const regions = options.regions ?? (await loadRegionDirectory());
  const regencyName = regencyCode ? regions.regencyName(regencyCode) : null;
  if (!regencyCode || !regencyName) {
    const message = `Kode kabupaten/kota "${options.regencyCode}" tidak dikenal. Gunakan kode Kemendagri seperti 62.71 atau 13.10.`;
    return { ok: false, error: failure("REGENCY_UNKNOWN", message) };
  }
  const kind = await sniffFile(options.file).catch(() => null);
  if (kind === null) {
    return {
      ok: false,
      error: failure("FILE_UNREADABLE", "Berkas tidak ditemukan atau tidak dapat dibuka."),
    };
  }
  if (kind === "ole") return { ok: false, error: failure("FORMAT_UNSUPPORTED", OLE_MESSAGE) };
  if (kind === "html") return { ok: false, error: failure("FORMAT_UNSUPPORTED", HTML_MESSAGE) };
  const refused = await guardSpreadsheet(options.file);
  if (refused) return { ok: false, error: refused };
  const progress = createProgress(options.onProgress);
  const context: FileContext = {
    matchVillage: createVillageMatcher({
      villages: regions.villagesOfRegency(regencyCode),
      isKnownElsewhere: regions.hasVillageKey,
    }),
    isDistrictCode: regions.isDistrictCode,
    regencyName,
    isDate1904: false,
    duplicates: createDuplicateTracker(),
    onRowRead: progress.rowRead,
    labelRoles: options.labelRoles ? new Map(Object.entries(options.labelRoles)) : undefined,
  };
  try {
    const input = { ...options, context, progress };
    const source = kind === "zip" ? await openXlsxRun(input) : await openCsvRun(input);
    const rows = summarisedRows(source, { onSheet: progress.setSheet, onEnd: progress.finish });
    return { ok: true, run: { format: source.summary.format, summary: () => source.summary, rows } };
  } catch (err) {
    if (err instanceof ImportFileError) return { ok: false, error: failure(err.code, err.message) };
    throw err;
  }
}

/** Progress for the caller's callback, at most every 100 ms, plus a final report. */
function createProgress(onProgress: AnalyseOptions["onProgress"]) {
  let done = 0;
  let total = 0;
  let sheet: string | null = null;
  let last = 0;
  const report = (force: boolean) => {
    const now = Date.now();
    if (!onProgress || (!force && now - last < 100)) return;
    last = now;
    onProgress({ rowsDone: done, rowsTotalEstimate: Math.max(total, done), sheet });
  };
  return {
    rowRead: () => {
      done++;
      if ((done & 255) === 0) report(false);
    },
    rowsDone: () => done,
    setTotal: (value: number) => {
      total = value;
    },
    setSheet: (name: string) => {
      sheet = name;
    },
    finish: () => report(true),
  };
}

export type AnalyseOutcome =
  | { readonly ok: true; readonly summary: ImportSummary; readonly rows: AnalysedRow[] }
  | { readonly ok: false; readonly error: ImportFailure };

/** Whole analysis in memory (UI previews, tests, small files). For big files iterate startAnalysis. */
export async function analyseWorkbook(options: AnalyseOptions): Promise<AnalyseOutcome> {
  const started = await startAnalysis(options);
  if (!started.ok) return started;
  const rows: AnalysedRow[] = [];
  try {
    for await (const row of started.run.rows) rows.push(row);
  } catch (err) {
    if (err instanceof ImportFileError) return { ok: false, error: failure(err.code, err.message) };
    throw err;
  }
  return { ok: true, summary: started.run.summary(), rows };
}
