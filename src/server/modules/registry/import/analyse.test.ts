import { beforeAll, describe, expect, it } from "vitest";
import { analyseWorkbook } from "./analyse";
import { buildMessyWorkbook, EXPECTED, MESSY_REGENCY } from "./fixtures/messy-workbook";
import type { AnalysedRow } from "./row-result";
import type { ImportSummary } from "./summary";

let rows: AnalysedRow[] = [];
let summary: ImportSummary;

beforeAll(async () => {
  const file = await buildMessyWorkbook();
  const outcome = await analyseWorkbook({ file, fileName: "umkm.xlsx", regencyCode: MESSY_REGENCY });
  if (!outcome.ok) throw new Error(outcome.error.message);
  rows = outcome.rows;
  summary = outcome.summary;
}, 60_000);

const find = (sheet: string, row: number) => rows.find((r) => r.sheet === sheet && r.row === row);

describe("messy workbook (Palangka Raya)", () => {
  it("reports exactly the data rows, in order", () => {
    expect(rows.map((r) => `${r.sheet}!${r.row}`)).toEqual(EXPECTED.map((e) => `${e.sheet}!${e.row}`));
  });

  it.each(EXPECTED)("$sheet row $row → $status $codes", (expected) => {
    const row = find(expected.sheet, expected.row);
    expect(row?.status).toBe(expected.status);
    const codes = row?.errors.map((e) => e.code) ?? [];
    for (const code of expected.codes) expect(codes).toContain(code);
    if (expected.status === "valid") {
      expect(row?.errors.every((e) => e.level === "info")).toBe(true);
    }
  });

  it("normalises the first row's values", () => {
    expect(find("Kec. Pahandut", 7)?.values).toEqual({
      nik: "6271015205800003",
      no_kk: "6271010101100001",
      nama: "Hj. Siti Aminah",
      jenis_kelamin: "P",
      tempat_lahir: "Palangka Raya",
      tanggal_lahir: "1980-05-12",
      alamat: "Jl. Tjilik Riwut Km 5",
      rt: "002",
      rw: "005",
      kode_wilayah: "62.71.01.1003",
      no_hp: "+6281234567890",
      nama_usaha: "Jahit Berkah",
      bidang_usaha: "Konveksi",
      nib: "9120001234567",
      omzet_sebelum: 1_500_000,
      omzet_sesudah: 750_000,
      jumlah_karyawan: 3,
      terdampak: "Ya",
      kendala: "Bahan baku karet elastis langka",
    });
  });

  it("reads the second sheet's single-row header, date cells, serials and numbers", () => {
    expect(find("Kec. Jekan Raya", 4)?.values).toMatchObject({
      tanggal_lahir: "1985-03-15",
      rt: "002",
      rw: "007",
      kode_wilayah: "62.71.03.1002",
      omzet_sebelum: 3_000_000,
      jenis_kelamin: "P",
    });
    expect(find("Kec. Jekan Raya", 5)?.values).toMatchObject({
      nik: "6271030107700004",
      tanggal_lahir: "1970-07-01",
      no_hp: "+6281234567891",
      omzet_sebelum: 1_500_000,
      omzet_sesudah: 2_000_000,
      jumlah_karyawan: 1,
      terdampak: "Tidak",
    });
  });

  it("vertical merges and ditto marks carry the village down", () => {
    for (const row of [10, 11, 12, 13])
      expect(find("Kec. Pahandut", row)?.values.kode_wilayah).toBe("62.71.01.1003");
  });

  it("stores unreadable fields empty and keeps the rest", () => {
    expect(find("Kec. Pahandut", 10)?.values).toMatchObject({
      tanggal_lahir: null,
      tempat_lahir: "Palangka Raya",
    });
    expect(find("Kec. Pahandut", 11)?.values).toMatchObject({ no_hp: null, nama: "Rudi Hartono" });
    expect(find("Kec. Pahandut", 12)?.values).toMatchObject({ omzet_sebelum: null, omzet_sesudah: 750_000 });
    expect(find("Kec. Pahandut", 22)?.values.no_kk).toBeNull();
    expect(find("Kec. Pahandut", 8)?.values.nik).toBeNull();
  });

  it("tells the clerk how to fix a precision-loss NIK, in Indonesian", () => {
    const message =
      find("Kec. Pahandut", 8)?.errors.find((e) => e.code === "NIK_PRECISION_LOSS")?.message ?? "";
    expect(message).toMatch(/Teks/);
    expect(message).toMatch(/ketik ulang/);
  });

  it("summarises sheets: imported, summary, instructions, hidden, empty", () => {
    const bySheet = Object.fromEntries(
      summary.sheets.map((s) => [s.name, s.status === "imported" ? "imported" : s.reason]),
    );
    expect(bySheet).toEqual({
      Petunjuk: "instructions",
      "Kec. Pahandut": "imported",
      "Kec. Jekan Raya": "imported",
      Rekap: "summary",
      "Data Lama": "hidden",
      Sheet3: "empty",
    });
    expect(summary.rows_total).toBe(EXPECTED.length);
    expect(summary.rows_valid + summary.rows_warning + summary.rows_rejected).toBe(EXPECTED.length);
  });

  it("the hidden NIK LAMA column is not mapped", () => {
    const header = summary.sheets.find((s) => s.name === "Kec. Pahandut")?.header;
    expect(header?.columns.find((c) => c.index === 3)).toBeUndefined();
    expect(header?.columns.find((c) => c.role === "nik")?.index).toBe(4);
    expect(header).toMatchObject({ top: 4, bottom: 5 });
  });
});
