// Reads an uploaded xlsx or CSV into rows keyed by field, finding the header row by known column
// names (the ministry's and banks' files vary). Identifier cells keep whether they were numeric:
// a NIK stored as a number has already lost digits and is a finding, not a value.
import ExcelJS from "exceljs";
import { guardSpreadsheet, UPLOAD_LIMITS } from "../../registry";
import { aidError } from "../errors";

export type SheetCell = { text: string; isNumber: boolean };
export type SheetRow = { row: number; cells: Map<string, SheetCell> };

export type FieldSynonyms = Record<string, readonly string[]>;

const fold = (s: string): string =>
  s
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();

function cellOf(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return { text: "", isNumber: false };
  if (typeof value === "number")
    return { text: Number.isInteger(value) ? value.toFixed(0) : String(value), isNumber: true };
  if (typeof value === "string") return { text: value.trim(), isNumber: false };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", isNumber: false };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10), isNumber: false };
  if (typeof value === "object" && "richText" in value)
    return {
      text: value.richText
        .map((r) => r.text)
        .join("")
        .trim(),
      isNumber: false,
    };
  if (typeof value === "object" && "result" in value) return cellOf(value.result as ExcelJS.CellValue);
  if (typeof value === "object" && "text" in value)
    return { text: String(value.text).trim(), isNumber: false };
  return { text: String(value).trim(), isNumber: false };
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const sep = (text.split("\n")[0] ?? "").includes(";") ? ";" : ",";
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

// Aid lists are read whole into memory (ExcelJS non-streaming): far smaller caps than the register.
const AID_SHEET_LIMITS = { ...UPLOAD_LIMITS, maxExpandedBytes: 64 * 1024 * 1024, maxRows: 50_000 };

async function gridOf(data: Buffer, fileName: string): Promise<SheetCell[][]> {
  const refused = await guardSpreadsheet(data, AID_SHEET_LIMITS);
  if (refused) {
    throw aidError("AID_FILE_REFUSED", {
      text: {
        id: refused.message,
        en: "The file is refused (not xlsx/CSV, too large when opened, or too many rows).",
      },
      details: { reason: refused.code },
    });
  }
  if (/\.csv$/i.test(fileName) || !(data[0] === 0x50 && data[1] === 0x4b)) {
    return parseCsv(data.toString("utf8").replace(/^\uFEFF/, "")).map((r) =>
      r.map((t) => ({ text: t.trim(), isNumber: false })),
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw aidError("AID_FILE_UNREADABLE");
  }
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const grid: SheetCell[][] = [];
  ws.eachRow({ includeEmpty: true }, (r, n) => {
    const cells: SheetCell[] = [];
    for (let c = 1; c <= r.cellCount; c++) cells.push(cellOf(r.getCell(c).value));
    grid[n - 1] = cells;
  });
  return Array.from(grid, (r) => r ?? []);
}

/** Reads rows under the first header row (within 15 rows) that names every required field. */
export async function readSheet(o: {
  data: Buffer;
  fileName: string;
  fields: FieldSynonyms;
  required: readonly string[];
}): Promise<SheetRow[]> {
  const grid = await gridOf(o.data, o.fileName);
  const syn = Object.entries(o.fields).map(([field, names]) => [field, names.map(fold)] as const);
  for (let h = 0; h < Math.min(grid.length, 15); h++) {
    const header = (grid[h] ?? []).map((c) => fold(c.text));
    const columns = new Map<string, number>();
    for (const [field, names] of syn) {
      const at = header.findIndex((x) => names.includes(x));
      if (at >= 0) columns.set(field, at);
    }
    if (!o.required.every((f) => columns.has(f))) continue;
    const rows: SheetRow[] = [];
    for (let r = h + 1; r < grid.length; r++) {
      const line = grid[r] ?? [];
      if (line.every((c) => c.text === "")) continue;
      const cells = new Map<string, SheetCell>();
      for (const [field, at] of columns) cells.set(field, line[at] ?? { text: "", isNumber: false });
      rows.push({ row: r + 1, cells });
    }
    return rows;
  }
  throw aidError("AID_FILE_COLUMNS", {
    text: {
      id: `Kolom wajib tidak ditemukan: ${o.required.join(", ")}.`,
      en: `Required columns not found: ${o.required.join(", ")}.`,
    },
  });
}

export const textOf = (row: SheetRow, field: string): string | null => {
  const t = row.cells.get(field)?.text ?? "";
  return t === "" ? null : t;
};
export const isNumberCell = (row: SheetRow, field: string): boolean =>
  row.cells.get(field)?.isNumber ?? false;
