// Producers on a phone: a demo tailor signs in and sees "Usaha saya" (consigned masks, what sold,
// each intake's receipt PDF, statements with their periods); the province admin creates another
// tailor's account bound to her business (picked by owner and village) and she sees her own goods.
import type { Browser, Page } from "playwright-core";
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

const plutToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** A settlement day no other flow closes (the money flow closes its own, 60 days ahead). */
const periodDay = () => new Date(Date.now() + 7 * 3_600_000 + 90 * 86_400_000).toISOString().slice(0, 10);

async function pdf(page: Page, href: string | null) {
  const res = await page.request.get(`${baseURL}${href}`);
  expect(res.status()).toBe(200);
  expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
}

describe("a tailor signs in as a producer", () => {
  it("sees stock, intakes with receipts and statements with periods; a new account is bound by the admin", async () => {
    const konsultan = await apiSession(baseURL, "konsultan.plut");
    // The flow's own data, untouched by other flows: a product only this tailor consigns, and a
    // settlement period on a day no other flow closes. Closing takes every sale not yet settled and
    // paid by the period's end, so the tailor's sale of today lands in this period whatever ran
    // before (closing today itself would collide with another flow that closed today first).
    const own = await (await apiSession(baseURL, "penjahit.satu"))<{ producerName: string }>(
      "GET",
      "/api/market/my/stock",
    );
    const list = await konsultan<Array<{ id: string; name: string }>>("GET", "/api/market/producers");
    const producerId = list.find((p) => p.name === own.producerName)?.id ?? "";
    const productName = `Masker Bu Penjahit ${Date.now().toString(36)}`;
    const product = await konsultan<{ id: string }>("POST", "/api/market/admin/products", {
      name: productName,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 6000,
      codePrefix: "MSK",
      maxPerOrder: 50,
    });
    // the tailor brings 10 masks for the shelf, a buyer takes 5 and pays cash, the period is closed
    await konsultan("POST", "/api/market/consignments", {
      productId: product.id,
      producerId,
      quantity: 10,
      date: plutToday(),
      pool: "ready",
    });
    const order = await konsultan<{ code: string }>("POST", "/api/market/orders", {
      mode: "ready",
      items: [{ productId: product.id, quantity: 5 }],
      buyer: { name: "Rusmini", phone: "0812 5000 9191", type: "individual" },
      fulfilment: { method: "pickup" },
    });
    const day = await konsultan<Array<{ id: string; code: string }>>(
      "GET",
      `/api/market/admin/orders?date=${plutToday()}&mode=ready&productId=${product.id}`,
    );
    const orderId = day.find((o) => o.code === order.code)?.id;
    await konsultan("POST", `/api/market/admin/orders/${orderId}/pay`, { method: "cash" });
    const period = periodDay();
    await konsultan("POST", "/api/market/admin/settlements", { from: period, to: period });
    const tailor = await openPage(browser, { baseURL, device: "phone" });
    try {
      const { page } = tailor;
      await signIn(page, "penjahit.satu");
      await page.goto("/app/usaha");
      await page.getByTestId("my-stock").waitFor();
      const stock = await page.getByTestId("my-stock").innerText();
      expect(stock).toContain("Masker kain 3 lapis");
      expect(stock).toContain(productName);
      // sales per day: today's row counts at least the 5 masks of this flow, with the tailor's share
      const today = page.getByTestId("my-sales-day").first();
      await expect.poll(() => today.innerText()).toContain(plutToday());
      const [, units] = /^\S+\s+(\d+)/.exec(await today.innerText()) ?? [];
      expect(Number(units)).toBeGreaterThanOrEqual(5);
      expect(await today.innerText()).toMatch(/Rp[\d.]+\s+Rp[\d.]+$/);
      const intake = page.getByTestId("my-intake").first();
      await pdf(page, await intake.getByRole("link", { name: /^Tanda terima TT-/ }).getAttribute("href"));
      const statement = page.getByTestId("my-statement").first();
      await expect.poll(() => statement.innerText()).toContain(`Periode ${period} s.d. ${period}`);
      await pdf(page, await statement.getByRole("link", { name: "Laporan (PDF)" }).getAttribute("href"));
      expect(await page.locator("body").innerText()).not.toContain("Segera hadir");
      await snap(page, "market-my-business-phone");
      await setLanguage(page, "en");
      await page.getByTestId("my-stock").waitFor();
      await page.screenshot({ path: "test-results/e2e/market-my-business-phone-en-view.png" });
      await snap(page, "market-my-business-phone-en");
      await setLanguage(page, "id");
    } finally {
      await tailor.context.close();
    }

    const producers = await konsultan<
      Array<{ name: string; businessId: string | null; ownerName: string | null }>
    >("GET", "/api/market/producers");
    const other = producers.filter((p) => p.businessId && p.ownerName).at(-1);
    if (!other?.ownerName) throw new Error("no demo tailor with an owner");
    const username = uniqueUsername("penjahit");
    const admin = await openPage(browser, { baseURL, device: "phone" });
    try {
      const { page } = admin;
      await signIn(page, "admin.kalteng");
      await page.goto("/app/pengguna");
      await page.getByRole("button", { name: "Tambah pengguna" }).click();
      const dialog = page.getByRole("dialog", { name: "Tambah pengguna" });
      await dialog.getByRole("textbox", { name: "Nama pengguna", exact: true }).fill(username);
      await dialog.getByRole("textbox", { name: "Nama lengkap", exact: true }).fill(other.ownerName);
      await dialog.getByRole("combobox", { name: "Peran" }).click();
      await page.getByRole("option", { name: "Pelaku usaha" }).click();
      await dialog.getByRole("combobox", { name: "Wilayah kerja" }).fill("Palangka");
      await page
        .getByRole("option", { name: /^Kota Palangka ?raya/i })
        .first()
        .click();
      await dialog
        .getByRole("textbox", { name: "Kata sandi awal", exact: true })
        .fill("kata-sandi-penjahit-1");
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await dialog.getByText("Pilih usaha untuk akun pelaku usaha").waitFor();
      await dialog.getByRole("combobox", { name: "Usaha yang ditautkan" }).fill(other.name);
      const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      // namesakes: the option names the owner and the village too
      const option = page
        .getByRole("option", { name: new RegExp(`^${escapeRe(other.name)} — ${escapeRe(other.ownerName)},`) })
        .first();
      await option.waitFor();
      expect(await option.innerText()).toMatch(/— .+, .+/);
      await snap(page, "users-bind-business-phone");
      await option.click();
      await dialog.getByRole("button", { name: "Simpan" }).click();
      await page
        .getByText(`Pengguna ${username} berhasil dibuat`)
        .waitFor()
        .catch(async (err) => {
          await snap(page, "users-bind-business-failed-phone");
          throw err;
        });
    } finally {
      await admin.context.close();
    }

    const bound = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(bound.page, username, "kata-sandi-penjahit-1");
      await bound.page.goto("/app/usaha");
      await bound.page.getByTestId("my-stock").waitFor();
      await expect.poll(() => bound.page.locator("body").innerText()).toContain(other.name);
    } finally {
      await bound.context.close();
    }
  });
});
