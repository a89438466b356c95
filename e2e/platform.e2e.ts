// Platform flows in Chromium, as people use them, in Bahasa Indonesia: the login page and its
// language switch, an operator who only sees Palangka Raya, and an admin creating a user who then
// signs in and gets the navigation of their role.
import type { Browser, Page } from "playwright-core";
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

async function navLabels(page: Page): Promise<string[]> {
  const nav = page.getByRole("navigation", { name: "Navigasi utama" });
  await nav.getByRole("link").first().waitFor();
  return (await nav.getByRole("link").allInnerTexts()).map((text) => text.trim());
}

describe("login page", () => {
  it("is in Bahasa Indonesia by default and switches to English", async () => {
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await page.goto("/app/wilayah");
      await page.waitForURL(/\/masuk\?redirect=/);
      expect(await page.locator("html").getAttribute("lang")).toBe("id");
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Masuk");
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.getByText("Nama pengguna wajib diisi").waitFor();
      await snap(page, "login-id-desktop");

      await page.getByText("English", { exact: true }).click();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Sign in");
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      // Validation messages follow the active language too.
      await page.getByText("Username is required").waitFor();
      await page.getByLabel("Username", { exact: true }).fill("admin.kalteng");
      await page.getByLabel("Password", { exact: true }).fill("wrong-password-123");
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      // The server's own message is shown (in the language the request asked for).
      const alert = page.locator("form").getByRole("alert");
      await alert.waitFor();
      expect((await alert.innerText()).length).toBeGreaterThan(5);
      await snap(page, "login-en-error-desktop");

      // The choice is remembered for the next visit.
      await page.reload();
      await expect.poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe("Sign in");
    } finally {
      await context.close();
    }
  });
});

describe("operator of Palangka Raya", () => {
  it("sees only the Palangka Raya scope", async () => {
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await expect
        .poll(() => page.getByTestId("home-scope").innerText())
        .toMatch(/Palangka ?raya.*\(62\.71\)/i);
      const labels = await navLabels(page);
      expect(labels).toEqual(
        expect.arrayContaining(["Beranda", "Wilayah", "Registri", "Impor", "Duplikat", "Bantuan"]),
      );
      expect(labels).not.toContain("Pengguna");
      await snap(page, "operator-home-desktop");

      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Wilayah" })
        .click();
      const current = page.getByTestId("region-current");
      await expect.poll(() => current.innerText()).toMatch(/62\.71/);
      // The trail starts at the operator's regency: the province is not offered.
      const trail = page.getByRole("navigation", { name: "Jejak wilayah" });
      expect(await trail.innerText()).not.toMatch(/Kalimantan Tengah/);
      const districts = page.getByRole("region", { name: /Wilayah di bawah/ });
      await districts.getByRole("link", { name: /Pahandut/ }).waitFor();
      expect(await districts.getByRole("link").count()).toBe(5);
      await snap(page, "operator-regions-desktop");

      await districts.getByRole("link", { name: /Pahandut/ }).click();
      await expect.poll(() => current.innerText()).toMatch(/62\.71\.01/);
      expect(await trail.innerText()).toMatch(/Palangka ?raya/i);

      // A region of another regency (Kotawaringin Timur) falls back to the operator's own scope.
      await page.goto("/app/wilayah?kode=62.02");
      await page.getByText("di luar cakupan kerja Anda").waitFor();
      await expect.poll(() => current.innerText()).toMatch(/62\.71(?!\.)/);

      // Search only offers regions inside the scope.
      await page.getByRole("searchbox", { name: "Cari wilayah" }).fill("Pahandut");
      const results = page.getByRole("region", { name: "Hasil pencarian" });
      await results.getByRole("link").first().waitFor();
      for (const text of await results.getByRole("link").allInnerTexts()) expect(text).toMatch(/62\.71\./);

      // Pages of other roles are refused.
      await page.goto("/app/pengguna");
      await page.getByText("Akses ditolak").waitFor();
    } finally {
      await context.close();
    }
  });
});

describe("admin creates a user", () => {
  it("creates a field assistant through the UI, who then signs in and sees their navigation", async () => {
    const username = uniqueUsername("pendamping.e2e");
    const password = "kata-sandi-e2e-2024";
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "admin.kalteng");
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Pengguna" })
        .click();
      await page.getByRole("button", { name: "Tambah pengguna" }).click();
      const dialog = page.getByRole("dialog", { name: "Tambah pengguna" });
      await dialog.getByRole("textbox", { name: "Nama pengguna", exact: true }).fill(username);
      await dialog.getByRole("textbox", { name: "Nama lengkap", exact: true }).fill("Sri Wahyuni (uji e2e)");
      await dialog.getByRole("combobox", { name: "Peran" }).click();
      await page.getByRole("option", { name: "Pendamping lapangan" }).click();
      await dialog.getByRole("combobox", { name: "Wilayah kerja" }).fill("Sabangau");
      await page.getByRole("option", { name: /^Sabangau — Kota Palangka ?raya/i }).click();
      await dialog.getByRole("textbox", { name: "Kata sandi awal", exact: true }).fill("pendek");
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await dialog.getByText("Kata sandi minimal 12 karakter").waitFor();
      await dialog.getByRole("textbox", { name: "Kata sandi awal", exact: true }).fill(password);
      await snap(page, "admin-create-user-desktop");
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await page.getByText(`Pengguna ${username} berhasil dibuat`).waitFor();
      await dialog.waitFor({ state: "hidden" });
      const row = page.getByRole("row", { name: new RegExp(username.replaceAll(".", "\\.")) });
      await expect.poll(() => row.innerText()).toMatch(/Pendamping lapangan[\s\S]*Sabangau[\s\S]*62\.71\.04/);

      // The same username again is refused with the server's message.
      await page.getByRole("button", { name: "Tambah pengguna" }).click();
      await dialog.getByRole("textbox", { name: "Nama pengguna", exact: true }).fill(username);
      await dialog.getByRole("textbox", { name: "Nama lengkap", exact: true }).fill("Duplikat");
      await dialog.getByRole("combobox", { name: "Peran" }).click();
      await page.getByRole("option", { name: "Pimpinan" }).click();
      await dialog.getByRole("combobox", { name: "Wilayah kerja" }).click();
      await page.getByRole("option", { name: /^Kalimantan Tengah/ }).click();
      await dialog.getByRole("textbox", { name: "Kata sandi awal", exact: true }).fill(password);
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await expect
        .poll(() =>
          dialog.getByRole("textbox", { name: "Nama pengguna", exact: true }).getAttribute("aria-invalid"),
        )
        .toBe("true");
      await snap(page, "admin-create-user-taken-desktop");
      await dialog.getByRole("button", { name: "Batal" }).click();

      await signOut(page);
      await signIn(page, username, password);
      const labels = await navLabels(page);
      // Field-assistant navigation: other features add entries, but never the admin's user management.
      expect(labels).toEqual(expect.arrayContaining(["Beranda", "Wilayah", "Pendataan lapangan", "Kendala"]));
      expect(labels).not.toContain("Pengguna");
      await expect.poll(() => page.getByTestId("home-scope").innerText()).toMatch(/Sabangau.*\(62\.71\.04\)/);
      await snap(page, "new-user-home-desktop");
    } finally {
      await context.close();
    }
  });

  it("deactivates a user (seeded through the API), who can then no longer sign in", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("operator.e2e");
    const password = "kata-sandi-e2e-2024";
    await admin("POST", "/api/users", {
      username,
      displayName: "Operator Uji",
      role: "operator_kabkota",
      scope: "62.02",
      password,
    });
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "admin.kalteng");
      await page.goto("/app/pengguna");
      await page.getByRole("button", { name: `Aksi lain untuk ${username}` }).click();
      await page.getByRole("menuitem", { name: "Nonaktifkan" }).click();
      await page.getByRole("dialog").getByRole("button", { name: "Nonaktifkan" }).click();
      await page.getByText(`${username} dinonaktifkan`).waitFor();
      const row = page.getByRole("row", { name: new RegExp(username.replaceAll(".", "\\.")) });
      await expect.poll(() => row.innerText()).toMatch(/Nonaktif/);
      await signOut(page);
      await page.getByLabel("Nama pengguna", { exact: true }).fill(username);
      await page.getByLabel("Kata sandi", { exact: true }).fill(password);
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.locator("form").getByRole("alert").waitFor();
      expect(page.url()).toMatch(/\/masuk/);
    } finally {
      await context.close();
    }
  });
});

describe("on a phone", () => {
  it("collapses the navigation behind a burger for a field assistant", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      const nav = page.getByRole("navigation", { name: "Navigasi utama" });
      // Collapsed, the navbar is moved off-screen to the left.
      const isShown = async () => ((await nav.boundingBox())?.x ?? -1) >= 0;
      expect(await isShown()).toBe(false);
      await snap(page, "pendamping-home-phone");
      await page.getByRole("button", { name: "Buka menu" }).click();
      await nav.getByRole("link", { name: "Pendataan lapangan" }).waitFor();
      await snap(page, "pendamping-menu-phone");
      await nav.getByRole("link", { name: "Kendala" }).click();
      await page.waitForURL(/\/app\/kendala/);
      await page.getByText("Kendala usaha").first().waitFor();
      await expect.poll(isShown).toBe(false);
      await snap(page, "pendamping-coming-soon-phone");
    } finally {
      await context.close();
    }
  });
});

describe("an ended session", () => {
  it("sends the user to the login page and back to where they were", async () => {
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "admin.kalteng");
      // The server forgets the session (e.g. it expired); the next request answers 401.
      await context.clearCookies();
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Pengguna" })
        .click();
      await page.waitForURL(/\/masuk\?redirect=%2Fapp%2Fpengguna/);
      await page.getByText("Sesi Anda berakhir").waitFor();
      await page.getByLabel("Nama pengguna", { exact: true }).fill("admin.kalteng");
      await page.getByLabel("Kata sandi", { exact: true }).fill("sinergi-demo-2020");
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.waitForURL(/\/app\/pengguna$/);
      await page.getByRole("heading", { name: "Pengguna", level: 2 }).waitFor();
    } finally {
      await context.close();
    }
  });
});
