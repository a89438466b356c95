// Issue 3 "Done when": an operator imports a messy workbook (title rows, a merged two-row header,
// NIKs stored as numbers), fixes the mapping (one column's field), sees the precision-loss rows
// rejected with the reason, downloads the error report, commits, and undoes the batch.
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { openPage, signIn, snap } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const run = Date.now().toString(36).slice(-6).toUpperCase();
const SHEET = "Kec. Pahandut";

type Row = [string, string | number, string, string, string, string, string, string, string];
// NAMA, NIK, L/P, TTL, Desa, Merek dagang (→ Nama usaha after the fix), Jenis usaha, omzet before/after.
const ROWS: Row[] = [
  [
    "Siti Aminah",
    "6271015205800003",
    "P",
    "Palangka Raya, 12-05-1980",
    "Langkai",
    `Jahit Berkah ${run}`,
    "Konveksi",
    "Rp 1.500.000",
    "750 rb",
  ],
  [
    "Budi Santoso",
    6271011205800010,
    "L",
    "Palangka Raya, 12-05-1980",
    "Langkai",
    `Bengkel Budi ${run}`,
    "Jasa",
    "2 juta",
    "1 jt",
  ],
  [
    "Ahmad Fauzi",
    "6271011205800021",
    "L",
    "Palangka Raya, 12-05-1980",
    "Langkai",
    `Keripik Fauzi ${run}`,
    "Kuliner",
    "3.000.000",
    "1.000.000",
  ],
  [
    "Joko Susilo",
    6271011205800030,
    "L",
    "Palangka Raya, 12-05-1980",
    "Langkai",
    `Sablon Joko ${run}`,
    "Konveksi",
    "Rp 900.000",
    "300 rb",
  ],
];

async function messyWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  sheet.addRow(["PENDATAAN UMKM TERDAMPAK COVID-19"]);
  sheet.addRow([`KOTA PALANGKA RAYA — ${run}`]);
  sheet.addRow([]);
  sheet.addRow([
    "NO",
    "NAMA PEMILIK",
    "NIK / No. KTP",
    "L/P",
    "TTL",
    "Desa/Kelurahan",
    "Merek Dagang",
    "JENIS USAHA",
    "OMSET PER BULAN",
    "",
  ]);
  sheet.addRow(["", "", "", "", "", "", "", "", "Sebelum Covid", "Sesudah Covid"]);
  for (const col of ["A", "B", "C", "D", "E", "F", "G", "H"]) sheet.mergeCells(`${col}4:${col}5`);
  sheet.mergeCells("I4:J4");
  sheet.mergeCells("A1:J1");
  ROWS.forEach((r, i) => {
    sheet.addRow([i + 1, ...r]);
  });
  sheet.addRow(["JUMLAH"]);
  const rekap = book.addWorksheet("Rekap");
  rekap.addRow(["Kecamatan", "Jumlah UMKM"]);
  rekap.addRow([SHEET, ROWS.length]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("registry spreadsheet import", () => {
  it("imports a messy workbook, fixes the mapping, downloads the report, commits and undoes", async () => {
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Impor" })
        .click();
      await page.getByRole("heading", { name: "Impor spreadsheet", level: 2 }).waitFor();
      await page.locator('input[type="file"]').setInputFiles({
        name: `pendataan-umkm-${run}.xlsx`,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await messyWorkbook(),
      });
      await page.getByRole("button", { name: "Unggah dan periksa judul kolom" }).click();

      // Data sheet pre-selected, Rekap not; the unknown "Merek Dagang" column is mapped by hand.
      await expect.poll(() => page.getByRole("checkbox", { name: SHEET }).isChecked()).toBe(true);
      expect(await page.getByRole("checkbox", { name: /^Rekap/ }).isChecked()).toBe(false);
      const brand = page.getByRole("combobox", { name: `${SHEET} G Merek Dagang` });
      expect(await brand.inputValue()).toBe("");
      await brand.selectOption("nama_usaha");
      await snap(page, "registry-import-mapping-desktop");
      await page.getByRole("button", { name: "Jalankan uji coba" }).click();

      const counts = page.getByTestId("import-counts");
      await counts.waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.getByTestId("count-rejected").innerText(), { timeout: 30_000 })
        .toMatch(/Ditolak: 2/);
      expect(await page.getByTestId("count-valid").innerText()).toMatch(/Valid: 2/);

      // The precision-loss rows are rejected, with the reason in Indonesian.
      await page.getByText("Ditolak", { exact: true }).first().click();
      const table = page.getByTestId("import-rows");
      for (const row of [7, 9]) {
        const line = table.locator(`tr[data-row="${SHEET}:${row}"]`);
        await line.waitFor();
        expect(await line.getAttribute("data-status")).toBe("rejected");
        expect(await line.innerText()).toMatch(/NIK/);
      }
      await snap(page, "registry-import-results-desktop");

      const href = await page.getByTestId("error-report").getAttribute("href");
      const report = await page.request.get(`${baseURL}${href}`);
      expect(report.status()).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await report.body()) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet(SHEET);
      expect(sheet?.getRow(1).getCell(3).value).toBe("Alasan");
      expect(String(sheet?.getRow(2).getCell(3).value)).toContain("NIK_PRECISION_LOSS");

      await page.getByRole("button", { name: "Simpan baris valid dan peringatan" }).click();
      await page.getByTestId("rows-imported").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("rows-imported").innerText()).toMatch(/^2 baris disimpan/);
      // The mapped column became the business name.
      const list = await page.request.get(
        `${baseURL}/api/registry/businesses?q=${encodeURIComponent(`Jahit Berkah ${run}`)}`,
      );
      expect(await list.text()).toContain(`Jahit Berkah ${run}`);

      page.once("dialog", (dialog) => void dialog.accept());
      await page.getByRole("button", { name: "Batalkan batch" }).click();
      await expect.poll(() => counts.innerText(), { timeout: 15_000 }).toMatch(/Dibatalkan/);
      const history = page.getByTestId("import-history");
      await expect.poll(() => history.innerText()).toContain(`pendataan-umkm-${run}.xlsx`);
      await snap(page, "registry-import-undone-desktop");
    } finally {
      await context.close();
    }
  }, 180_000);
});
