// Profile flows: the language saved on the account (not just in the browser) and a password change
// with its validation, for a user this flow seeds through the API.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, signIn, signOut, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("profile", () => {
  it("saves the language on the account and changes the password", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("pimpinan.e2e");
    const password = "kata-sandi-lama-2024";
    const newPassword = "kata-sandi-baru-2025";
    await admin("POST", "/api/users", {
      username,
      displayName: "Bu Ratna",
      role: "pimpinan",
      scope: "62",
      password,
    });

    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, username, password);
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      const links = await nav.getByRole("link").allInnerTexts();
      expect(links).toEqual(expect.arrayContaining(["Beranda", "Dasbor", "Wilayah"]));
      expect(links).not.toContain("Pengguna");
      await page.getByTestId("user-menu").click();
      await page.getByRole("menuitem", { name: "Profil" }).click();
      await page.getByRole("heading", { name: "Profil", level: 2 }).waitFor();

      await page.getByText("English", { exact: true }).click();
      await page.getByRole("heading", { name: "Profile", level: 2 }).waitFor();
      const me = await apiSession(baseURL, username, password);
      await expect
        .poll(async () => (await me<{ language: string }>("GET", "/api/auth/me")).language)
        .toBe("en");
      // Another browser (no remembered choice) gets English from the account.
      const other = await openPage(browser, { baseURL });
      try {
        await signIn(other.page, username, password);
        const otherNav = other.page.getByRole("navigation", { name: "Main navigation" });
        await otherNav.getByRole("link", { name: "Dashboard" }).waitFor();
      } finally {
        await other.context.close();
      }

      // Password rules, in the active language.
      const current = page.getByRole("textbox", { name: "Current password", exact: true });
      const fresh = page.getByRole("textbox", { name: "New password", exact: true });
      const repeat = page.getByRole("textbox", { name: "Repeat new password", exact: true });
      const submit = page.getByRole("button", { name: "Change password" });
      await current.fill(password);
      await fresh.fill("too-short");
      await repeat.fill("too-short");
      await submit.click();
      await page.getByText("Password must be at least 12 characters").waitFor();
      await fresh.fill(newPassword);
      await repeat.fill(`${newPassword}x`);
      await submit.click();
      await page.getByText("The new passwords do not match").waitFor();
      // A wrong current password is refused by the server, with its message on that field.
      await current.fill("not-the-password-1");
      await repeat.fill(newPassword);
      await submit.click();
      // (Mantine marks an invalid password input with data-invalid rather than aria-invalid.)
      await expect.poll(() => current.getAttribute("data-invalid")).toBe("true");
      await snap(page, "profile-password-error-desktop");
      await current.fill(password);
      await submit.click();
      await page.getByText("Password changed").waitFor();

      // Back to Bahasa Indonesia, then sign in again with the new password.
      await page.getByText("Indonesia", { exact: true }).click();
      await page.getByRole("heading", { name: "Profil", level: 2 }).waitFor();
      await signOut(page);
      await signIn(page, username, newPassword);
      await nav.getByRole("link", { name: "Dasbor" }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("keeps the language chosen on the sign-in page after signing in, and after a reload", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("operator.e2e");
    const password = "kata-sandi-bahasa-2024";
    await admin("POST", "/api/users", {
      username,
      displayName: "Pak Yosef",
      role: "pimpinan",
      scope: "62",
      password,
    });
    for (const device of ["desktop", "phone"] as const) {
      const { context, page } = await openPage(browser, { baseURL, device });
      try {
        await page.goto("/masuk");
        await page.getByText("English", { exact: true }).click();
        await page.getByLabel("Username", { exact: true }).fill(username);
        await page.getByLabel("Password", { exact: true }).fill(password);
        await page.getByRole("button", { name: "Sign in", exact: true }).click();
        await page.waitForURL(/\/app(\/|$|\?)/);
        await page.getByTestId("user-menu").waitFor();
        // The home page stays in English (the account was still in Bahasa Indonesia).
        const nav = page.getByRole("navigation", { name: "Main navigation" });
        await nav.getByRole("link", { name: "Dashboard" }).waitFor({ state: "attached" });
        expect(await page.locator("html").getAttribute("lang")).toBe("en");
        await snap(page, `signin-language-kept-${device}`);
        await page.reload();
        await nav.getByRole("link", { name: "Dashboard" }).waitFor({ state: "attached" });
        expect(await page.locator("html").getAttribute("lang")).toBe("en");
        // Saved on the account too, so another browser signs in in English.
        const me = await apiSession(baseURL, username, password);
        expect((await me<{ language: string }>("GET", "/api/auth/me")).language).toBe("en");
      } finally {
        await context.close();
      }
    }
  });
});
