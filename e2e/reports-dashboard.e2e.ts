// The office head's dashboard in Chromium at phone width: the province's figures, equal to the
// summary API, and a drill-down to a regency; then the same page in English.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, setLanguage, signIn, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Summary = { businesses: number; regionName: string };

describe("pimpinan dashboard", () => {
  it("shows the province's exact figures and drills down to a regency", async () => {
    const api = await apiSession(baseURL, "pimpinan.kalteng");
    const province = await api<Summary>("GET", "/api/reports/summary?region=62");
    const city = await api<Summary>("GET", "/api/reports/summary?region=62.71");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pimpinan.kalteng");
      await page.getByRole("button", { name: "Buka menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Dasbor" }).click();
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).toBe(province.regionName);
      const shown = async () =>
        Number((await page.getByTestId("figure-businesses").innerText()).replace(/\./g, ""));
      await expect.poll(shown).toBe(province.businesses);
      await snap(page, "dashboard-province-id-phone");
      await page
        .getByTestId("dashboard-child")
        .filter({ hasText: city.regionName })
        .getByRole("button")
        .click();
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).toBe(city.regionName);
      await expect.poll(shown).toBe(city.businesses);
      await snap(page, "dashboard-regency-id-phone");
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Unduh xlsx" }).click();
      expect((await download).suggestedFilename()).toBe("dasbor-62.71.xlsx");
      await page.getByTestId("figure-businesses-link").click();
      await page.waitForURL(/\/app\/registri\?wilayah=62\.71$/);
    } finally {
      await context.close();
    }
  });

  it("shows each district the aid of its own businesses, adding up to the regency", async () => {
    const api = await apiSession(baseURL, "admin.sumbar");
    const regency = await api<Summary & { aid: { proposed: number } }>(
      "GET",
      "/api/reports/summary?region=13.10",
    );
    expect(regency.aid.proposed).toBeGreaterThan(0);
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "admin.sumbar");
      await page.goto("/app/dasbor");
      await page
        .getByTestId("dashboard-child")
        .filter({ hasText: regency.regionName })
        .getByRole("button")
        .click();
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).toBe(regency.regionName);
      const rows = page.getByTestId("dashboard-child");
      await rows.first().waitFor();
      // the last column is the aid proposed for the district's businesses
      const proposed = async () =>
        (await rows.locator("td:last-child").allInnerTexts()).map((v) => Number(v.replace(/\./g, "")));
      await expect.poll(async () => (await proposed()).reduce((a, b) => a + b, 0)).toBe(regency.aid.proposed);
      expect((await proposed()).filter((n) => n > 0).length).toBeGreaterThan(0);
      await snap(page, "dashboard-districts-aid-id-phone");
      await setLanguage(page, "en");
      await page.getByText("Breakdown by region").waitFor();
      await snap(page, "dashboard-districts-aid-en-phone");
      // A reload (or a shared link) keeps the trail in words, not the regency's code.
      expect(page.url()).toMatch(/wilayah=(%22)?13\.10(%22)?$/);
      await page.reload();
      const trail = page.getByTestId("region-trail");
      await expect.poll(() => trail.innerText(), { timeout: 15_000 }).toContain(regency.regionName);
      expect(await trail.innerText()).not.toContain("13.10");
      await snap(page, "dashboard-reloaded-trail-en-phone");
      await setLanguage(page, "id");
    } finally {
      await context.close();
    }
  });

  it("draws the regions as bars; a bar opens its region", async () => {
    const api = await apiSession(baseURL, "pimpinan.kalteng");
    const province = await api<Summary>("GET", "/api/reports/summary?region=62");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pimpinan.kalteng");
      await page.goto("/app/dasbor");
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).toBe(province.regionName);
      const chart = page.getByTestId("region-chart");
      await chart.scrollIntoViewIfNeeded();
      const bars = chart.locator(".recharts-bar-rectangle");
      await bars.first().waitFor();
      const children = await page.getByTestId("dashboard-child").allInnerTexts();
      // two bars (registered, affected) per region that has businesses
      expect(await bars.count()).toBeGreaterThan(children.length / 2);
      await snap(page, "dashboard-chart-id-phone");
      await bars.first().click();
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).not.toBe(province.regionName);
      const opened = await page.getByTestId("dashboard-region").innerText();
      expect(children.some((row) => row.startsWith(opened))).toBe(true);
      // The opened region is in the address: the browser's Back goes up to the province again.
      expect(page.url()).toMatch(/wilayah=/);
      await page.goBack();
      await expect.poll(() => page.getByTestId("dashboard-region").innerText()).toBe(province.regionName);
    } finally {
      await context.close();
    }
  });

  it("reads the same page in English", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("pimpinan.en");
    const password = "dasbor-e2e-2020";
    await admin("POST", "/api/users", {
      username,
      displayName: "Head (English)",
      role: "pimpinan",
      scope: "62",
      password,
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, username, password);
      await setLanguage(page, "en");
      await page.getByRole("button", { name: "Open menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
      await page.getByText("Registered businesses").first().waitFor();
      await page.getByText("Breakdown by region").waitFor();
      await snap(page, "dashboard-province-en-phone");
    } finally {
      await context.close();
    }
  });
});
