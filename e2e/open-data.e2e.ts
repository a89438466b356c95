// The open data page without signing in, at phone width: Kalimantan Tengah's counts by regency equal
// to the public API, the data's date, a CSV download; Bangka Belitung chosen; then in English.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { openPage, snap } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type OpenData = { rows: Array<{ code: string; businesses: number; prakerjaPassed: number }> };

describe("open data", () => {
  it("shows counts by regency without a login and downloads them as CSV", async () => {
    const api = (await (await fetch(`${baseURL}/api/open-data/regencies?province=62`)).json()) as OpenData;
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto("/data-terbuka");
      await page.getByRole("heading", { name: "Data terbuka UMKM" }).waitFor();
      await expect.poll(() => page.getByTestId("open-data-row").count()).toBe(api.rows.length);
      const cell = page.locator('[data-code="62.71"] [data-col="businesses"]');
      const shown = Number((await cell.innerText()).replace(/\./g, ""));
      expect(shown).toBe(api.rows.find((r) => r.code === "62.71")?.businesses);
      expect(await page.getByTestId("open-data-asof").innerText()).toMatch(/^Data per \d{2}\/\d{2}\/\d{4}/);
      await snap(page, "open-data-id-phone");
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Unduh CSV" }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/^data-terbuka-62-.*\.csv$/);

      await page.getByRole("combobox", { name: "Provinsi" }).fill("Bangka");
      await page.getByRole("option", { name: /Bangka Belitung/i }).click();
      await expect.poll(() => page.locator('[data-code="19.71"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("reads in English", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto("/data-terbuka");
      await page.getByRole("button", { name: "EN" }).click();
      await page.getByRole("heading", { name: "UMKM open data" }).waitFor();
      await page.getByRole("link", { name: "Download CSV" }).waitFor();
      await expect.poll(() => page.getByTestId("open-data-row").count()).toBeGreaterThan(10);
      await snap(page, "open-data-en-phone");
    } finally {
      await context.close();
    }
  });
});
