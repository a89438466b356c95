// Outcomes at phone width: a training follow-up recorded by the consultant (size class into the
// register) and the form's refusal when a colleague recorded it first; the naik kelas report of
// Dharmasraya with its period, the aid paid and the xlsx; the dashboard's period filter with its
// note on point-in-time figures.
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

async function openNav(page: import("playwright-core").Page, name: string) {
  await page.getByRole("button", { name: "Buka menu" }).click();
  await page.getByRole("navigation").getByRole("link", { name }).click();
}

describe("outcomes and naik kelas", () => {
  it("records a training follow-up due for the Kalteng DAK training", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      await openNav(page, "Tindak lanjut");
      const first = page.getByTestId("follow-up").first();
      await expect.poll(() => first.isVisible()).toBe(true);
      const name = (await first.locator("p").first().innerText()).trim();
      await snap(page, "follow-ups-id-phone");
      await first.getByRole("button", { name: "Catat hasil" }).click();
      await page.getByRole("dialog").getByLabel("Kelas usaha sekarang").click();
      await page.getByRole("option", { name: "Kecil" }).click();
      await page.getByRole("dialog").getByLabel("Omzet per bulan (Rp)").fill("175 jt");
      await snap(page, "follow-up-form-id-phone");
      await page.getByRole("dialog").getByRole("button", { name: "Simpan" }).click();
      await expect.poll(() => page.getByText("Hasil tindak lanjut tersimpan").isVisible()).toBe(true);
      await page.getByText("Sudah dicatat").click();
      await expect
        .poll(() => page.getByTestId("follow-up").filter({ hasText: name }).count())
        .toBeGreaterThan(0);
      // "175 jt" was read as Rp175.000.000, not as 175.
      await page
        .getByTestId("follow-up")
        .filter({ hasText: name })
        .filter({ hasText: "Rp175.000.000" })
        .first()
        .waitFor();
    } finally {
      await context.close();
    }
  });

  it("shows the server's refusal in the follow-up form when someone else recorded it first", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      await openNav(page, "Tindak lanjut");
      const first = page.getByTestId("follow-up").first();
      await expect.poll(() => first.isVisible()).toBe(true);
      const [due] = await api<Array<{ participantId: string; checkpoint: number }>>(
        "GET",
        "/api/training/follow-ups?status=due",
      );
      if (!due) throw new Error("no follow-up due in the demo");
      await first.getByRole("button", { name: "Catat hasil" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Omzet per bulan (Rp)").fill("52000000");
      // a colleague records the same follow-up meanwhile (a second touch)
      await api("POST", "/api/training/follow-ups", {
        ...due,
        sizeClass: "mikro",
        monthlyTurnover: 50_000_000,
      });
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await expect
        .poll(() => dialog.getByRole("alert").innerText())
        .toContain("Hasil tindak lanjut ini sudah dicatat.");
      await snap(page, "follow-up-refused-id-phone");
    } finally {
      await context.close();
    }
  });

  it("shows Dharmasraya's businesses moved micro → small, by period, with xlsx", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "admin.sumbar");
      await openNav(page, "Naik kelas");
      await page.getByRole("button", { name: /Dharmasraya/ }).click();
      await expect.poll(() => page.getByTestId("naik-kelas-total").innerText()).toContain("6 usaha");
      await expect.poll(() => page.getByTestId("naik-kelas-row").count()).toBe(6);
      // most of them were paid in the regency's first BPUM batch
      await expect
        .poll(() => page.getByTestId("naik-kelas-row").filter({ hasText: "1 bantuan dibayar" }).count())
        .toBeGreaterThan(0);
      await snap(page, "naik-kelas-dharmasraya-id-phone");
      await page.getByTestId("period-from").fill("2021-04-01");
      await expect.poll(() => page.getByTestId("naik-kelas-total").innerText()).toContain("2 usaha");
      const download = page.waitForEvent("download");
      await page.getByRole("link", { name: "Unduh xlsx" }).click();
      expect((await download).suggestedFilename()).toBe("naik-kelas-13.10.xlsx");
    } finally {
      await context.close();
    }
  });

  it("filters the dashboard by period and says which figures are point-in-time", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pimpinan.kalteng");
      await openNav(page, "Dasbor");
      await expect.poll(() => page.getByTestId("period-note").innerText()).toContain("keadaan saat ini");
      await page.getByTestId("period-from").fill("2020-07-01");
      await page.getByTestId("period-to").fill("2020-12-31");
      await expect.poll(() => page.getByTestId("figure-constraints-opened").isVisible()).toBe(true);
      await snap(page, "dashboard-period-id-phone");
    } finally {
      await context.close();
    }
  });

  it("reads the pages in English", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("pimpinan.outcomes");
    const password = "naik-kelas-e2e-2021";
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
      await page.getByRole("navigation").getByRole("link", { name: "Follow-ups" }).click();
      await page.getByRole("heading", { name: "Training follow-ups" }).waitFor();
      await page.getByText("Recorded", { exact: true }).click();
      await snap(page, "follow-ups-en-phone");
      await page.getByRole("button", { name: "Open menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Moved up" }).click();
      await page.getByRole("heading", { name: "Businesses moved up" }).waitFor();
      await snap(page, "naik-kelas-en-phone");
      await page.getByRole("button", { name: "Open menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Dashboard" }).click();
      await page.getByText("the current state").first().waitFor();
      await snap(page, "dashboard-period-en-phone");
    } finally {
      await context.close();
    }
  });
});
