// The downloadable error report: one sheet per imported sheet, with the row number, status and
// reasons in front of the row's original cells under the original header. Written with ExcelJS's
// streaming writer, row by row, so it follows the analysis without holding rows in memory.

import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { RawCell } from "../domain";
import type { AnalysedRow } from "./row-result";
import type { SheetReport } from "./summary";

export type ErrorReportOptions = {
  /** A path or a writable stream (HTTP response, database large object...). */
  readonly output: string | Writable;
  /** "problems" (default): rejected and warning rows; "all": every data row. */
  readonly include?: "problems" | "all";
};

export type ErrorReportWriter = {
  /** Adds a row; `sheet` gives the header of the row's sheet (from the run's summary). */
  add(row: AnalysedRow, sheet: SheetReport | undefined): void;
  /** Finishes the file; resolves when it is fully written. */
  close(): Promise<void>;
  readonly rowsWritten: number;
};

const STATUS_LABEL = { valid: "Valid", warning: "Peringatan", rejected: "Ditolak" } as const;
const STATUS_FILL = { valid: "FFC6EFCE", warning: "FFFFEB9C", rejected: "FFFFC7CE" } as const;
const TEXT_ROLES = new Set(["nik", "no_kk", "no_hp", "nib"]);

/** A cell as written back; identifiers (NIK, No. KK, phone, NIB) always as text, never 6.27E+15. */
function cellValue(cell: RawCell | undefined, isText: boolean): ExcelJS.CellValue {
  if (!cell) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      return cell.text;
    case "number":
      if (!isText) return cell.value;
      return Number.isInteger(cell.value) ? cell.value.toFixed(0) : String(cell.value);
    case "bool":
      return cell.value;
    case "date":
      return new Date(`${cell.iso}T00:00:00Z`);
  }
}

const safeSheetName = (name: string, taken: Set<string>) => {
  const base = name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet";
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
};

export function createErrorReport(options: ErrorReportOptions): ErrorReportWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    ...(typeof options.output === "string" ? { filename: options.output } : { stream: options.output }),
    useStyles: true,
    useSharedStrings: false,
  });
  const taken = new Set<string>();
  let current: { name: string; sheet: ExcelJS.Worksheet; width: number; text: Set<number> } | null = null;
  let written = 0;

  const open = (row: AnalysedRow, report: SheetReport | undefined) => {
    current?.sheet.commit();
    const columns = report?.header?.columns ?? [];
    const width = Math.max(row.source.length - 1, ...columns.map((c) => c.index), 0);
    const sheet = workbook.addWorksheet(safeSheetName(row.sheet, taken), {
      views: [{ state: "frozen", ySplit: 1 }],
    });
    sheet.columns = [
      { header: "Baris", width: 7 },
      { header: "Status", width: 12 },
      { header: "Alasan", width: 60 },
      ...Array.from({ length: width }, (_, i) => {
        const column = columns.find((c) => c.index === i + 1);
        return {
          header: column?.label ?? "",
          width: 18,
          style: column?.role && TEXT_ROLES.has(column.role) ? { numFmt: "@" } : {},
        };
      }),
    ];
    sheet.getRow(1).font = { bold: true };
    const text = new Set(columns.filter((c) => c.role && TEXT_ROLES.has(c.role)).map((c) => c.index));
    current = { name: row.sheet, sheet, width, text };
  };

  return {
    add(row, report) {
      if ((options.include ?? "problems") === "problems" && row.status === "valid") return;
      if (!current || current.name !== row.sheet) open(row, report);
      const target = current as NonNullable<typeof current>;
      const reasons = [...row.errors, ...row.notes].map((e) => `${e.code}: ${e.message}`).join("\n");
      const cells = Array.from({ length: target.width }, (_, i) =>
        cellValue(row.source[i + 1], target.text.has(i + 1)),
      );
      const added = target.sheet.addRow([row.row, STATUS_LABEL[row.status], reasons, ...cells]);
      added.getCell(2).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: STATUS_FILL[row.status] },
      };
      added.getCell(3).alignment = { wrapText: true, vertical: "top" };
      added.commit();
      written++;
    },
    async close() {
      if (!current) {
        const sheet = workbook.addWorksheet("Laporan");
        sheet.addRow(["Tidak ada baris bermasalah."]).commit();
      }
      current?.sheet.commit();
      await workbook.commit();
    },
    get rowsWritten() {
      return written;
    },
  };
}
