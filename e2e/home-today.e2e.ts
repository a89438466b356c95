// Each role's home page at phone width: the work for today with counts equal to the API, each a
// link to its list (operator, PLUT consultant), and the office head's home is the dashboard; then
// an operator's home in English.
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

type Today = { items: Array<{ key: string; count: number; href: string }> };
const countOf = (today: Today, key: string) => today.items.find((i) => i.key === key)?.count ?? -1;

describe("home pages", () => {
  it("operator: open kendala, imports, pairs and returned proposals, each opening its list", async () => {
    const api = await apiSession(baseURL, "operator.palangkaraya");
    const today = await api<Today>("GET", "/api/reports/today");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "operator.palangkaraya");
      const card = page.getByTestId("today-constraintsOpen");
      await card.waitFor();
      expect(Number((await card.getByTestId("today-count").innerText()).replace(/\./g, ""))).toBe(
        countOf(today, "constraintsOpen"),
      );
      expect(countOf(today, "constraintsOpen")).toBeGreaterThan(0);
      await page.getByTestId("today-pairsToReview").waitFor();
      await page.getByTestId("today-importsWaiting").waitFor();
      await page.getByTestId("today-proposalsReturned").waitFor();
      await snap(page, "home-operator-id-phone");
      await card.click();
      await page.waitForURL(/\/app\/kendala$/);
    } finally {
      await context.close();
    }
  });

  it("PLUT consultant: orders to hand over, payments to check, allocations due", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const today = await api<Today>("GET", "/api/reports/today");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      for (const key of ["ordersToHandOver", "paymentsToCheck", "allocationsDue"]) {
        const badge = page.getByTestId(`today-${key}`).getByTestId("today-count");
        expect(Number((await badge.innerText()).replace(/\./g, ""))).toBe(countOf(today, key));
      }
      await snap(page, "home-konsultan-id-phone");
      await page.getByTestId("today-paymentsToCheck").click();
      await page.waitForURL(/\/app\/toko\/pembayaran$/);
    } finally {
      await context.close();
    }
  });

  it("office head: the home page is the dashboard", async () => {
    const api = await apiSession(baseURL, "pimpinan.kalteng");
    const s = await api<{ businesses: number }>("GET", "/api/reports/summary?region=62");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pimpinan.kalteng");
      const shown = async () =>
        Number((await page.getByTestId("figure-businesses").innerText()).replace(/\./g, ""));
      await expect.poll(shown).toBe(s.businesses);
      expect(await page.getByTestId("home-today").count()).toBe(0);
      await snap(page, "home-pimpinan-id-phone");
    } finally {
      await context.close();
    }
  });

  it("reads an operator's home in English", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("operator.en");
    const password = "beranda-e2e-2020";
    await admin("POST", "/api/users", {
      username,
      displayName: "Operator (English)",
      role: "operator_kabkota",
      scope: "62.71",
      password,
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, username, password);
      await setLanguage(page, "en");
      await page.goto("/app");
      await page.getByText("Work for today").waitFor();
      await page.getByTestId("today-constraintsOpen").getByText("open kendala", { exact: true }).waitFor();
      await snap(page, "home-operator-en-phone");
    } finally {
      await context.close();
    }
  });
});
