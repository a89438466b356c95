// Kartu Prakerja in Chromium at phone width: the Bangka Belitung admin sees the demo lists, imports
// a participant list (No, NIK, Nama Lengkap, No. HP, Gelombang, Status), sees its status counts and
// rows, finds the owner's status on the business page, and the summary counts the new pass; then
// the same page in English.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, setLanguage, signIn, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;
const run = Date.now().toString().slice(-4);
const listName = `Prakerja Pangkalpinang gelombang 5 (${run})`;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type Region = { code: string };
type Summary = { prakerja: { registered: number; passed: number } };

/** A Pangkalpinang owner in the register, to be found on the list by NIK. */
async function seedOwner(api: Awaited<ReturnType<typeof apiSession>>) {
  const [district] = await api<Region[]>("GET", "/api/regions?parent=19.71");
  const [village] = await api<Region[]>("GET", `/api/regions?parent=${district?.code}`);
  const nik = `${(district?.code ?? "").replace(/\./g, "")}030275${run}`;
  const page = await api<{ business: { id: string } }>("POST", "/api/registry/businesses", {
    owner: { nik, name: "Hendra Gunawan", sex: "L", birthDate: "1975-02-03", villageCode: village?.code },
    business: { name: `Kerupuk Hendra ${run}`, sector: "kuliner", regionCode: village?.code },
    duplicateDecision: { kind: "new_person", reason: "peserta Prakerja uji" },
  });
  return { nik, businessId: page.business.id };
}

describe("Kartu Prakerja", () => {
  it("imports a participant list with statuses and shows the owner's status", async () => {
    const api = await apiSession(baseURL, "admin.babel");
    const owner = await seedOwner(api);
    const before = await api<Summary>("GET", "/api/reports/summary?region=19.71");
    const csv = [
      "No,NIK,Nama Lengkap,No. HP,Gelombang,Status",
      `1,${owner.nik},HENDRA GUNAWAN,081278901234,5,Lulus`,
      `2,1971014507900${run.slice(0, 3)},Mei Ling,081377788899,5,Terdaftar`,
    ].join("\n");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "admin.babel");
      await page.getByRole("button", { name: "Buka menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Kartu Prakerja" }).click();
      await page.getByRole("heading", { name: "Kartu Prakerja", level: 2 }).waitFor();
      await expect.poll(() => page.getByTestId("prakerja-list").count()).toBeGreaterThanOrEqual(7);
      await snap(page, "prakerja-lists-id-phone");
      await page.getByRole("button", { name: "Impor daftar peserta" }).click();
      const dialog = page.getByRole("dialog", { name: "Impor daftar peserta" });
      await dialog
        .locator('input[type="file"]')
        .setInputFiles({ name: "prakerja-gel5.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await dialog.getByRole("textbox", { name: "Nama daftar" }).fill(listName);
      await dialog.getByRole("textbox", { name: "Tanggal data" }).fill("2020-10-01");
      await dialog.getByRole("combobox", { name: "Wilayah" }).click();
      await page.getByRole("option", { name: /19\.71/ }).click();
      await dialog.getByRole("button", { name: "Impor" }).click();
      const card = page.getByTestId("prakerja-list").filter({ hasText: listName });
      await card.getByText("1 lulus").waitFor();
      await card.getByText("2 terdaftar").waitFor();
      await card.getByTestId("prakerja-rows").getByText("HENDRA GUNAWAN").waitFor();
      await snap(page, "prakerja-imported-id-phone");

      await page.goto(`/app/registri/${owner.businessId}`);
      const status = page.getByTestId("prakerja-status");
      await status.getByText(listName).waitFor();
      await status.getByText("Lulus", { exact: true }).waitFor();
      await status.getByText(/^Gelombang 5 · /).waitFor();
      await snap(page, "prakerja-business-id-phone");
      const after = await api<Summary>("GET", "/api/reports/summary?region=19.71");
      expect(after.prakerja).toEqual({
        registered: before.prakerja.registered + 2,
        passed: before.prakerja.passed + 1,
      });
    } finally {
      await context.close();
    }
  });

  it("reads the lists in English", async () => {
    const admin = await apiSession(baseURL, "admin.babel");
    const username = uniqueUsername("pimpinan.babel");
    const password = "prakerja-e2e-2020";
    await admin("POST", "/api/users", {
      username,
      displayName: "Head Babel",
      role: "pimpinan",
      scope: "19",
      password,
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, username, password);
      await setLanguage(page, "en");
      await page.getByRole("button", { name: "Open menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Kartu Prakerja" }).click();
      await page
        .getByTestId("prakerja-list")
        .first()
        .getByText(/\d+ passed/)
        .waitFor();
      expect(await page.getByRole("button", { name: "Import participant list" }).count()).toBe(0);
      await snap(page, "prakerja-lists-en-phone");
    } finally {
      await context.close();
    }
  });
});
