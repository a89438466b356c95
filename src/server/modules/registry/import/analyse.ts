// Public entry of the import analysis (dry run): file → rows with status, reasons and normalised
// values, streamed so that 100,000 rows use flat memory. Used by the CLI, the background job (with
// progress) and the import screen.

import { open } from "node:fs/promises";
import { createVillageMatcher, type RegionDirectory } from "../domain";
import type { FileContext, SheetEvent } from "./analyse-sheet";
import { analyseSheet } from "./analyse-sheet";
import { analyseXlsx, planWorkbook } from "./analyse-xlsx";
import { openCsv } from "./csv-reader";
import { createDuplicateTracker } from "./duplicates";
import { failure, type ImportFailure, ImportFileError } from "./import-error";
import type { MappingOverride } from "./mapping";
import { loadRegionDirectory, normaliseRegencyCode } from "./region-loader";
import type { AnalysedRow } from "./row-result";
import { createGrid } from "./sheet-grid";
import { countRow, type ImportSummary, newSheetReport } from "./summary";

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

async function sniff(file: string | Uint8Array): Promise<"zip" | "ole" | "text"> {
  let head: Uint8Array;
  if (typeof file === "string") {
    const handle = await open(file, "r");
    try {
      head = new Uint8Array(8);
      await handle.read(head, 0, 8, 0);
    } finally {
      await handle.close();
    }
  } else head = file.subarray(0, 8);
  if (head[0] === 0x50 && head[1] === 0x4b) return "zip";
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return "ole";
  return "text";
}

function sheetNameOf(fileName: string | undefined): string {
  const base = (fileName ?? "berkas.csv").split(/[\\/]/).pop() ?? "berkas.csv";
  return base.replace(/\.[^.]+$/, "") || base;
}

/** Validates the region and the file, then returns a run whose rows stream on iteration. */
export async function startAnalysis(options: AnalyseOptions): Promise<StartOutcome> {
  const regencyCode = normaliseRegencyCode(options.regencyCode);
  const regions = options.regions ?? (await loadRegionDirectory());
  const regencyName = regencyCode ? regions.regencyName(regencyCode) : null;
  if (!regencyCode || !regencyName) {
    return {
      ok: false,
      error: failure(
        "REGENCY_UNKNOWN",
        `Kode kabupaten/kota "${options.regencyCode}" tidak dikenal. Gunakan kode Kemendagri seperti 62.71 atau 13.10.`,
      ),
    };
  }
  const kind = await sniff(options.file).catch(() => null);
  if (kind === null)
    return {
      ok: false,
      error: failure("FILE_UNREADABLE", "Berkas tidak ditemukan atau tidak dapat dibuka."),
    };
  if (kind === "ole") {
    return {
      ok: false,
      error: failure(
        "FORMAT_UNSUPPORTED",
        "Format .xls lama (atau .xlsx berkata sandi) tidak didukung. Buka di Excel lalu simpan sebagai Excel Workbook (.xlsx) tanpa kata sandi.",
      ),
    };
  }
  let done = 0;
  let total = 0;
  let currentSheet: string | null = null;
  let lastReport = 0;
  const report = (force = false) => {
    const now = Date.now();
    if (!options.onProgress || (!force && now - lastReport < 100)) return;
    lastReport = now;
    options.onProgress({ rowsDone: done, rowsTotalEstimate: Math.max(total, done), sheet: currentSheet });
  };
  const context: FileContext = {
    matchVillage: createVillageMatcher({
      villages: regions.villagesOfRegency(regencyCode),
      isKnownElsewhere: regions.hasVillageKey,
    }),
    isDistrictCode: regions.isDistrictCode,
    regencyName,
    isDate1904: false,
    duplicates: createDuplicateTracker(),
    onRowRead: () => {
      done++;
      if ((done & 255) === 0) report();
    },
  };
  try {
    if (kind === "zip") {
      const plan = await planWorkbook(options.file, options.sheets);
      total = plan.totalRows;
      const summary: ImportSummary = {
        format: "xlsx",
        rows_total: 0,
        rows_valid: 0,
        rows_warning: 0,
        rows_rejected: 0,
        sheets: [],
        reasons: {},
        csv: null,
      };
      for (const s of plan.sheets) {
        summary.sheets.push(
          newSheetReport(
            s.choice.sheet.name,
            s.choice.sheet.state,
            s.choice.kind === "skip" ? s.choice.reason : null,
          ),
        );
      }
      const events = analyseXlsx({
        file: options.file,
        plan,
        mapping: options.mapping,
        context: { ...context, isDate1904: plan.isDate1904 },
      });
      return {
        ok: true,
        run: {
          format: "xlsx",
          summary: () => summary,
          rows: collect(
            events,
            summary,
            (s) => (currentSheet = s),
            () => report(true),
          ),
        },
      };
    }
    const csv = await openCsv(options.file);
    const name = sheetNameOf(
      options.fileName ?? (typeof options.file === "string" ? options.file : undefined),
    );
    const summary: ImportSummary = {
      format: "csv",
      rows_total: 0,
      rows_valid: 0,
      rows_warning: 0,
      rows_rejected: 0,
      sheets: [newSheetReport(name, "visible", null)],
      reasons: {},
      csv: { encoding: csv.encoding, separator: csv.separator },
    };
    total = Math.max(1, Math.round(csv.sizeBytes / 150));
    const grid = createGrid({ hiddenColumns: [], merges: [], rowCount: 0, isHidden: () => false });
    const rows = (async function* () {
      for await (const row of csv.rows(
        (bytes) => (total = Math.max(done, Math.round((done * csv.sizeBytes) / Math.max(bytes, 1)))),
      )) {
        yield grid(row.number, row.cells);
      }
    })();
    const events = analyseSheet({ name, rows, override: options.mapping?.[name], file: context });
    return {
      ok: true,
      run: {
        format: "csv",
        summary: () => summary,
        rows: collect(
          events,
          summary,
          (s) => (currentSheet = s),
          () => report(true),
        ),
      },
    };
  } catch (err) {
    if (err instanceof ImportFileError) return { ok: false, error: failure(err.code, err.message) };
    throw err;
  }
}

async function* collect(
  events: AsyncIterable<SheetEvent>,
  summary: ImportSummary,
  onSheet: (name: string) => void,
  onEnd: () => void,
): AsyncGenerator<AnalysedRow> {
  for await (const event of events) {
    if (event.type === "row") {
      countRow(summary, event.row);
      yield event.row;
      continue;
    }
    onSheet(event.name);
    const sheet = summary.sheets.find((s) => s.name === event.name);
    if (!sheet) continue;
    sheet.header = event.outcome.header;
    if (event.outcome.kind === "no_header") [sheet.status, sheet.reason] = ["skipped", "no_header"];
  }
  onEnd();
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
