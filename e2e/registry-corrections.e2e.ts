// Corrections (issue 11, flow d): on a phone, the province admin corrects a business and its
// owner from the business page, records a production pivot with its share of production and
// turns it into a store product in one step (the store keeps the pivot's id); a cooperative is
// corrected on its own page; each change shows in the page's history. Then the pages in English.
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

const run = Date.now().toString(36).slice(-5).toUpperCase();

async function fill(page: Page, dialog: string, fields: Record<string, string>): Promise<void> {
  const modal = page.getByRole("dialog", { name: dialog });
  await modal.waitFor();
  for (const [label, value] of Object.entries(fields)) {
    await modal.getByRole("textbox", { name: label, exact: true }).fill(value);
  }
}

/** Switches the account to English, runs `look` on `url`, and switches back. */
async function inEnglish(page: Page, url: string, look: () => Promise<void>): Promise<void> {
  await setLanguage(page, "en");
  try {
    await page.goto(url);
    await look();
  } finally {
    await setLanguage(page, "id");
  }
}

async function submit(page: Page, dialog: string, button: string): Promise<void> {
  const modal = page.getByRole("dialog", { name: dialog });
  await modal.getByRole("button", { name: button, exact: true }).click();
  await modal.waitFor({ state: "detached" });
}

describe("corrections from the record pages", () => {
  it("edits a business and its owner, records a pivot and makes the store product from it", async () => {
    const api = await apiSession(baseURL, "admin.kalteng");
    const list = await api<{ items: Array<{ id: string; name: string }> }>(
      "GET",
      "/api/registry/businesses?region=62.71&limit=1&sort=name",
    );
    const target = list.items[0];
    if (!target) throw new Error("no demo business in Palangka Raya");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "admin.kalteng");
      await page.goto(`/app/registri/${target.id}`);
      await page.getByRole("heading", { name: target.name, level: 2 }).waitFor();

      const newName = `Konveksi Koreksi ${run}`;
      await page.getByRole("button", { name: "Ubah usaha" }).click();
      await fill(page, "Ubah data usaha", { "Nama usaha": newName, "Jumlah pekerja": "4" });
      await snap(page, "registry-edit-business-phone");
      await submit(page, "Ubah data usaha", "Simpan");
      await page.getByRole("heading", { name: newName, level: 2 }).waitFor();
      const history = page.getByRole("region", { name: "Riwayat" });
      await history.getByText(`Nama: ${target.name} → ${newName}`).waitFor();

      await page.getByRole("button", { name: "Ubah pemilik" }).click();
      await fill(page, "Ubah data pemilik", { "No. HP / WA": "0813 5400 7788" });
      await submit(page, "Ubah data pemilik", "Simpan");
      await history.getByText(/Nomor HP: .* → \+6281354007788/).waitFor();

      // A product made: a price the form cannot read is refused in the form, then corrected.
      const product = `Sarung bantal ${run}`;
      await page.getByRole("button", { name: "Tambah produk" }).click();
      await fill(page, "Tambah produk yang dibuat", { "Nama produk": product, "Harga (Rp)": "dua ribu" });
      const productDialog = page.getByRole("dialog", { name: "Tambah produk yang dibuat" });
      await productDialog.getByRole("button", { name: "Simpan", exact: true }).click();
      await productDialog.getByText(/Jumlah tidak dikenali/).waitFor();
      await fill(page, "Tambah produk yang dibuat", { "Harga (Rp)": "12.500" });
      await submit(page, "Tambah produk yang dibuat", "Simpan");
      await page.getByText(product, { exact: true }).waitFor();
      await page
        .getByText(/Rp\s?12\.500/)
        .first()
        .waitFor();

      const after = `Masker kain ${run}`;
      await page.getByRole("button", { name: "Catat peralihan" }).click();
      await fill(page, "Catat peralihan produksi", {
        "Sebelumnya membuat": "Baju muslim",
        "Sekarang membuat": after,
        "Sejak tanggal": "2020-04-01",
        "Bagian produksi (%)": "60",
      });
      await submit(page, "Catat peralihan produksi", "Simpan");
      const pivot = page.getByTestId("pivot").filter({ hasText: after });
      await pivot.getByText(/60% produksi/).waitFor();

      await pivot.getByRole("button", { name: "Jadikan produk toko" }).click();
      const dialog = page.getByRole("dialog", { name: "Produk toko dari peralihan" });
      expect(await dialog.getByRole("textbox", { name: "Nama produk", exact: true }).inputValue()).toBe(
        after,
      );
      await fill(page, "Produk toko dari peralihan", {
        "Harga (Rp)": "5.000",
        Satuan: "lembar",
        Kategori: "Masker",
      });
      await snap(page, "registry-store-from-pivot-phone");
      await submit(page, "Produk toko dari peralihan", "Jadikan produk toko");
      await pivot.getByText("Sudah di toko").waitFor();
      await snap(page, "registry-business-corrected-phone");

      // The store holds the product with the pivot's id and the business as its producer.
      const businessPage = await api<{ pivots: Array<{ id: string; after: string; share: number }> }>(
        "GET",
        `/api/registry/businesses/${target.id}`,
      );
      const recorded = businessPage.pivots.find((p) => p.after === after);
      expect(recorded?.share).toBe(60);
      const products = await api<Array<{ name: string; sourcePivotId: string | null; producers: unknown[] }>>(
        "GET",
        "/api/market/admin/products",
      );
      const made = products.filter((p) => p.sourcePivotId === recorded?.id);
      expect(made.map((p) => p.name)).toEqual([after]);
      expect(made[0]?.producers).toHaveLength(1);

      // The same page in English.
      await inEnglish(page, `/app/registri/${target.id}`, async () => {
        await page.getByRole("button", { name: "Edit business" }).waitFor();
        await page.getByText("In the store").waitFor();
        await snap(page, "registry-business-corrected-en-phone");
      });
    } finally {
      await context.close();
    }
  });

  it("corrects a cooperative on its page and lists the change", async () => {
    const api = await apiSession(baseURL, "operator.palangkaraya");
    const name = `KSU Betang ${run}`;
    const coop = await api<{ id: string }>("POST", "/api/registry/cooperatives", {
      name,
      sector: "perdagangan",
      regionCode: "62.71.01.1003",
      members: 25,
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "operator.palangkaraya");
      await page.goto("/app/registri/koperasi");
      await page.getByRole("textbox", { name: "Cari nama koperasi" }).fill(name);
      await page.getByRole("link", { name }).click();
      await page.waitForURL(new RegExp(`/app/registri/koperasi/${coop.id}`));
      await page.getByRole("button", { name: "Ubah koperasi" }).click();
      await fill(page, "Ubah data koperasi", { "Jumlah anggota": "41" });
      await submit(page, "Ubah data koperasi", "Simpan");
      await page.getByRole("region", { name: "Riwayat" }).getByText("Jumlah anggota: 25 → 41").waitFor();
      // A sector change reads as the sectors' names, not their codes.
      await api("PATCH", `/api/registry/cooperatives/${coop.id}`, { sector: "konveksi" });
      await page.reload();
      await page
        .getByRole("region", { name: "Riwayat" })
        .getByText("Sektor: Perdagangan → Konveksi / jahit", { exact: true })
        .waitFor();
      await snap(page, "registry-cooperative-corrected-phone");
      await inEnglish(page, `/app/registri/koperasi/${coop.id}`, async () => {
        await page.getByText("Members: 25 → 41").waitFor();
        await page.getByText("Sector: Trade → Garments / tailoring", { exact: true }).waitFor();
        await snap(page, "registry-cooperative-corrected-en-phone");
      });
    } finally {
      await context.close();
    }
  });
});
