import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { toCell } from "../domain";
import { createErrorReport } from "./error-report";
import type { AnalysedRow } from "./row-result";
import { newSheetReport } from "./summary";

describe("the import error report", () => {
  it("writes NIK, No. KK and phone numbers typed as numbers back as text, not 6.27E+15", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "laporan-")), "laporan.xlsx");
    const report = createErrorReport({ output: file });
    const sheet = newSheetReport("Data", "visible", null);
    sheet.header = {
      top: 1,
      bottom: 1,
      columns: [
        { index: 1, letter: "A", label: "Nama", role: "nama" },
        { index: 2, letter: "B", label: "NIK", role: "nik" },
        { index: 3, letter: "C", label: "No KK", role: "no_kk" },
        { index: 4, letter: "D", label: "Omzet", role: null },
      ],
    };
    const row: AnalysedRow = {
      sheet: "Data",
      row: 2,
      status: "rejected",
      errors: [{ code: "NIK_PRECISION_LOST", message: "NIK tersimpan sebagai angka" } as never],
      notes: [],
      values: {} as never,
      source: [
        toCell(null),
        toCell("Siti"),
        toCell(6271014101900000),
        toCell(6271010101080012),
        toCell(1500000),
      ],
    };
    report.add(row, sheet);
    await report.close();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const written = book.worksheets[0]?.getRow(2);
    expect(written?.getCell(5).value).toBe("6271014101900000");
    expect(written?.getCell(6).value).toBe("6271010101080012");
    expect(written?.getCell(7).value).toBe(1500000);
  });
});
