// An .xlsx workbook: read sheet list and layouts (hidden columns, merges) with the zip reader, then
// stream the chosen sheets' rows through ExcelJS and the sheet analyser.

import { analyseSheet, type FileContext, type SheetEvent } from "./analyse-sheet";
import { ImportFileError } from "./import-error";
import type { MappingOverride } from "./mapping";
import { createGrid, type GridRow } from "./sheet-grid";
import { chooseSheets, type SheetChoice } from "./sheet-select";
import { readWorkbookInfo, type SheetEntry, type SheetLayout, scanSheetLayout } from "./xlsx-meta";
import { type PackageParts, restreamWorkbook } from "./xlsx-restream";
import { type StreamedRow, streamXlsxSheets } from "./xlsx-rows";
import { bufferSource, fileSource, openZip, type ZipArchive } from "./zip-reader";

export type PlannedSheet = { readonly choice: SheetChoice; readonly layout: SheetLayout | null };

export type WorkbookPlan = {
  readonly sheets: readonly PlannedSheet[];
  readonly isDate1904: boolean;
  readonly parts: PackageParts;
  readonly totalRows: number;
};

const UNREADABLE =
  "Berkas tidak dapat dibaca sebagai Excel .xlsx (rusak, terkunci kata sandi, atau bukan .xlsx). Buka di Excel lalu simpan ulang sebagai Excel Workbook (.xlsx).";

async function openArchive(input: string | Uint8Array): Promise<ZipArchive> {
  try {
    return await openZip(typeof input === "string" ? await fileSource(input) : bufferSource(input));
  } catch {
    throw new ImportFileError("FILE_UNREADABLE", UNREADABLE);
  }
}

/**
 * Sheet list, choices and layouts (of the sheets to read, or of all with `scanAll`); throws
 * ImportFileError for unreadable files or missing sheets.
 */
export async function planWorkbook(
  input: string | Uint8Array,
  requested?: readonly string[],
  scanAll = false,
): Promise<WorkbookPlan> {
  const zip = await openArchive(input);
  try {
    const info = await readWorkbookInfo(zip).catch(() => null);
    if (!info || info.sheets.length === 0) throw new ImportFileError("FILE_UNREADABLE", UNREADABLE);
    const { choices, missing } = chooseSheets(info.sheets, requested);
    if (missing.length > 0) {
      const names = info.sheets.map((s) => `"${s.name}"`).join(", ");
      throw new ImportFileError(
        "SHEET_NOT_FOUND",
        `Sheet ${missing.map((m) => `"${m}"`).join(", ")} tidak ada. Sheet yang ada: ${names}.`,
      );
    }
    const sheets: PlannedSheet[] = [];
    for (const choice of choices) {
      if (choice.kind === "skip" && !scanAll) {
        sheets.push({ choice, layout: null });
        continue;
      }
      const layout = await scanSheetLayout(zip, choice.sheet.path).catch(() => {
        throw new ImportFileError("FILE_UNREADABLE", UNREADABLE);
      });
      const empty = choice.kind === "read" && layout.rowCount === 0 && !choice.explicit;
      sheets.push({
        choice: empty ? { kind: "skip", sheet: choice.sheet, reason: "empty" } : choice,
        layout,
      });
    }
    const totalRows = sheets.reduce(
      (n, s) => n + (s.choice.kind === "read" ? (s.layout?.rowCount ?? 0) : 0),
      0,
    );
    return { sheets, isDate1904: info.isDate1904, parts: info.parts, totalRows };
  } finally {
    await zip.close();
  }
}

async function* gridRows(rows: AsyncIterable<StreamedRow>, layout: SheetLayout): AsyncGenerator<GridRow> {
  const grid = createGrid(layout);
  for await (const row of rows) yield grid(row.number, row.cells);
}

/** Streams the planned sheets (in the file's order) through the sheet analyser. */
export async function* analyseXlsx(input: {
  readonly file: string | Uint8Array;
  readonly plan: WorkbookPlan;
  readonly mapping?: MappingOverride;
  readonly context: FileContext;
}): AsyncGenerator<SheetEvent> {
  const layouts = new Map<string, SheetLayout>();
  const wanted: SheetEntry[] = [];
  for (const s of input.plan.sheets) {
    if (s.choice.kind !== "read" || !s.layout) continue;
    layouts.set(s.choice.sheet.name, s.layout);
    wanted.push(s.choice.sheet);
  }
  const zip = await openArchive(input.file);
  const source = restreamWorkbook({
    zip,
    sheets: wanted,
    isDate1904: input.plan.isDate1904,
    parts: input.plan.parts,
  });
  try {
    for await (const sheet of streamXlsxSheets(source, (name) => layouts.has(name))) {
      const layout = layouts.get(sheet.name);
      if (!layout) continue;
      yield* analyseSheet({
        name: sheet.name,
        rows: gridRows(sheet.rows, layout),
        override: input.mapping?.[sheet.name],
        file: input.context,
      });
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(
      "FILE_UNREADABLE",
      `${UNREADABLE} (${err instanceof Error ? err.message : String(err)})`,
    );
  } finally {
    source.destroy();
    await zip.close();
  }
}
