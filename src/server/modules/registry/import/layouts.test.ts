import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyseWorkbook } from "./analyse";
import { detectHeaders } from "./detect-headers";
import { buildMessyWorkbook, EXPECTED, MESSY_REGENCY } from "./fixtures/messy-workbook";
import { repackXlsx } from "./fixtures/repack-xlsx";
import { loadRegionDirectory } from "./region-loader";

let messy: Buffer;
beforeAll(async () => {
  messy = await buildMessyWorkbook();
  await loadRegionDirectory();
}, 60_000);

const statuses = async (file: Uint8Array, sheets?: string[]) => {
  const outcome = await analyseWorkbook({ file, regencyCode: MESSY_REGENCY, sheets });
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.rows.map((r) => `${r.sheet}!${r.row}:${r.status}`);
};

describe("package layouts other programs write", () => {
  const expected = EXPECTED.map((e) => `${e.sheet}!${e.row}:${e.status}`);
  it.each([
    ["Excel order (workbook first, shared strings after sheets)", { order: "excel" }],
    ["reverse order", { order: "reverse" }],
    ["absolute relationship targets", { absoluteTargets: true, order: "excel" }],
    ["sheet parts not named sheetN.xml", { renameSheets: true }],
  ] as const)("%s", async (_label, options) => {
    expect(await statuses(await repackXlsx(messy, options))).toEqual(expected);
  });
});

describe("sheet choice", () => {
  it("--sheet picks one sheet", async () => {
    const rows = await statuses(messy, ["Kec. Jekan Raya"]);
    expect(rows.every((r) => r.startsWith("Kec. Jekan Raya!"))).toBe(true);
    expect(rows).toHaveLength(7);
  });

  it("an explicitly named hidden sheet is read", async () => {
    expect(await statuses(messy, ["data lama"])).toEqual(["Data Lama!2:valid"]);
  });

  it("an unknown sheet name is an error that lists the sheets", async () => {
    const outcome = await analyseWorkbook({
      file: messy,
      regencyCode: MESSY_REGENCY,
      sheets: ["Kec. Sabangau"],
    });
    expect(outcome).toMatchObject({ ok: false, error: { code: "SHEET_NOT_FOUND" } });
    if (!outcome.ok) expect(outcome.error.message).toContain("Kec. Pahandut");
  });
});

describe("failures are values", () => {
  it.each([
    ["not a spreadsheet", Buffer.from("PK\u0003\u0004garbage"), "FILE_UNREADABLE"],
    ["old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "FORMAT_UNSUPPORTED"],
    [
      "an HTML table named .xls",
      Buffer.from("<html><body><table><tr><td>NIK</td></tr></table></body></html>"),
      "FORMAT_UNSUPPORTED",
    ],
  ])("%s", async (_label, file, code) => {
    expect(await analyseWorkbook({ file, regencyCode: "62.71" })).toMatchObject({
      ok: false,
      error: { code },
    });
  });

  it("an unknown regency", async () => {
    expect(await analyseWorkbook({ file: messy, regencyCode: "99.99" })).toMatchObject({
      ok: false,
      error: { code: "REGENCY_UNKNOWN" },
    });
  });

  it("a missing file", async () => {
    expect(await analyseWorkbook({ file: "/nonexistent/berkas.xlsx", regencyCode: "62.71" })).toMatchObject({
      ok: false,
      error: { code: "FILE_UNREADABLE" },
    });
  });
});

async function unlabelledWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.addRow(["Kolom 1", "Kolom 2", "Kolom 3", "Kolom 4"]);
  ws.addRow(["Budi Santoso", "6271011205800003", "Langkai", "0812-3456-7890"]);
  ws.addRow(["Ani", "6271015205800013", "Menteng", "-"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("mapping screen", () => {
  it("detectHeaders lists every sheet with its mapping and a preview", async () => {
    const outcome = await detectHeaders({ file: messy, fileName: "umkm.xlsx" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const pahandut = outcome.sheets.find((s) => s.name === "Kec. Pahandut");
    expect(pahandut?.skipReason).toBeNull();
    expect(pahandut?.header).toMatchObject({ top: 4, bottom: 5 });
    expect(pahandut?.header?.columns.find((c) => c.role === "omzet_sebelum")?.label).toBe(
      "OMSET PER BULAN (Rp) / Sebelum",
    );
    expect(pahandut?.preview[0]?.row).toBe(6);
    expect(outcome.sheets.find((s) => s.name === "Data Lama")?.skipReason).toBe("hidden");
    expect(outcome.sheets.find((s) => s.name === "Data Lama")?.header?.columns.map((c) => c.role)).toContain(
      "nik",
    );
  });

  it("a sheet without a recognisable header is skipped, and imported with a corrected mapping", async () => {
    const file = await unlabelledWorkbook();
    const detected = await analyseWorkbook({ file, regencyCode: "62.71" });
    expect(detected).toMatchObject({
      ok: true,
      rows: [],
      summary: { sheets: [{ name: "Data", reason: "no_header" }] },
    });
    const mapped = await analyseWorkbook({
      file,
      regencyCode: "62.71",
      mapping: { Data: { headerRow: 1, columns: { 1: "nama", 2: "nik", 3: "kode_wilayah", 4: "no_hp" } } },
    });
    if (!mapped.ok) throw new Error(mapped.error.message);
    expect(mapped.rows.map((r) => [r.row, r.status, r.values.kode_wilayah, r.values.no_hp])).toEqual([
      [2, "valid", "62.71.01.1003", "+6281234567890"],
      [3, "valid", "62.71.03.1002", null],
    ]);
  });
});

describe("mappings remembered per office", () => {
  it("a label → role memory maps an unrecognised header on the next upload", async () => {
    const { labelKey, rememberRoles } = await import("./header-detect");
    const file = await unlabelledWorkbook();
    const memory = rememberRoles([
      { index: 1, letter: "A", label: "Kolom 1", role: "nama" },
      { index: 2, letter: "B", label: "Kolom 2", role: "nik" },
      { index: 3, letter: "C", label: "Kolom 3", role: "kode_wilayah" },
      { index: 4, letter: "D", label: "Kolom 4", role: null },
    ]);
    expect(memory[labelKey("KOLOM-1")]).toBe("nama");
    const outcome = await analyseWorkbook({ file, regencyCode: "62.71", labelRoles: memory });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.rows.map((r) => [r.row, r.status, r.values.no_hp])).toEqual([
      [2, "valid", null],
      [3, "valid", null],
    ]);
    const detected = await detectHeaders({ file, fileName: "x.xlsx", labelRoles: memory });
    expect(detected.ok && detected.sheets[0]?.skipReason).toBeNull();
  });
});
