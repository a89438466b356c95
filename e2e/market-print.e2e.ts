// "Cetak daftar" on an A4 sheet: the day's order list prints without the app around it (no
// sidebar, tabs or buttons) and fits thirty orders on one page.
import type { Browser } from "playwright-core";
import { getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, signIn } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

// Rows on each printed page, counted by the one Rupiah total each row carries.
async function rowsPerPage(pdf: Buffer): Promise<number[]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const counts: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const text = await (await doc.getPage(n)).getTextContent();
    counts.push(text.items.filter((item) => "str" in item && /^Rp\s?[\d.]+$/.test(item.str.trim())).length);
  }
  return counts;
}

describe("printing the day's orders", () => {
  it("prints thirty orders on one A4 page, without the app's chrome", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
    const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name: `Masker cetak ${Date.now().toString(36)}`,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 500,
    });
    await api("POST", "/api/market/consignments", {
      productId: product.id,
      producerId: producers[0]?.id,
      quantity: 200,
      date: wibToday(),
      pool: "ready",
    });
    const base = Date.now() % 10_000_000;
    // Every other order is a delivery to a long address from a buyer with a long name: the rows
    // a real day holds, which must not push the list past thirty rows a page.
    const long = "Koperasi Serba Usaha Karya Bersama Sejahtera Kotawaringin Timur";
    const address = "Jl. Tjilik Riwut Km 7,5 Gang Sepakat II No. 41 RT 003 RW 012, Kelurahan Bukit Tunggal";
    for (let i = 0; i < 30; i++) {
      await api("POST", "/api/market/orders", {
        mode: "ready",
        items: [{ productId: product.id, quantity: 2 }],
        buyer: {
          name: i % 2 === 0 ? `Pembeli Cetak ${i + 1}` : `Pembeli Cetak ${i + 1} ${long}`,
          phone: `0813${String(base + i).padStart(8, "0")}`,
          type: "individual",
        },
        fulfilment: i % 2 === 0 ? { method: "pickup" } : { method: "delivery", address: `${address} ${i}` },
      });
    }

    const staff = await openPage(browser, { baseURL, device: "desktop" });
    try {
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto("/app/toko/pesanan");
      const table = staff.page.getByTestId("day-orders");
      // (a long day list after other flows takes a while to load on a busy machine)
      await expect.poll(() => table.getByText(/^Pembeli Cetak 30 /).count(), { timeout: 15_000 }).toBe(1);
      const rows = await table.locator("tbody tr").count();
      expect(rows).toBeGreaterThanOrEqual(30);

      await staff.page.emulateMedia({ media: "print" });
      for (const hidden of [
        staff.page.getByRole("navigation").first(),
        staff.page.getByRole("button", { name: "Cetak daftar" }),
      ]) {
        expect(await hidden.isVisible()).toBe(false);
      }
      const pdf = await staff.page.pdf({ format: "A4", printBackground: false });
      const perPage = await rowsPerPage(pdf);
      console.info(`[print] ${rows} orders on ${perPage.length} A4 page(s): ${perPage.join(", ")} rows`);
      expect(perPage.reduce((a, b) => a + b, 0)).toBe(rows);
      // Every page but the last is full, with thirty rows or more.
      for (const count of perPage.slice(0, -1)) expect(count).toBeGreaterThanOrEqual(30);
    } finally {
      await staff.context.close();
    }
  });
});
