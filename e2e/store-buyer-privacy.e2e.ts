// The tracking page shows an order to whoever holds its code, but the buyer's name and address only
// after the last 4 digits of the WhatsApp number are typed in (order codes can be guessed).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, snap } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("store: buyer details on the tracking page", () => {
  it("hides the buyer until the phone's last 4 digits are given", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name: `Masker privasi ${Date.now().toString(36)}`,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 50,
    });
    const detail = await api<{ nextSupplyDate: string }>("GET", `/api/market/catalogue/${product.id}`);
    const phone = `0812${String(Date.now() % 100_000_000).padStart(8, "0")}`;
    const placed = await fetch(`${baseURL}/api/market/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        mode: "preorder",
        supplyDate: detail.nextSupplyDate,
        items: [{ productId: product.id, quantity: 2 }],
        buyer: { name: "Nurul Hidayah", phone, type: "individual" },
        fulfilment: { method: "delivery", address: "Jl. Tjilik Riwut Km 5" },
      }),
    });
    expect(placed.status).toBe(201);
    const { code } = (await placed.json()) as { code: string };

    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto(`/toko/pesanan/${code}`);
      await page.getByTestId("order-status").waitFor();
      const digits = page.getByLabel("4 angka terakhir nomor WhatsApp");
      await digits.waitFor();
      expect(await page.locator("body").innerText()).not.toContain("Nurul");
      const wrong = phone.endsWith("0000") ? "1111" : "0000";
      await digits.fill(wrong);
      await page.getByRole("button", { name: "Tampilkan data saya" }).click();
      await page.getByText("tidak cocok").waitFor();
      await digits.fill(phone.slice(-4));
      await page.getByRole("button", { name: "Tampilkan data saya" }).click();
      await expect.poll(() => page.getByTestId("buyer-name").innerText()).toBe("Nurul Hidayah");
      await page.getByText("Jl. Tjilik Riwut Km 5").waitFor();
      await snap(page, "store-tracking-buyer-revealed-phone");
    } finally {
      await context.close();
    }
  });
});
