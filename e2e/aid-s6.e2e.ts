// S6 BPUM end to end in Chromium, in Bahasa Indonesia, on the Dharmasraya demo proposal (~5,000
// UMKM with planted problems): the regency operator sees each problem with its evidence, justifies
// or removes it and submits; the province verifies and approves with a decree number (the list is
// frozen with its SHA-256); the ministry template is exported; a conflicting bank file is rejected
// whole with its reasons; the real bank file is imported and the reconciliation lists the planted
// mismatches (unknown NIK, other name, paid twice, paid though removed).
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { openPage, setLanguage, signIn, signOut, snap, viewports } from "./support/session";

const baseURL = inject("baseURL");
const IMPOSSIBLE_NIK = "1310017002850004";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openDemoProposal(page: Page): Promise<void> {
  await page
    .getByRole("navigation", { name: "Navigasi utama" })
    .getByRole("link", { name: "Bantuan" })
    .click();
  await page.getByRole("heading", { name: "Bantuan", level: 2 }).waitFor();
  const row = page.getByRole("row").filter({ hasText: "Dinas Koperasi dan UKM Kabupaten Dharmasraya" });
  await row.getByRole("link").first().click();
  await page.getByTestId("proposal-status").waitFor();
}

async function status(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.getByTestId("proposal-status").innerText(), { timeout: 90_000 }).toBe(text);
}

const card = (page: Page, label: string) => page.getByTestId("item-card").filter({ hasText: label });

function bankCsv(rows: Array<{ nik: string; name: string }>, opts: { conflict: boolean }): string {
  const lines = ["NIK;NAMA;NO REKENING;NOMINAL;REFERENSI;TANGGAL SALUR;STATUS"];
  const push = (nik: string, name: string, ref: string): void => {
    lines.push(`${nik};${name};0021${lines.length};2400000;${ref};2020-09-15;BERHASIL`);
  };
  for (const [i, r] of rows.entries()) {
    push(r.nik, i === 0 ? "NAMA LAIN SEKALI" : r.name.toUpperCase(), `BRI-DHR-${i + 1}`);
  }
  const second = rows[1];
  if (second) push(second.nik, second.name.toUpperCase(), "BRI-DHR-ULANG");
  push("1310010101900077", "ORANG TIDAK DIUSULKAN", "BRI-DHR-ASING");
  push(IMPOSSIBLE_NIK, "YULIA FITRI", "BRI-DHR-DIKELUARKAN");
  if (opts.conflict) push(rows[2]?.nik ?? "1310010101900078", "REFERENSI GANDA", "BRI-DHR-1");
  return lines.join("\n");
}

async function exportedRows(
  page: Page,
  proposalId: string,
): Promise<{ rows: Array<{ nik: string; name: string }>; sha: string | undefined }> {
  const res = await page.request.get(`/api/aid/proposals/${proposalId}/export`);
  expect(res.status()).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Usulan");
  expect(ws?.getRow(1).getCell(2).value).toBe("NIK");
  const rows: Array<{ nik: string; name: string }> = [];
  ws?.eachRow((r, n) => {
    if (n > 1) rows.push({ nik: String(r.getCell(2).value), name: String(r.getCell(4).value) });
  });
  expect(rows.every((r) => /^\d{16}$/.test(r.nik))).toBe(true);
  return { rows, sha: res.headers()["x-list-sha256"] };
}

describe("S6 BPUM: propose → problems → verify → approve → export → bank → reconciliation", () => {
  it("runs the whole flow on the Dharmasraya demo proposal", async () => {
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.dharmasraya");
      await openDemoProposal(page);
      const proposalId = page.url().split("/").pop() ?? "";
      // The three planted problems, each with its evidence.
      await card(page, "Satu rumah tangga").waitFor();
      await expect.poll(() => card(page, "Satu rumah tangga").innerText()).toContain("Bobot kecocokan");
      await expect
        .poll(() => card(page, "Satu rumah tangga").innerText())
        .toContain("Dinas Koperasi dan UKM Provinsi Sumatera Barat");
      await expect
        .poll(() => card(page, "Ada di daftar luar").innerText())
        .toContain("DTKS Kemensos Dharmasraya April 2020");
      await expect
        .poll(() => card(page, "Tidak memenuhi syarat").innerText())
        .toContain("tanggal lahir di NIK mustahil");
      await snap(page, "aid-problems-desktop");
      // Labels only: the problem's code is for support, in the label's tooltip, not printed beside it.
      const household = card(page, "Satu rumah tangga").first();
      expect(await household.innerText()).not.toContain("AID_SAME_HOUSEHOLD");
      await household.getByTitle("AID_SAME_HOUSEHOLD").waitFor();
      expect(await household.innerText()).toContain("· Kuliner");
      const ineligible = await card(page, "Tidak memenuhi syarat").first().innerText();
      expect(ineligible).toContain("Aturan: NIK valid");
      expect(ineligible).not.toMatch(/valid_nik|NIK_DATE/);
      // The same cards at phone width and in English.
      await page.setViewportSize(viewports.phone);
      await setLanguage(page, "en");
      await card(page, "Same household").first().waitFor();
      await snap(page, "aid-problems-en-phone");
      // The total in the billions fits a phone: not cut off at the card's edge.
      const amount = page.getByTestId("figure-amount");
      expect(await amount.innerText()).toMatch(/^Rp\d{1,3}(\.\d{3}){3,}$/);
      expect(await amount.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      // The register's candidates by the register's words for sector and size, not their codes.
      await page.getByRole("tab", { name: "Add recipients" }).click();
      await page.getByRole("button", { name: "Show", exact: true }).click();
      const candidates = page.getByRole("tabpanel").locator("tbody tr");
      await candidates.first().waitFor({ timeout: 30_000 });
      const sectors = await candidates.locator("td:nth-child(4)").allInnerTexts();
      expect(sectors.filter((s) => /^[a-z_]+$/.test(s))).toEqual([]);
      expect(new Set(await candidates.locator("td:nth-child(5)").allInnerTexts())).toEqual(
        new Set(["Micro"]),
      );
      await snap(page, "aid-candidates-en-phone");
      await page.getByRole("tab", { name: "Recipients", exact: true }).click();
      await setLanguage(page, "id");
      await page.setViewportSize(viewports.desktop);
      await card(page, "Satu rumah tangga").first().waitFor();

      const dtks = card(page, "Ada di daftar luar");
      await dtks
        .getByLabel("Alasan tertulis")
        .fill("Penerima DTKS tetap boleh menerima BPUM; usaha dicek langsung pendamping.");
      await dtks.getByRole("button", { name: "Simpan alasan" }).click();
      // justified problems leave the "unresolved" view
      await expect.poll(() => card(page, "Ada di daftar luar").count(), { timeout: 30_000 }).toBe(0);

      for (const [label, reason] of [
        ["Satu rumah tangga", "Istrinya sudah diusulkan Dinas Provinsi; satu usaha per rumah tangga."],
        ["Tidak memenuhi syarat", "NIK tidak valid: tanggal lahir 30 Februari tidak ada."],
      ] as const) {
        const c = card(page, label).first();
        await c.getByRole("button", { name: "Keluarkan dari usulan" }).click();
        await c.getByLabel("Alasan dikeluarkan").fill(reason);
        await c.getByRole("button", { name: "Keluarkan dari usulan" }).click();
        await expect.poll(() => card(page, label).count(), { timeout: 30_000 }).toBe(0);
      }

      await page.getByRole("button", { name: "Ajukan ke provinsi" }).click();
      await status(page, "Diajukan");
      await signOut(page);

      await signIn(page, "admin.sumbar");
      await page.goto(`/app/bantuan/usulan/${proposalId}`);
      await page.getByRole("button", { name: "Verifikasi" }).click();
      await status(page, "Terverifikasi");
      await page.getByRole("button", { name: "Setujui (SK)" }).click();
      await page.getByLabel("Nomor SK").fill("B-312/KUKM/IX/2020");
      await page.getByLabel("Tanggal SK").fill("2020-09-02");
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await status(page, "Disetujui");

      await page.getByRole("tab", { name: "Riwayat & daftar beku" }).click();
      // Every step in words, its creation too (which moved the proposal to no other status).
      expect(await page.getByTestId("history-step").allInnerTexts()).toEqual([
        expect.stringContaining("Usulan dibuat"),
        expect.stringContaining("Diajukan ke provinsi"),
        expect.stringContaining("Diverifikasi"),
        expect.stringContaining("Disetujui (SK)"),
      ]);
      const sha = await page.getByTestId("snapshot-sha").first().innerText();
      expect(sha).toMatch(/^[0-9a-f]{64}$/);
      await snap(page, "aid-frozen-desktop");

      const exported = await exportedRows(page, proposalId);
      expect(exported.sha).toBe(sha);
      expect(exported.rows.length).toBeGreaterThan(3000);

      await page.getByRole("tab", { name: "Ekspor, impor & rekonsiliasi" }).click();
      const bankInput = page.locator('input[type="file"]').nth(1);
      await bankInput.setInputFiles({
        name: "bank-konflik.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(bankCsv(exported.rows, { conflict: true })),
      });
      await page.getByRole("button", { name: "Impor", exact: true }).nth(1).click();
      await page.getByTestId("issues").waitFor({ timeout: 60_000 });
      const issues = await page.getByTestId("issues").innerText();
      expect(issues).toContain("sama dengan baris");
      expect(issues).not.toContain("REFERENCE_REPEATED");
      await snap(page, "aid-bank-rejected-desktop");

      await bankInput.setInputFiles({
        name: "bank-salur.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(bankCsv(exported.rows, { conflict: false })),
      });
      await page.getByRole("button", { name: "Impor", exact: true }).nth(1).click();
      await page.getByText("Berkas diterima").waitFor({ timeout: 90_000 });
      for (const kind of ["nik_unknown", "name_differs", "paid_twice", "paid_though_excluded"]) {
        await page.getByTestId(`finding-${kind}`).first().waitFor({ timeout: 30_000 });
      }
      const reconciliation = await page.getByTestId("reconciliation").innerText();
      expect(reconciliation).toContain("Dibayar padahal dikeluarkan");
      // Each finding's detail in words: named fields, rupiah, why the recipient was excluded.
      expect(reconciliation).toContain("Alasan: Dikeluarkan dari usulan: NIK tidak valid");
      expect(reconciliation).toContain("Total dibayar: Rp4.800.000");
      expect(reconciliation).not.toMatch(/removed:|listedName|paidName/);
      await status(page, "Disalurkan");
      await snap(page, "aid-reconciliation-desktop");
      await page.setViewportSize(viewports.phone);
      await setLanguage(page, "en");
      await page.getByRole("tab", { name: "Export, import & reconciliation" }).click();
      await page.getByTestId("finding-paid_though_excluded").first().waitFor();
      await snap(page, "aid-reconciliation-en-phone");
      await page.getByRole("tab", { name: "History & frozen lists" }).click();
      await expect
        .poll(() => page.getByTestId("history-step").first().innerText())
        .toContain("Proposal created");
      await snap(page, "aid-history-en-phone");
      await setLanguage(page, "id");
    } finally {
      await context.close();
    }
  });
});
