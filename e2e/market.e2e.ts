// S1 in the browser, in Bahasa Indonesia: buyers pre-order masks in the public store on their phones,
// the konsultan PLUT runs and confirms the day's allocation at the cut-off, and a buyer who got
// nothing reads why on the tracking page. Also the demo day at real size (40 tailors × 50 masks,
// ~50 parties) allocated from the staff screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, signIn, snap } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Api = Awaited<ReturnType<typeof apiSession>>;
let phoneSeq = 0;
const phone = () =>
  `0812${String(Date.now() % 1_000_000).padStart(6, "0")}${String(phoneSeq++).padStart(2, "0")}`;

// The demo seeds its pre-order day as "tomorrow" (WIB) when the server starts. A run that started
// before midnight WIB finds that day has become today, so the flow asks which of the two it is.
async function demoPreorderDay(api: Api): Promise<string> {
  const products = await api<Array<{ id: string; name: string }>>("GET", "/api/market/admin/products");
  const mask = products.find((p) => p.name === "Masker kain 3 lapis");
  if (!mask) throw new Error("the demo mask product is missing");
  const wib = (days: number) =>
    new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  for (const date of [wib(1), wib(0)]) {
    const day = await api<{ supply: number }>(
      "GET",
      `/api/market/admin/days?productId=${mask.id}&supplyDate=${date}`,
    );
    if (day.supply > 0) return date;
  }
  throw new Error("the demo pre-order day has no supply today or tomorrow");
}

async function scarceProduct(api: Api, name: string): Promise<{ id: string; tomorrow: string }> {
  const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
  const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
    name,
    unit: "lembar",
    unitLabel: "masker",
    category: "Masker",
    price: 5000,
    codePrefix: "MSK",
    maxPerOrder: 500,
    // Pre-orders for tomorrow closed at 00.00 today: the allocation runs after the cut-off.
    cutoffTime: "00:00",
  });
  const detail = await api<{ nextSupplyDate: string }>("GET", `/api/market/catalogue/${product.id}`);
  const entries = (producers.slice(0, 3) as Array<{ id: string }>).map((p) => ({
    producerId: p.id,
    quantity: 1,
  }));
  await api("POST", "/api/market/consignments/batch", {
    productId: product.id,
    date: detail.nextSupplyDate,
    pool: "preorder",
    entries,
  });
  return { id: product.id, tomorrow: detail.nextSupplyDate };
}

async function preorderInStore(
  page: Page,
  productName: string,
  buyer: { name: string; phone: string; quantity: number },
): Promise<string> {
  await page.goto("/toko");
  await page.getByLabel("Cari produk").fill(productName);
  await page.getByTestId("product-card").filter({ hasText: productName }).first().click();
  await page.waitForURL(/\/toko\/produk\//);
  await page.getByRole("radio", { name: "Pra-pesan" }).check({ force: true });
  await page.getByLabel(/^Jumlah/).fill(String(buyer.quantity));
  await page.getByLabel("Nama", { exact: true }).fill(buyer.name);
  await page.getByLabel("Nomor WhatsApp").fill(buyer.phone);
  await page.getByRole("button", { name: "Kirim pesanan" }).click();
  const code = (await page.getByTestId("order-code").innerText()).trim();
  expect(code).toMatch(/^MSK-[2-9A-Z]{7}$/);
  return code;
}

async function pickProduct(page: Page, name: string): Promise<void> {
  await page.getByRole("combobox", { name: "Produk" }).click();
  await page.getByRole("option", { name, exact: true }).click();
}

describe("S1: fair pre-orders of scarce masks", () => {
  it("allocates at the cut-off and tells a buyer who got nothing why", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const name = `Masker langka ${Date.now().toString(36)}`;
    const product = await scarceProduct(api, name);

    // Two buyers order on their phones through the store; three more order by API.
    const buyer = await openPage(browser, { baseURL, device: "phone" });
    const codes: string[] = [];
    try {
      codes.push(
        await preorderInStore(buyer.page, name, { name: "Siti Rahmah", phone: phone(), quantity: 2 }),
      );
      await snap(buyer.page, "market-preorder-placed-phone");
      codes.push(
        await preorderInStore(buyer.page, name, { name: "Ahmad Fauzi", phone: phone(), quantity: 2 }),
      );
    } finally {
      await buyer.context.close();
    }
    for (const who of ["Maria Ulfa", "Rudi Hartono", "Dewi Anggraini"]) {
      const placed = await fetch(`${baseURL}/api/market/orders`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          mode: "preorder",
          supplyDate: product.tomorrow,
          items: [{ productId: product.id, quantity: 2 }],
          buyer: { name: who, phone: phone(), type: "individual" },
          fulfilment: { method: "pickup" },
        }),
      });
      expect(placed.status).toBe(201);
      codes.push(((await placed.json()) as { code: string }).code);
    }

    // The konsultan runs the allocation at the cut-off, checks the draft and confirms it.
    const staff = await openPage(browser, { baseURL });
    try {
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto("/app/toko/pra-pesan");
      await pickProduct(staff.page, name);
      await expect.poll(() => staff.page.getByTestId("day-supply").innerText()).toBe("3");
      await expect.poll(() => staff.page.getByTestId("day-demand").innerText()).toBe("10");
      await staff.page.getByRole("button", { name: "Hitung pembagian" }).click();
      await staff.page.getByTestId("run-summary").getByText("Draf pembagian (belum dikonfirmasi)").waitFor();
      await staff.page.getByRole("button", { name: "Konfirmasi pembagian" }).click();
      await staff.page.getByText("Pembagian dikonfirmasi").first().waitFor();
      await snap(staff.page, "market-allocation-confirmed-desktop");
    } finally {
      await staff.context.close();
    }

    // 3 masks for 5 buyers: nobody gets an equal unit, so 3 are drawn; two buyers get nothing.
    const tracked = await Promise.all(
      codes.map(
        async (code) =>
          (await (await fetch(`${baseURL}/api/market/orders/${code}`)).json()) as {
            code: string;
            items: Array<{ allocated: number }>;
          },
      ),
    );
    expect(tracked.reduce((s, o) => s + (o.items[0]?.allocated ?? 0), 0)).toBe(3);
    const empty = tracked.find((o) => o.items[0]?.allocated === 0);
    expect(empty).toBeDefined();

    const reader = await openPage(browser, { baseURL, device: "phone" });
    try {
      await reader.page.goto(`/toko/pesanan/${empty?.code}`);
      await expect.poll(() => reader.page.getByTestId("order-status").innerText()).toBe("Daftar tunggu");
      const why = await reader.page.getByTestId("explanation").innerText();
      expect(why).toContain("Anda memesan 2; 3 masker untuk 5 pembeli; Anda menerima 0.");
      expect(why).toContain("diundi");
      await snap(reader.page, "market-tracking-nothing-phone");
    } finally {
      await reader.context.close();
    }
  });

  it("shows the product page with a WhatsApp share link and a QR code", async () => {
    const { page, context } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto("/toko");
      await page.getByTestId("product-card").filter({ hasText: "Masker kain 3 lapis" }).first().click();
      const share = await page.getByTestId("wa-share").getAttribute("href");
      expect(share).toMatch(/^https:\/\/wa\.me\/\?text=.*Masker%20kain%203%20lapis/);
      await page.getByTestId("product-qr").waitFor();
      const html = await (await fetch(`${baseURL}${new URL(page.url()).pathname}`)).text();
      expect(html).toContain('property="og:title" content="Masker kain 3 lapis');
      await snap(page, "market-product-phone");
    } finally {
      await context.close();
    }
  });

  it("allocates the demo day at real size: 2,000 masks of 40 tailors over ~50 parties", async () => {
    const { page, context } = await openPage(browser, { baseURL });
    try {
      const day = await demoPreorderDay(await apiSession(baseURL, "konsultan.plut"));
      await signIn(page, "konsultan.plut");
      await page.goto("/app/toko/pra-pesan");
      await pickProduct(page, "Masker kain 3 lapis");
      await page.getByLabel("Tanggal pasokan").fill(day);
      await expect.poll(() => page.getByTestId("day-supply").innerText()).toBe("2000");
      await page.getByRole("button", { name: "Hitung pembagian" }).click();
      const summary = page.getByTestId("run-summary");
      await summary.waitFor();
      expect(await summary.innerText()).toMatch(/Pasokan 2000 · Permintaan \d+/);
      await snap(page, "market-demo-day-draft-desktop");
    } finally {
      await context.close();
    }
  });
});
