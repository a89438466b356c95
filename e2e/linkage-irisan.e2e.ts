// S7 "the overlap (irisan) with the social ministry's list is known": the Palangka Raya operator
// uploads a DTKS extract (CSV), the list is linked to the register while a progress bar runs, and
// the irisan report shows who is in both, only in the list and only in the register.
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
const serial = () => String(Math.floor(Math.random() * 900) + 8100);
// A man born 3 Feb 1975 in Pahandut; two outsiders with NIKs no register record carries.
const ownerNik = `627101030275${serial()}`;
const listName = `DTKS Kemensos April 2020 (uji ${run})`;

async function seedOwner(): Promise<void> {
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  await operator("POST", "/api/registry/businesses", {
    owner: {
      nik: ownerNik,
      name: "Rahmat Hidayat",
      sex: "L",
      birthDate: "1975-02-03",
      villageCode: "62.71.01.1003",
    },
    business: { name: `Bengkel Las Rahmat ${run}`, sector: "jasa", regionCode: "62.71.01.1003" },
  });
}

function csv(): string {
  return [
    "No,NIK,Nama,Jenis Kelamin,Tanggal Lahir,Kelurahan",
    `1,${ownerNik},RAHMAT HIDAYAT,L,03-02-1975,Langkai`,
    `2,627101470680${serial()},Yuliana Ester,P,07-06-1980,Langkai`,
    `3,627101120966${serial()},Kornelius Dimas,L,12-09-1966,Langkai`,
  ].join("\n");
}

describe("irisan report", () => {
  it("uploads a DTKS list, links it and shows the overlap with the register", async () => {
    await seedOwner();
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Pencocokan" })
        .click();
      await page.getByRole("heading", { name: "Pencocokan", level: 2 }).waitFor();
      await page.getByRole("button", { name: "Unggah daftar" }).click();
      const dialog = page.getByRole("dialog", { name: "Unggah daftar" });
      await dialog
        .locator('input[type="file"]')
        .setInputFiles({ name: "dtks-april-2020.csv", mimeType: "text/csv", buffer: Buffer.from(csv()) });
      await dialog.getByRole("textbox", { name: "Nama daftar" }).fill(listName);
      await dialog.getByRole("textbox", { name: "Tanggal data (YYYY-MM-DD)" }).fill("2020-04-30");
      await dialog
        .getByRole("textbox", { name: "Sumber / instansi" })
        .fill("Dinas Sosial Kota Palangka Raya");
      await snap(page, "linkage-upload-desktop");
      await dialog.getByRole("button", { name: "Unggah dan cocokkan" }).click();

      // When linking is done the report opens by itself.
      await page.waitForURL(/\/app\/pencocokan\/[0-9a-f-]{36}$/, { timeout: 60_000 });
      await page.getByRole("heading", { name: listName }).waitFor();
      await expect.poll(() => page.getByTestId("irisan-count-both").innerText()).toMatch(/^\d+$/);
      expect(Number(await page.getByTestId("irisan-count-both").innerText())).toBe(1);
      expect(Number(await page.getByTestId("irisan-count-list_only").innerText())).toBe(2);
      expect(Number(await page.getByTestId("irisan-count-register_only").innerText())).toBeGreaterThan(0);

      const table = page.getByTestId("irisan-table");
      await table.getByText(`Rahmat Hidayat — Bengkel Las Rahmat ${run}`).waitFor();
      await snap(page, "linkage-irisan-desktop");

      await page.getByTestId("irisan-list_only").click();
      await table.getByText("Yuliana Ester").waitFor();
      await table.getByText("Kornelius Dimas").waitFor();

      // Filter by name, then download the part shown as xlsx.
      await page.getByRole("searchbox", { name: "Cari nama atau NIK" }).fill("Yuliana");
      await expect.poll(() => table.locator("tbody tr").count()).toBe(1);
      const href = await page.getByRole("link", { name: "Unduh Excel" }).getAttribute("href");
      expect(href).toMatch(/irisan\.xlsx\?category=list_only&q=Yuliana$/);
      const file = await page.request.get(`${baseURL}${href}`);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toContain("spreadsheetml");
      expect((await file.body()).subarray(0, 2).toString()).toBe("PK");

      // The list is in the overview with its state.
      await page.getByRole("link", { name: "Kembali ke daftar" }).click();
      const card = page.getByTestId("outside-list").filter({ hasText: listName });
      await card.getByText("Sudah dicocokkan").waitFor();
      await snap(page, "linkage-lists-desktop");
    } finally {
      await context.close();
    }
  });
});
