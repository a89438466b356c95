// S5 and S8 in the browser: a regency office orders 10,000 masks for a date and gets the split across
// the 40 tailors with purchase orders and an invoice; the konsultan makes the "Ayo Beli Produk UMKM"
// flyers (A4 PDF, square PNG drawn on the server) and sees the orders that came through them.
import { readFile } from "node:fs/promises";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, signIn, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("S5: an office buys its masks from local UMKM", () => {
  it("splits 10,000 masks across the tailors with purchase orders and an invoice", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("dinkes");
    await admin("POST", "/api/users", {
      username,
      displayName: "Dinas Kesehatan Kota Palangka Raya",
      role: "pembeli_instansi",
      scope: "62.71",
      password: "sinergi-demo-2020",
    });
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, username);
      await page.goto("/app/pesanan");
      const productBox = page.getByRole("combobox", { name: "Produk" });
      await productBox.click();
      await productBox.fill("Masker kain");
      await page.getByRole("option", { name: "Masker kain 3 lapis", exact: true }).click();
      await page.getByRole("textbox", { name: /^Jumlah/ }).fill("10000");
      await page.getByRole("textbox", { name: /^Narahubung/ }).fill("Rina Marlina");
      await page.getByRole("textbox", { name: /^Nomor WhatsApp/ }).fill("0812 5000 7777");
      await page.getByRole("button", { name: "Buat pesanan dan bagi ke produsen" }).click();
      const card = page.getByTestId("procurement").first();
      await card.waitFor();
      const text = await card.innerText();
      expect(text).toContain("Masker kain 3 lapis × 10000");
      expect(text).toMatch(/PO-MSK-[2-9A-Z]{7}-40/);
      expect(text).toMatch(/Kapasitas \d+\/hari × \d+ hari/);
      await snap(page, "market-s5-procurement-desktop");
      const href = await card.getByRole("link", { name: "Invoice (PDF)" }).getAttribute("href");
      const invoice = await page.request.get(`${baseURL}${href}`);
      expect(invoice.headers()["content-type"]).toBe("application/pdf");
      expect((await invoice.body()).subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await context.close();
    }
  });
});

const wibDay = (offset: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

describe("S8: Ayo Beli Produk UMKM", () => {
  it("makes the A4 catalogue and the square PNG, and counts orders that came through the flyer", async () => {
    // The flow's own mask with its own pre-order supply for tomorrow, so what other flows do to the
    // demo mask's days (allocations confirmed, stock sold) does not change this one.
    const api = await apiSession(baseURL, "konsultan.plut");
    const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
    const maskName = `Masker flyer ${Date.now().toString(36)}`;
    const mask = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name: maskName,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 500,
    });
    await api("POST", "/api/market/consignments", {
      productId: mask.id,
      producerId: producers[0]?.id,
      quantity: 100,
      date: wibDay(1),
      pool: "preorder",
    });
    const maskId = mask.id;
    const buyer = await openPage(browser, { baseURL, device: "phone" });
    try {
      // The flyer's QR opens the store with the campaign tag; the buyer then walks to the product.
      await buyer.page.goto("/toko?src=ayo-beli-umkm");
      await buyer.page.getByTestId("product-card").filter({ hasText: maskName }).click();
      await buyer.page.waitForURL(new RegExp(`/toko/produk/${maskId}$`));
      await buyer.page.getByRole("radio", { name: "Pra-pesan" }).check({ force: true });
      await buyer.page.getByLabel(/^Jumlah/).fill("20");
      await buyer.page.getByLabel("Nama", { exact: true }).fill("Agus Salim");
      await buyer.page.getByLabel("Nomor WhatsApp").fill("0812 5000 8888");
      await buyer.page.locator("label", { hasText: "Instansi / kantor" }).click();
      await buyer.page.getByLabel("Nama instansi").fill("Kantor Camat Pahandut");
      await buyer.page.getByRole("button", { name: "Kirim pesanan" }).click();
      await buyer.page.getByTestId("order-code").waitFor();
    } finally {
      await buyer.context.close();
    }

    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "konsultan.plut");
      await page.goto("/app/toko/flyer");
      const pdfHref = await page.getByTestId("flyer-pdf").getAttribute("href");
      const pdf = await page.request.get(`${baseURL}${pdfHref}`);
      const bytes = await pdf.body();
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect((bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(1);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Unduh gambar (PNG)" }).click(),
      ]);
      const png = await readFile((await download.path()) ?? "");
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1080, 1080]);
      await snap(page, "market-s8-flyer-desktop");

      await page.goto("/app/toko/laporan");
      await expect
        .poll(() => page.getByTestId("campaign").innerText())
        .toMatch(/1 pesanan dari 1 instansi, 20 unit/);
      await snap(page, "market-reports-desktop");
    } finally {
      await context.close();
    }
  });
});
