// One sheet as a titled table: the shape every report export shares (title, a line under it, bold
// header, rows, an optional bold first row for totals, frozen header).
import ExcelJS from "exceljs";

export type XlsxTable = {
  sheet: string;
  title: string;
  lines: readonly string[];
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>;
  /** The first data row is a total (bold). */
  totalFirst?: boolean;
  widths: readonly number[];
  /** Columns kept visible when scrolling right. */
  freezeColumns?: number;
};

export async function tableXlsx(table: XlsxTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Sinergi";
  const ws = wb.addWorksheet(table.sheet);
  ws.addRow([table.title]).font = { bold: true, size: 14 };
  for (const line of table.lines) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow([...table.header]).font = { bold: true };
  for (const [i, row] of table.rows.entries()) {
    const added = ws.addRow([...row]);
    if (i === 0 && table.totalFirst) added.font = { bold: true };
  }
  ws.columns.forEach((col, i) => {
    col.width = table.widths[i] ?? 16;
  });
  ws.views = [{ state: "frozen", ySplit: table.lines.length + 3, xSplit: table.freezeColumns ?? 0 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
