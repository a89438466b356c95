// S3 kendala: a field assistant reports a raw-material problem of a business from their phone;
// the regency operator assigns it, follows it up and resolves it on the constraints board.
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

const run = Date.now().toString(36).slice(-5).toUpperCase();
const businessName = `Penjahit Masker Bu Wati ${run}`;
const description = `Karet masker habis di toko langganan (${run}); harga naik dari Rp15.000 menjadi Rp40.000 per gulung`;

type Detail = { id: string; status: string; assigneeName: string | null; followUps: Array<{ note: string }> };

async function seedBusiness(): Promise<string> {
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  const page = await operator<{ business: { id: string } }>("POST", "/api/registry/businesses", {
    business: {
      name: businessName,
      sector: "konveksi",
      regionCode: "62.71.01.1003",
      products: "Masker kain",
    },
    owner: { nik: "6271015508790007", name: "Wati Susilawati", sex: "P", villageCode: "62.71.01.1003" },
    impact: { assessedOn: "2020-04-20", affected: true, turnoverBefore: 4_000_000, turnoverAfter: 1_500_000 },
  });
  return page.business.id;
}

describe("constraints board", () => {
  it("a kendala reported in the field is assigned, followed up and resolved", async () => {
    const businessId = await seedBusiness();

    // The field assistant reports it from the business page on a phone.
    const field = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(field.page, "pendamping.palangkaraya");
      await field.page.goto(`/app/registri/${businessId}`);
      await field.page.getByRole("heading", { name: businessName }).waitFor();
      await field.page.getByRole("button", { name: "Laporkan kendala" }).click();
      const dialog = field.page.getByRole("dialog", { name: "Laporkan kendala" });
      await dialog.getByRole("combobox", { name: "Jenis kendala" }).click();
      await field.page.getByRole("option", { name: "Bahan baku" }).click();
      await dialog.getByRole("textbox", { name: "Uraian" }).fill(description);
      await snap(field.page, "registry-constraint-report-phone");
      await dialog.getByRole("button", { name: "Laporkan kendala" }).click();
      await field.page.getByText("Kendala dilaporkan.").waitFor();
      await field.page.getByTestId("business-constraint").filter({ hasText: description }).waitFor();
      await snap(field.page, "registry-business-phone");
    } finally {
      await field.context.close();
    }

    // The operator handles it on the board.
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Kendala" })
        .click();
      await page.getByRole("heading", { name: "Kendala usaha", level: 2 }).waitFor();
      const open = page.getByTestId("board-column-open");
      const card = open.getByTestId("constraint-card").filter({ hasText: businessName });
      await card.waitFor();
      await snap(page, "registry-board-desktop");
      await card.click();

      const detail = page.getByTestId("constraint-detail");
      await detail.waitFor();
      expect(await detail.getAttribute("data-status")).toBe("open");
      await detail.getByRole("textbox", { name: "Nama penanggung jawab" }).fill("Bidang UMKM Diskop Kota");
      await detail.getByRole("button", { name: "Tugaskan" }).click();
      await page.getByText("Penanggung jawab dicatat.").waitFor();
      await detail.getByRole("button", { name: "Mulai tangani" }).click();
      await expect.poll(() => detail.getAttribute("data-status")).toBe("in_progress");
      await detail
        .getByRole("textbox", { name: "Catatan" })
        .fill("Dihubungkan dengan pemasok karet di Banjarmasin.");
      await detail.getByRole("button", { name: "Catat tindak lanjut" }).click();
      await page.getByText("Tindak lanjut dicatat.").waitFor();
      await detail
        .getByRole("textbox", { name: "Catatan" })
        .fill("Karet 20 gulung diterima; produksi masker kembali normal.");
      await snap(page, "registry-constraint-detail-desktop");
      await detail.getByRole("button", { name: "Tandai selesai" }).click();
      await expect.poll(() => detail.getAttribute("data-status")).toBe("resolved");
      await page.getByText("Kendala ditandai selesai.").waitFor();
      await page.keyboard.press("Escape");

      await page
        .getByTestId("board-column-resolved")
        .getByTestId("constraint-card")
        .filter({ hasText: businessName })
        .waitFor();
      expect(await open.getByTestId("constraint-card").filter({ hasText: businessName }).count()).toBe(0);
      await snap(page, "registry-board-resolved-desktop");

      const api = await apiSession(baseURL, "operator.palangkaraya");
      const list = await api<{ items: Array<{ id: string }> }>(
        "GET",
        `/api/registry/constraints?businessId=${businessId}`,
      );
      expect(list.items).toHaveLength(1);
      const saved = await api<Detail>("GET", `/api/registry/constraints/${list.items[0]?.id}`);
      expect(saved.status).toBe("resolved");
      expect(saved.assigneeName).toBe("Bidang UMKM Diskop Kota");
      expect(saved.followUps.map((f) => f.note).join("\n")).toMatch(
        /pemasok karet[\s\S]*produksi masker kembali normal/,
      );
    } finally {
      await context.close();
    }
  });
});
