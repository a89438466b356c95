// Streams the rows of an .xlsx through ExcelJS's WorkbookReader (shared strings cached, styles
// cached so that date cells arrive as dates). The input is the rewritten package of
// xlsx-restream.ts, which holds only the wanted sheets.

import type { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { EMPTY_CELL, type RawCell } from "../domain";
import { toRawCell } from "./xlsx-cells";

export type StreamedRow = { readonly number: number; readonly cells: RawCell[] };
export type StreamedSheet = { readonly name: string; readonly rows: AsyncIterable<StreamedRow> };

type SheetReader = AsyncIterable<ExcelJS.Row> & { name?: string; iterator?: { destroy?: () => void } };

export async function* streamXlsxSheets(
  source: Readable,
  wanted: (name: string) => boolean,
): AsyncGenerator<StreamedSheet> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(source, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as SheetReader;
    const name = sheet.name ?? "";
    if (!wanted(name)) {
      // Skipped sheets buffered by ExcelJS in a temp file would keep their file open.
      sheet.iterator?.destroy?.();
      continue;
    }
    yield { name, rows: rowsOf(sheet) };
  }
}

async function* rowsOf(sheet: SheetReader): AsyncGenerator<StreamedRow> {
  for await (const row of sheet) {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col] = toRawCell(cell.value);
    });
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = EMPTY_CELL;
    yield { number: row.number, cells };
  }
}
