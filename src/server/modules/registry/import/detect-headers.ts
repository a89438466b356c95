// For the mapping screen: each sheet's detected header and column roles, with a few rows after
// it as a preview, without analysing the whole file. The user corrects the mapping and passes it
// back as `mapping` to the analysis.

import { cellText, collapseSpaces } from "../domain";
import { planWorkbook } from "./analyse-xlsx";
import { openCsv } from "./csv-reader";
import type { ColumnRole } from "./fields";
import { HTML_MESSAGE, OLE_MESSAGE, sniffFile } from "./file-kind";
import {
  type DetectedHeader,
  detectHeader,
  HEADER_SEARCH_ROWS,
  isDataHeader,
  type LabelRoles,
} from "./header-detect";
import { type ImportFailure, ImportFileError } from "./import-error";
import { createGrid, type GridRow } from "./sheet-grid";
import type { SkipReason } from "./sheet-select";
import { guardSpreadsheet } from "./upload-guard";
import type { SheetState } from "./xlsx-meta";
import { restreamWorkbook } from "./xlsx-restream";
import { streamXlsxSheets } from "./xlsx-rows";
import { bufferSource, fileSource, openZip } from "./zip-reader";

export type SheetHeaders = {
  readonly name: string;
  readonly state: SheetState;
  /** Why the sheet would not be imported by default; null when it would. */
  readonly skipReason: SkipReason | null;
  readonly header: DetectedHeader | null;
  /** Up to five rows after the header, as text by column index (1-based; index 0 unused). */
  readonly preview: readonly { readonly row: number; readonly cells: readonly string[] }[];
};

export type DetectHeadersOutcome =
  | { readonly ok: true; readonly format: "xlsx" | "csv"; readonly sheets: readonly SheetHeaders[] }
  | { readonly ok: false; readonly error: ImportFailure };

function describe(
  name: string,
  state: SheetState,
  skip: SkipReason | null,
  rows: readonly GridRow[],
  known: LabelRoles | undefined,
): SheetHeaders {
  const header = detectHeader(rows, known);
  const preview = rows
    .filter((r) => r.number > (header?.bottom ?? 0))
    .slice(0, 5)
    .map((r) => ({ row: r.number, cells: r.cells.map((c) => collapseSpaces(cellText(c))) }));
  const reason = skip ?? (header && isDataHeader(header.columns) ? null : "no_header");
  return { name, state, skipReason: reason, header, preview };
}

async function firstRows(rows: AsyncIterable<GridRow>): Promise<GridRow[]> {
  const out: GridRow[] = [];
  for await (const row of rows) {
    out.push(row);
    if (out.length >= HEADER_SEARCH_ROWS + 5) break;
  }
  return out;
}

/** Detected header and mapping of every sheet (skipped ones included, so the user can pick them). */
export async function detectHeaders(options: {
  readonly file: string | Uint8Array;
  readonly fileName?: string;
  /** Header label → role remembered for the office (rememberRoles of an earlier mapping). */
  readonly labelRoles?: Readonly<Record<string, ColumnRole | null>>;
}): Promise<DetectHeadersOutcome> {
  const known = options.labelRoles ? new Map(Object.entries(options.labelRoles)) : undefined;
  try {
    const kind = await sniffFile(options.file);
    if (kind === "ole") return { ok: false, error: { code: "FORMAT_UNSUPPORTED", message: OLE_MESSAGE } };
    if (kind === "html") return { ok: false, error: { code: "FORMAT_UNSUPPORTED", message: HTML_MESSAGE } };
    const refused = await guardSpreadsheet(options.file);
    if (refused) return { ok: false, error: refused };
    const isCsv = kind === "text";
    if (isCsv) {
      const csv = await openCsv(options.file);
      const grid = createGrid({ hiddenColumns: [], merges: [], rowCount: 0, isHidden: () => false });
      const rows = (async function* () {
        for await (const row of csv.rows()) yield grid(row.number, row.cells);
      })();
      const name = (options.fileName ?? "berkas").replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
      return {
        ok: true,
        format: "csv",
        sheets: [describe(name, "visible", null, await firstRows(rows), known)],
      };
    }
    const plan = await planWorkbook(options.file, undefined, true);
    const all = plan.sheets;
    const readable = all.filter((s) => s.layout && s.layout.rowCount > 0).map((s) => s.choice.sheet);
    const zip = await openZip(
      typeof options.file === "string" ? await fileSource(options.file) : bufferSource(options.file),
    );
    const found = new Map<string, GridRow[]>();
    try {
      const source = restreamWorkbook({
        zip,
        sheets: readable,
        isDate1904: plan.isDate1904,
        parts: plan.parts,
      });
      for await (const sheet of streamXlsxSheets(source, () => true)) {
        const layout = all.find((s) => s.choice.sheet.name === sheet.name)?.layout;
        if (!layout) continue;
        const grid = createGrid(layout);
        const rows = (async function* () {
          for await (const row of sheet.rows) yield grid(row.number, row.cells);
        })();
        found.set(sheet.name, await firstRows(rows));
      }
      source.destroy();
    } finally {
      await zip.close();
    }
    const sheets = all.map(({ choice }) =>
      describe(
        choice.sheet.name,
        choice.sheet.state,
        choice.kind === "skip" ? choice.reason : null,
        found.get(choice.sheet.name) ?? [],
        known,
      ),
    );
    return { ok: true, format: "xlsx", sheets };
  } catch (err) {
    if (err instanceof ImportFileError) return { ok: false, error: { code: err.code, message: err.message } };
    throw err;
  }
}
