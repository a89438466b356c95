// A PLUT day on phones: the konsultan fills in the PLUT's hours, sends the allocation results from
// the send list (one tap per buyer opens WhatsApp), opens an order at the counter by its code and
// cancels it; its share goes to the wait-listed buyer, who sees the offer, the payment deadline and
// where the PLUT is (in Bahasa Indonesia and in English); the cash of the day adds up.
import type { Browser } from "playwright-core";
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

const wibDay = (offset: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
const phone = (n: number) => `0812${String((Date.now() + n) % 100_000_000).padStart(8, "0")}`;

async function placePreorder(productId: string, supplyDate: string, name: string, quantity: number) {
  const res = await fetch(`${baseURL}/api/market/orders`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      mode: "preorder",
      supplyDate,
      items: [{ productId, quantity }],
      buyer: { name, phone: phone(quantity * 7), type: "individual" },
      fulfilment: { method: "pickup" },
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { code: string }).code;
}

describe("wait-list, buyer messages and the counter on phones", () => {
  it("offers a cancelled share to the wait-list and tells each buyer through WhatsApp", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
    const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name: `Masker antre ${Date.now().toString(36)}`,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 500,
    });
    const day = wibDay(2);
    await api("POST", "/api/market/consignments", {
      productId: product.id,
      producerId: producers[0]?.id,
      quantity: 4,
      date: day,
      pool: "preorder",
    });
    const first = await placePreorder(product.id, day, "Rahmawati", 4);
    const second = await placePreorder(product.id, day, "Yohanes Baru", 3);
    const run = await api<{ runId: string }>("POST", "/api/market/allocations", {
      productId: product.id,
      supplyDate: day,
      policy: "fifo",
    });
    await api("POST", `/api/market/allocations/${run.runId}/confirm`, { closeNow: true });

    const staff = await openPage(browser, { baseURL, device: "phone" });
    const buyer = await openPage(browser, { baseURL, device: "phone" });
    await staff.context.route("https://wa.me/**", (route) => route.fulfill({ body: "WhatsApp" }));
    try {
      // The konsultan writes the PLUT's opening hours.
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto("/app/toko/plut");
      for (const day of ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]) {
        const closes = staff.page.getByLabel(`${day}: jam tutup`, { exact: true });
        if (!(await closes.isVisible())) await staff.page.getByRole("checkbox", { name: day }).check();
        await closes.fill("15:00");
      }
      await staff.page.getByRole("button", { name: "Simpan", exact: true }).click();
      await staff.page.getByText("Tersimpan.").waitFor();
      await snap(staff.page, "market-plut-settings-phone");

      // The send list of the allocation: one tap opens WhatsApp with the text, and marks it sent.
      await staff.page.goto("/app/toko/pesan");
      await staff.page.getByLabel("Tanggal").fill(day);
      // (Other flows may have pre-orders of other products on the same date.)
      const rows = staff.page.getByTestId("send-row");
      await rows.filter({ hasText: second }).waitFor();
      const firstRow = rows.filter({ hasText: first });
      expect(await firstRow.getByTestId("send-text").innerText()).toContain("Anda menerima 4");
      const [popup] = await Promise.all([
        staff.context.waitForEvent("page"),
        firstRow.getByRole("link", { name: "Buka WhatsApp" }).click(),
      ]);
      expect(popup.url()).toMatch(/^https:\/\/wa\.me\/628\d+\?text=Halo%20Rahmawati/);
      await popup.close();
      await firstRow.getByTestId("sent-badge").waitFor();
      expect(await firstRow.getByTestId("sent-by").innerText()).toContain("konsultan.plut");
      await snap(staff.page, "market-send-list-phone");

      // The second buyer is on the wait-list and sees where the PLUT is.
      await buyer.page.goto(`/toko/pesanan/${second}`);
      await buyer.page.getByText("Daftar tunggu").first().waitFor();
      expect(await buyer.page.getByTestId("plut-hours").innerText()).toContain("Senin–Sabtu 08.00–15.00");

      // At the counter: the first order opened by its code, typed in lower case, and cancelled.
      await staff.page.goto("/app/toko/pesanan");
      await staff.page.getByTestId("counter-code").fill(first.toLowerCase());
      await staff.page.getByRole("button", { name: "Buka", exact: true }).click();
      const found = staff.page.getByTestId("found-order");
      await expect.poll(() => found.innerText()).toContain(first);
      await found.getByRole("button", { name: "Batalkan" }).click();
      const dialog = staff.page.getByRole("dialog", { name: "Batalkan pesanan" });
      await expect
        .poll(() => dialog.innerText())
        .toContain("ditawarkan ke pembeli berikutnya di daftar tunggu");
      await dialog.getByRole("button", { name: `Ya, batalkan ${first}` }).click();
      await expect.poll(() => found.innerText()).toContain("Dibatalkan");

      // The wait-listed buyer now has 3 masks, the reason and a deadline.
      await buyer.page.reload();
      await buyer.page.getByText("Anda mendapat jatah dari daftar tunggu.").waitFor();
      expect(await buyer.page.getByTestId("pay-by").innerText()).toMatch(/Bayar paling lambat .+ WIB/);
      expect(await buyer.page.getByTestId("explanation").innerText()).toContain("urutan ke-1 dari 1");
      await snap(buyer.page, "market-waitlist-offer-phone");

      // The offer has its own send list.
      await staff.page.goto("/app/toko/pesan");
      await staff.page.getByLabel("Tanggal").fill(day);
      await staff.page.getByRole("combobox", { name: "Peristiwa" }).click();
      await staff.page.getByRole("option", { name: "Tawaran dari daftar tunggu" }).click();
      const offer = staff.page.getByTestId("send-row").filter({ hasText: second });
      expect(await offer.getByTestId("send-text").innerText()).toContain("urutan ke-1 dari 1");
      expect(await staff.page.getByTestId("send-row").filter({ hasText: first }).count()).toBe(0);

      // The counter takes its cash and today's total counts it.
      await staff.page.goto("/app/toko/pesanan");
      const before = await staff.page.getByTestId("cash-total").innerText();
      await staff.page.getByTestId("counter-code").fill(`${baseURL}/toko/pesanan/${second}`);
      await staff.page.getByRole("button", { name: "Buka", exact: true }).click();
      await found.getByRole("button", { name: "Lunas (tunai)" }).click();
      await expect.poll(() => found.innerText()).toContain("Lunas");
      await expect.poll(() => staff.page.getByTestId("cash-total").innerText()).not.toBe(before);
      const toNumber = (s: string) => Number(s.replace(/\D/g, ""));
      expect(toNumber(await staff.page.getByTestId("cash-total").innerText()) - toNumber(before)).toBe(
        15_000,
      );
      await staff.page.evaluate(() => window.scrollTo(0, 0));
      await staff.page.screenshot({ path: "test-results/e2e/market-counter-desk-phone.png" });

      // The same pages in English (the konsultan's own setting, put back afterwards).
      await api("PATCH", "/api/auth/me", { language: "en" });
      for (const page of [buyer.page, staff.page]) {
        await page.evaluate(() => localStorage.setItem("sinergi.language", "en"));
      }
      await buyer.page.goto("/toko");
      await buyer.page.getByTestId("plut-card").first().waitFor();
      expect(await buyer.page.getByTestId("plut-map").first().getAttribute("href")).toMatch(/^https:\/\//);
      await snap(buyer.page, "market-store-plut-en-phone");
      await buyer.page.goto(`/toko/pesanan/${second}`);
      await buyer.page.getByText("Opening hours").first().waitFor();
      await snap(buyer.page, "market-tracking-offer-en-phone");
      await staff.page.goto("/app/toko/pesan");
      await staff.page.getByText("Buyer messages").first().waitFor();
      await staff.page.getByLabel("Date").fill(day);
      await staff.page.getByTestId("send-row").first().waitFor();
      await snap(staff.page, "market-send-list-en-phone");
      await staff.page.goto("/app/toko/plut");
      await staff.page.getByRole("heading", { name: "PLUT details" }).waitFor();
      await staff.page.getByRole("heading", { name: "Buyer message texts" }).waitFor();
      await snap(staff.page, "market-plut-settings-en-phone");
    } finally {
      await api("PATCH", "/api/auth/me", { language: "id" });
      await staff.context.close();
      await buyer.context.close();
    }
  });
});
