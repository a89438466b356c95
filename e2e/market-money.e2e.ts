// Every rupiah once, on phones: a buyer buys ready stock; the konsultan hands an unpaid order over
// only with its cash recorded, refunds with a reason (the buyer sees it), and closes a settlement
// period after seeing its totals; a second, overlapping closing is refused.
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

const wibToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
/** A settlement day no other flow closes (the producer flow closes its own, 90 days ahead). */
const settlementDay = () => new Date(Date.now() + 7 * 3_600_000 + 60 * 86_400_000).toISOString().slice(0, 10);

describe("order money on a phone", () => {
  it("hands an unpaid order over with its cash, refunds with a reason, and settles each sale once", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const name = `Masker tunai ${Date.now().toString(36)}`;
    const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
    const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name,
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
      quantity: 40,
      date: wibToday(),
      pool: "ready",
    });

    // The buyer buys 3 ready masks in the store on their phone.
    const buyer = await openPage(browser, { baseURL, device: "phone" });
    const staff = await openPage(browser, { baseURL, device: "phone" });
    try {
      await buyer.page.goto(`/toko/produk/${product.id}`);
      await buyer.page.getByLabel("Nama", { exact: true }).fill("Nur Aini");
      await buyer.page
        .getByLabel("Nomor WhatsApp")
        .fill(`0812${String(Date.now() % 100_000_000).padStart(8, "0")}`);
      // One more than the shelf holds: the refusal names the product under the quantity box.
      await buyer.page.getByLabel(/^Jumlah/).fill("41");
      await buyer.page.getByRole("button", { name: "Kirim pesanan" }).click();
      await buyer.page.getByText(`Stok ${name} tidak mencukupi: tersedia 40.`).waitFor();
      expect(await buyer.page.getByLabel(/^Jumlah/).getAttribute("aria-invalid")).toBe("true");
      await buyer.page.getByLabel(/^Jumlah/).fill("3");
      await buyer.page.getByRole("button", { name: "Kirim pesanan" }).click();
      const code = (await buyer.page.getByTestId("order-code").innerText()).trim();

      // The konsultan hands it over at the counter: unpaid, so the cash is taken in the same step.
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto("/app/toko/pesanan");
      const row = staff.page.getByRole("row").filter({ hasText: code });
      await row.getByRole("button", { name: "Serahkan" }).click();
      const handover = staff.page.getByRole("dialog", { name: "Serahkan pesanan yang belum dibayar" });
      await expect.poll(() => handover.innerText()).toContain("Terima uang tunai Rp15.000");
      await snap(staff.page, "market-handover-cash-phone");
      await handover.getByRole("button", { name: "Tunai Rp15.000 diterima, serahkan" }).click();
      await expect.poll(() => row.innerText()).toContain("Selesai");
      expect(await row.innerText()).toMatch(/\nLunas\n/);

      // Goods come back: a refund with its reason, never a silent revert.
      await row.getByRole("button", { name: "Kembalikan dana" }).click();
      const refund = staff.page.getByRole("dialog", { name: "Kembalikan dana" });
      await refund.getByLabel("Alasan (wajib)").fill("Jahitan lepas, barang dikembalikan");
      await refund.getByRole("button", { name: "Kembalikan Rp15.000" }).click();
      await expect.poll(() => row.innerText()).toContain("Dana dikembalikan");

      await buyer.page.goto(`/toko/pesanan/${code}`);
      await buyer.page.getByText("Dana dikembalikan").waitFor();
      await snap(buyer.page, "market-refunded-tracking-phone");

      // A second order is paid; the period is closed after its totals are shown.
      await buyer.page.goto(`/toko/produk/${product.id}`);
      await buyer.page.getByLabel(/^Jumlah/).fill("2");
      await buyer.page.getByLabel("Nama", { exact: true }).fill("Nur Aini");
      await buyer.page
        .getByLabel("Nomor WhatsApp")
        .fill(`0813${String(Date.now() % 100_000_000).padStart(8, "0")}`);
      await buyer.page.getByRole("button", { name: "Kirim pesanan" }).click();
      const second = (await buyer.page.getByTestId("order-code").innerText()).trim();
      await staff.page.goto("/app/toko/pesanan");
      await staff.page
        .getByRole("row")
        .filter({ hasText: second })
        .getByRole("button", { name: "Lunas (tunai)" })
        .dblclick();
      await expect
        .poll(() => staff.page.getByRole("row").filter({ hasText: second }).innerText())
        .not.toContain("Lunas (tunai)");
      // The double click recorded one payment and showed no "already paid" error.
      expect(await staff.page.getByText("Pesanan ini sudah lunas").count()).toBe(0);

      // The period is a day of this flow alone: closing takes every unsettled sale paid up to its
      // end, and another flow's closing must not have taken today's sales first.
      await staff.page.goto("/app/toko/bagi-hasil");
      await staff.page.getByLabel("Sampai").fill(settlementDay());
      await staff.page.getByLabel("Dari").fill(settlementDay());
      await staff.page.getByRole("button", { name: "Tutup periode" }).click();
      const confirm = staff.page.getByRole("dialog");
      await expect
        .poll(() => confirm.innerText())
        .toMatch(/produsen, penjualan bersih Rp[\d.]+, dibayarkan ke produsen Rp/);
      await snap(staff.page, "market-settlement-confirm-phone");
      await confirm.getByRole("button", { name: "Ya, tutup periode" }).click();
      await staff.page.getByText("Belum dibayar").first().waitFor();

      // A sale paid after the closing lands in the next period; closing today again overlaps.
      const third = await fetch(`${baseURL}/api/market/orders`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          mode: "ready",
          items: [{ productId: product.id, quantity: 1 }],
          buyer: {
            name: "Yuli",
            phone: `0815${String(Date.now() % 100_000_000).padStart(8, "0")}`,
            type: "individual",
          },
          fulfilment: { method: "pickup" },
        }),
      });
      const thirdCode = ((await third.json()) as { code: string }).code;
      const orders = await api<Array<{ id: string; code: string }>>(
        "GET",
        `/api/market/admin/orders?date=${wibToday()}`,
      );
      await api("POST", `/api/market/admin/orders/${orders.find((o) => o.code === thirdCode)?.id}/pay`, {
        method: "cash",
      });
      // The sale was paid through the API: load the page again so its preview shows it.
      await staff.page.goto("/app/toko/bagi-hasil");
      await staff.page.getByLabel("Dari").fill(wibToday());
      const closeButton = staff.page.getByRole("button", { name: "Tutup periode", exact: true });
      await expect.poll(() => closeButton.isEnabled()).toBe(true);
      await closeButton.click();
      await staff.page.getByRole("dialog").getByRole("button", { name: "Ya, tutup periode" }).click();
      await staff.page
        .getByRole("dialog")
        .getByText(/sudah masuk penyelesaian/)
        .waitFor();
      await snap(staff.page, "market-settlement-overlap-phone");
    } finally {
      await buyer.context.close();
      await staff.context.close();
    }
  });
});

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe("closing pre-orders early, on phones", () => {
  it("asks before closing a date ahead of its cut-off; the store says so and other dates stay open", async () => {
    const api = await apiSession(baseURL, "konsultan.plut");
    const name = `Masker awal ${Date.now().toString(36)}`;
    const producers = await api<Array<{ id: string }>>("GET", "/api/market/producers");
    const product = await api<{ id: string }>("POST", "/api/market/admin/products", {
      name,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5000,
      codePrefix: "MSK",
      maxPerOrder: 500,
    });
    // The day after tomorrow closes tomorrow at 17.00, so "now" is always before its cut-off.
    const day = addDays(wibToday(), 2);
    const later = addDays(wibToday(), 3);
    for (const [date, quantity] of [
      [day, 30],
      [later, 1935],
    ] as const) {
      await api("POST", "/api/market/consignments", {
        productId: product.id,
        producerId: producers[0]?.id,
        quantity,
        date,
        pool: "preorder",
      });
    }
    const placed = await fetch(`${baseURL}/api/market/orders`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        mode: "preorder",
        supplyDate: day,
        items: [{ productId: product.id, quantity: 4 }],
        buyer: {
          name: "Rahmat",
          phone: `0816${String(Date.now() % 100_000_000).padStart(8, "0")}`,
          type: "individual",
        },
        fulfilment: { method: "pickup" },
      }),
    });
    expect(placed.status).toBe(201);

    const staff = await openPage(browser, { baseURL, device: "phone" });
    const buyer = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto("/app/toko/pra-pesan");
      await staff.page.getByRole("combobox", { name: "Produk" }).click();
      await staff.page.getByRole("option", { name, exact: true }).click();
      await staff.page.getByLabel("Tanggal pasokan").fill(day);
      await staff.page.getByRole("button", { name: "Hitung pembagian" }).click();
      await staff.page.getByTestId("run-summary").waitFor();
      await staff.page.getByRole("button", { name: "Konfirmasi pembagian" }).click();
      const ask = staff.page.getByRole("dialog", { name: "Tutup pra-pesan sekarang?" });
      await expect.poll(() => ask.innerText()).toContain("belum lewat");
      await snap(staff.page, "market-close-preorders-now-phone");
      await ask.getByRole("button", { name: "Tutup sekarang" }).dblclick();
      await staff.page.getByText("Pembagian dikonfirmasi").first().waitFor();
      expect(await staff.page.getByText("sudah dikonfirmasi").count()).toBe(0);

      await buyer.page.goto(`/toko/produk/${product.id}`);
      // The day's leftover went on the shelf; the buyer switches to pre-order.
      await buyer.page.getByText("Pra-pesan", { exact: true }).click();
      // Tomorrow has no supply, the day after was closed early: both say why; the later date is open.
      await expect
        .poll(() => buyer.page.getByTestId("closed-date").allInnerTexts())
        .toEqual([
          expect.stringContaining("Belum ada pasokan"),
          expect.stringContaining("ditutup lebih awal"),
        ]);
      await buyer.page.getByRole("combobox", { name: "Tanggal pasokan" }).click();
      await buyer.page.getByRole("option", { name: /pasokan 1935/ }).click();
      await buyer.page.getByLabel(/^Jumlah/).fill("10");
      await buyer.page.getByLabel("Nama", { exact: true }).fill("Wati");
      await buyer.page
        .getByLabel("Nomor WhatsApp")
        .fill(`0817${String(Date.now() % 100_000_000).padStart(8, "0")}`);
      await snap(buyer.page, "market-open-dates-phone");
      await buyer.page.getByRole("button", { name: "Kirim pesanan" }).click();
      const code = (await buyer.page.getByTestId("order-code").innerText()).trim();
      const tracked = (await (await fetch(`${baseURL}/api/market/orders/${code}`)).json()) as {
        supplyDate: string;
      };
      expect(tracked.supplyDate).toBe(later);
    } finally {
      await staff.context.close();
      await buyer.context.close();
    }
  });
});
