// Builds the row stream and summary of a run for each file kind.

import { analyseSheet, type FileContext, type SheetEvent } from "./analyse-sheet";
import { analyseXlsx, planWorkbook } from "./analyse-xlsx";
import { openCsv } from "./csv-reader";
import { csvSheetName } from "./file-kind";
import type { MappingOverride } from "./mapping";
import type { AnalysedRow } from "./row-result";
import { createGrid } from "./sheet-grid";
import { countRow, type ImportSummary, newSheetReport } from "./summary";

export type RunSource = { readonly summary: ImportSummary; readonly events: AsyncIterable<SheetEvent> };

export type ProgressHooks = {
  setTotal(total: number): void;
  rowsDone(): number;
};

const emptySummary = (format: "xlsx" | "csv"): ImportSummary => ({
  format,
  rows_total: 0,
  rows_valid: 0,
  rows_warning: 0,
  rows_rejected: 0,
  sheets: [],
  reasons: {},
  csv: null,
});

export async function openXlsxRun(input: {
  readonly file: string | Uint8Array;
  readonly sheets?: readonly string[];
  readonly mapping?: MappingOverride;
  readonly context: FileContext;
  readonly progress: ProgressHooks;
}): Promise<RunSource> {
  const plan = await planWorkbook(input.file, input.sheets);
  input.progress.setTotal(plan.totalRows);
  const summary = emptySummary("xlsx");
  for (const { choice } of plan.sheets) {
    summary.sheets.push(
      newSheetReport(choice.sheet.name, choice.sheet.state, choice.kind === "skip" ? choice.reason : null),
    );
  }
  const context = { ...input.context, isDate1904: plan.isDate1904 };
  return { summary, events: analyseXlsx({ file: input.file, plan, mapping: input.mapping, context }) };
}

export async function openCsvRun(input: {
  readonly file: string | Uint8Array;
  readonly fileName?: string;
  readonly mapping?: MappingOverride;
  readonly context: FileContext;
  readonly progress: ProgressHooks;
}): Promise<RunSource> {
  const csv = await openCsv(input.file);
  const name = csvSheetName(input.fileName ?? (typeof input.file === "string" ? input.file : undefined));
  const summary = { ...emptySummary("csv"), csv: { encoding: csv.encoding, separator: csv.separator } };
  summary.sheets.push(newSheetReport(name, "visible", null));
  // Rows are unknown until the end: estimate from the bytes read so far.
  input.progress.setTotal(Math.max(1, Math.round(csv.sizeBytes / 150)));
  const grid = createGrid({ hiddenColumns: [], merges: [], rowCount: 0, isHidden: () => false });
  const onBytes = (bytes: number) => {
    const done = input.progress.rowsDone();
    if (done > 0)
      input.progress.setTotal(Math.max(done, Math.round((done * csv.sizeBytes) / Math.max(bytes, 1))));
  };
  const rows = (async function* () {
    for await (const row of csv.rows(onBytes)) yield grid(row.number, row.cells);
  })();
  return {
    summary,
    events: analyseSheet({ name, rows, override: input.mapping?.[name], file: input.context }),
  };
}

/** Rows of a run; sheet events update the summary (headers, skipped sheets) as they come. */
export async function* summarisedRows(
  source: RunSource,
  hooks: { readonly onSheet: (name: string) => void; readonly onEnd: () => void },
): AsyncGenerator<AnalysedRow> {
  const { summary } = source;
  for await (const event of source.events) {
    if (event.type === "row") {
      countRow(summary, event.row);
      yield event.row;
      continue;
    }
    hooks.onSheet(event.name);
    const sheet = summary.sheets.find((s) => s.name === event.name);
    if (!sheet) continue;
    sheet.header = event.outcome.header;
    if (event.outcome.kind === "no_header") [sheet.status, sheet.reason] = ["skipped", "no_header"];
  }
  hooks.onEnd();
}
