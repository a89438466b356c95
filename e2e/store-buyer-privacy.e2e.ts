// The public store as a buyer meets it. The tracking page shows an order to whoever holds its code,
// but the buyer's name and address only after the last 4 digits of the WhatsApp number are typed in
// (order codes can be guessed). A pre-order day without supply is shown closed and refused; the
// store in English has no Indonesian days, units or categories; the origin picker fits a phone.
import type { Browser, Page } from "playwright-core";
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

type Api = Awaited<ReturnType<typeof apiSession>>;

/** A new product of the PLUT with pre-order supply on the given days after tomorrow (0 = tomorrow). */
async function productWithSupply(api: Api, name: string, days: number[]) {
  const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
    name,
    unit: "lembar",
    unitLabel: "masker",
    category: "Masker",
    price: 5000,
    codePrefix: "MSK",
    maxPerOrder: 50,
  });
  const detail = await api<{ nextSupplyDate: string }>("GET", `/api/market/catalogue/${product.id}`);
  const [producer] = await api<Array<{ id: string }>>("GET", "/api/market/producers");
  const tomorrow = detail.nextSupplyDate;
  const dayAfter = (n: number) =>
    new Date(Date.parse(`${tomorrow}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  for (const n of days) {
    await api("POST", "/api/market/consignments", {
      productId: product.id,
      producerId: producer?.id,
      quantity: 20,
      date: dayAfter(n),
      pool: "preorder",
    });
  }
  return { id: product.id, tomorrow, dayAfter };
}

async function openProduct(page: Page, name: string): Promise<void> {
  await page.goto("/toko");
  await page.getByRole("searchbox").fill(name);
  await page.getByTestId("product-card").filter({ hasText: name }).first().click();
  await page.waitForURL(/\/toko\/produk\//);
}

const noSideScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return root.scrollWidth <= root.clientWidth;
  });

describe("store: buyer details on the tracking page", () => {
  it("hides the buyer until the phone's last 4 digits are given", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const product = await productWithSupply(api, `Masker privasi ${Date.now().toString(36)}`, [0]);
    const detail = { nextSupplyDate: product.tomorrow };
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

describe("store: pre-order days", () => {
  it("shows a day without supply as closed and the API refuses it", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const name = `Masker kosong ${Date.now().toString(36)}`;
    const product = await productWithSupply(api, name, [2]);
    const refused = await fetch(`${baseURL}/api/market/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        mode: "preorder",
        supplyDate: product.tomorrow,
        items: [{ productId: product.id, quantity: 1 }],
        buyer: { name: "Rina Marlina", phone: "081298765432", type: "individual" },
        fulfilment: { method: "pickup" },
      }),
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "NO_PREORDER_SUPPLY",
      message: expect.stringContaining("Belum ada pasokan"),
    });

    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await openProduct(page, name);
      await page.getByRole("radio", { name: "Pra-pesan" }).check({ force: true });
      await expect
        .poll(() => page.getByTestId("closed-date").first().innerText())
        .toContain("Belum ada pasokan untuk");
      await page.getByRole("combobox", { name: "Tanggal pasokan" }).click();
      const closed = page.getByRole("option", { name: /belum ada pasokan/ });
      await closed.waitFor();
      expect(await closed.count()).toBe(1);
      expect(await closed.getAttribute("aria-disabled")).toBe("true");
      const open = page.getByRole("option", { name: /pasokan 20/ });
      expect(await open.getAttribute("aria-selected")).toBe("true");
      await snap(page, "store-preorder-no-supply-phone");
    } finally {
      await context.close();
    }
  });
});

describe("store: in English", () => {
  it("shows the PLUT's days, units and categories in English", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto("/toko");
      await page.getByRole("button", { name: "EN" }).click();
      await expect
        .poll(() => page.getByTestId("plut-hours").first().innerText())
        .toMatch(/Monday–(Friday|Saturday) 08:00–1\d:00/);
      const body = await page.locator("body").innerText();
      for (const word of ["Senin", "Jumat", "Sabtu", "/lembar", "/botol", "Kesehatan", "Kerajinan"])
        expect(body).not.toContain(word);
      const mask = page.getByTestId("product-card").filter({ hasText: "Masker kain 3 lapis" }).first();
      expect(await mask.innerText()).toContain("/piece");
      await mask.click();
      await page.getByText("Quantity (piece)").waitFor();
      await snap(page, "store-product-english-phone");
    } finally {
      await context.close();
    }
  });
});

describe("store: on a phone", () => {
  it("keeps the origin picker and its list inside a 390 px screen", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await openProduct(page, "Masker kain 3 lapis");
      const field = page.getByRole("combobox", { name: "Asal (kabupaten/kota)" });
      await field.scrollIntoViewIfNeeded();
      await field.click();
      await field.pressSequentially("Kepulauan Siau", { delay: 20 });
      const option = page.getByRole("option", { name: /Siau Tagulandang Biaro/ });
      await option.waitFor();
      for (const box of [await field.boundingBox(), await page.getByRole("listbox").boundingBox()]) {
        expect(box).not.toBeNull();
        expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
      }
      expect(await noSideScroll(page)).toBe(true);
      await snap(page, "store-origin-picker-open-phone");
      await option.click();
      expect(await field.inputValue()).toContain("Siau Tagulandang Biaro");
      expect(await field.isVisible()).toBe(true);
      expect(await noSideScroll(page)).toBe(true);
      await snap(page, "store-origin-picker-phone");
    } finally {
      await context.close();
    }
  });
});
