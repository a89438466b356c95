// S5 to the end on a phone: the konsultan orders masks for the free-mask programme, prints a
// tailor's purchase order, records the delivery with its hand-over record (BAST); the province
// links the programme to that procurement and the regency office hands masks to a recipient, which
// counts the delivered stock down.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, setLanguage, signIn, snap } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Looks at the same page in English too (screenshots only). */
async function snapBoth(page: Page, name: string, ready: () => Promise<unknown>) {
  await snap(page, `${name}-phone`);
  await setLanguage(page, "en");
  await ready();
  await page.screenshot({ path: `test-results/e2e/${name}-phone-en-view.png` });
  await snap(page, `${name}-phone-en`);
  await setLanguage(page, "id");
  await ready();
}

async function pdfAt(page: Page, href: string | null): Promise<string> {
  const res = await page.request.get(`${baseURL}${href}`);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  const body = await res.body();
  expect(body.subarray(0, 5).toString()).toBe("%PDF-");
  return body.toString("latin1");
}

describe("S5: free masks from the tailors' delivered masks", () => {
  it("PO → delivery with BAST → programme linked → hand-over counts the stock down", async () => {
    const konsultan = await openPage(browser, { baseURL, device: "phone" });
    let delivered = 0;
    try {
      const { page } = konsultan;
      await signIn(page, "konsultan.plut");
      await page.goto("/app/toko/pengadaan");
      const productBox = page.getByRole("combobox", { name: "Produk" });
      await productBox.click();
      await productBox.fill("Masker kain");
      await page.getByRole("option", { name: "Masker kain 3 lapis", exact: true }).click();
      // (exactly "Jumlah": earlier procurements on the page have "Jumlah diterima" boxes of their own)
      await page.getByRole("textbox", { name: "Jumlah", exact: true }).fill("4000");
      await page.getByRole("textbox", { name: /^Instansi/ }).fill("Dinas Koperasi dan UKM Kotim");
      await page.getByRole("textbox", { name: /^Narahubung/ }).fill("Hendra");
      await page.getByRole("textbox", { name: /^Nomor WhatsApp/ }).fill("0812 5000 6161");
      await page.getByRole("button", { name: "Buat pesanan dan bagi ke produsen" }).click();
      const card = page.getByTestId("procurement").filter({ hasText: "Dinas Koperasi dan UKM Kotim" });
      const po = card.getByTestId("purchase-order").first();
      await po.waitFor();
      await pdfAt(page, await po.getByRole("link", { name: "Surat pesanan (PDF)" }).getAttribute("href"));
      const [, , total] = /(\d+)\/(\d+)/.exec(await po.innerText()) ?? [];
      delivered = Number(total);
      expect(delivered).toBeGreaterThan(0);
      await po.getByRole("textbox", { name: "Diterima oleh" }).fill("Yanti, PLUT");
      await po.getByRole("button", { name: "Catat penerimaan" }).click();
      const bast = po.getByTestId("bast");
      await expect.poll(() => bast.count()).toBe(1);
      expect(await bast.innerText()).toContain(`${delivered} unit`);
      await pdfAt(page, await bast.getAttribute("href"));
      await expect.poll(() => po.innerText()).toContain("Diterima lengkap");
      await snapBoth(page, "market-s5-delivery", async () => {
        await po.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -200));
      });
    } finally {
      await konsultan.context.close();
    }

    const admin = await apiSession(baseURL, "admin.kalteng");
    const programmes = await admin<Array<{ id: string; code: string }>>("GET", "/api/aid/programmes");
    const masks = programmes.find((p) => p.code === "MASKER-KOTIM-2020")?.id ?? "";
    const province = await openPage(browser, { baseURL, device: "phone" });
    try {
      const { page } = province;
      await signIn(page, "admin.kalteng");
      await page.goto(`/app/bantuan/program/${masks}`);
      const stock = page.getByTestId("in-kind-stock");
      await expect.poll(() => page.locator("body").innerText()).toContain("50 masker per penerima");
      expect(await page.locator("body").innerText()).not.toContain("Rp250.000");
      await stock.getByRole("combobox", { name: "Pengadaan" }).click();
      await page.getByRole("option", { name: /Dinas Koperasi dan UKM Kotim/ }).click();
      await stock.getByRole("button", { name: "Ambil stok dari pengadaan ini" }).click();
      await expect.poll(() => stock.getByTestId("stock-remaining").innerText()).toBe(String(delivered));
      await snapBoth(page, "aid-s5-programme-stock", () => stock.waitFor());
    } finally {
      await province.context.close();
    }

    // the regency office lists one recipient; the province approves (API: not what this flow checks)
    const operator = await apiSession(baseURL, "operator.kotim");
    const proposal = await operator<{ id: string }>("POST", "/api/aid/proposals", {
      programmeId: masks,
      regionCode: "62.02",
    });
    const added = await operator<{ item: { id: string } }>(
      "POST",
      `/api/aid/proposals/${proposal.id}/items`,
      {
        nik: "6202014503880301",
        nama: "Siti Rahmah",
      },
    );
    expect(added.item.id).toBeTruthy();
    await operator("POST", `/api/aid/proposals/${proposal.id}/submit`);
    await admin("POST", `/api/aid/proposals/${proposal.id}/verify`);
    await admin("POST", `/api/aid/proposals/${proposal.id}/approve`, { decreeNumber: "B-12/2020" });

    const office = await openPage(browser, { baseURL, device: "phone" });
    try {
      const { page } = office;
      await signIn(page, "operator.kotim");
      await page.goto(`/app/bantuan/usulan/${proposal.id}`);
      expect(await page.locator("body").innerText()).not.toMatch(/Rp\d/);
      await page.getByRole("button", { name: "Catat serah terima" }).click();
      const handed = Math.min(50, delivered);
      await page.getByRole("textbox", { name: "Jumlah diserahkan" }).fill(String(handed));
      await page.getByRole("textbox", { name: "Tanggal serah terima" }).fill("2020-07-01");
      await page.getByRole("textbox", { name: "Diterima oleh" }).fill("Siti Rahmah");
      await page.locator('input[type="file"]').setInputFiles({
        name: "tanda-terima.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.4 tanda terima"),
      });
      await page.getByRole("button", { name: "Simpan serah terima" }).click();
      await expect.poll(() => page.locator("body").innerText()).toContain(`Diserahkan ${handed}`);
      await page.goto(`/app/bantuan/program/${masks}`);
      const remaining = page.getByTestId("stock-remaining");
      await expect.poll(() => remaining.innerText()).toBe(String(delivered - handed));
      await snapBoth(page, "aid-s5-after-handover", () => remaining.waitFor());
    } finally {
      await office.context.close();
    }
  });
});
