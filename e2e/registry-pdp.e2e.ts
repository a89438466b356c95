// UU PDP in the browser at phone width: an operator reveals an owner's NIK (the dialog refuses an
// empty reason, then takes one), downloads the owner's data (PDF and JSON); the admin reads the
// reveal with its reason in the NIK log. Then the same screens in English.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, setLanguage, signIn, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

type ListPage = { items: { id: string; name: string; ownerId: string; ownerName: string }[] };

async function someBusiness(offset: number) {
  const call = await apiSession(baseURL, "operator.palangkaraya");
  const page = await call<ListPage>("GET", `/api/registry/businesses?limit=1&offset=${offset}&sort=name`);
  const item = page.items[0];
  if (!item) throw new Error("no business in the demo register");
  return item;
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("dialog").getByRole("link", { name: button }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe("a person's data and the NIK reveal log (UU PDP)", () => {
  it("reveals a NIK with a reason, downloads the data, and the admin reads the reveal", async () => {
    const item = await someBusiness(3);
    const reason = `Verifikasi usulan BPUM ${Date.now().toString(36)}`;
    const op = await openPage(browser, { baseURL, device: "phone" });
    try {
      const page = op.page;
      await signIn(page, "operator.palangkaraya");
      await page.goto(`/app/registri/${item.id}`);
      await page.getByRole("heading", { name: item.name, level: 2 }).waitFor();
      await page.getByRole("button", { name: "Tampilkan NIK" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByText("Alasan menampilkan NIK").waitFor();
      await dialog.getByRole("button", { name: "Tampilkan NIK" }).click();
      await dialog.getByText("Tuliskan alasan minimal 10 karakter.").waitFor();
      await snap(page, "pdp-reveal-reason-id-phone");
      await dialog.getByLabel("Alasan").fill(reason);
      await dialog.getByRole("button", { name: "Tampilkan NIK" }).click();
      await expect.poll(() => page.getByTestId("nik").first().innerText()).toMatch(/^\d{16}$/);

      await page.getByRole("button", { name: "Unduh data pribadi (UU PDP)" }).click();
      await page.getByRole("dialog").getByText("UU PDP Pasal 32", { exact: false }).waitFor();
      await snap(page, "pdp-download-id-phone");
      const pdf = await download(page, "Unduh PDF untuk pemilik");
      expect(pdf.name).toMatch(/^data-pribadi-.+\.pdf$/);
      expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
      const json = await download(page, "Unduh JSON");
      expect(json.name).toMatch(/^data-pribadi-.+\.json$/);
      const data = JSON.parse(json.bytes.toString("utf8"));
      expect(data.person.id).toBe(item.ownerId);
      expect(data.person.nik).toMatch(/^\d{16}$/);
      expect(data.register.businesses.map((b: { business: { id: string } }) => b.business.id)).toContain(
        item.id,
      );
    } finally {
      await op.context.close();
    }

    const admin = await openPage(browser, { baseURL, device: "phone" });
    try {
      const page = admin.page;
      await signIn(page, "admin.kalteng");
      await page.getByRole("button", { name: "Buka menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "Log NIK" }).click();
      await page.getByRole("heading", { name: "Log penampilan NIK", level: 2 }).waitFor();
      const entry = page.getByTestId("reveal-entry").filter({ hasText: reason });
      await entry.waitFor();
      expect(await entry.innerText()).toContain(item.ownerName);
      expect(await entry.innerText()).toContain("oleh operator.palangkaraya");
      await snap(page, "pdp-reveal-log-id-phone");
    } finally {
      await admin.context.close();
    }
  });

  it("shows the reason dialog, the download and the reveal log in English", async () => {
    const call = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("admin.en");
    const password = "log-nik-e2e-2020";
    await call("POST", "/api/users", {
      username,
      displayName: "Admin (English)",
      role: "admin_provinsi",
      scope: "62",
      password,
    });
    const item = await someBusiness(4);
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, username, password);
      await setLanguage(page, "en");
      await page.goto(`/app/registri/${item.id}`);
      await page.getByRole("button", { name: "Show NIK" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByLabel("Reason").fill("Checking the owner's aid proposal");
      await snap(page, "pdp-reveal-reason-en-phone");
      await dialog.getByRole("button", { name: "Show NIK" }).click();
      await expect.poll(() => page.getByTestId("nik").first().innerText()).toMatch(/^\d{16}$/);
      await page.getByRole("button", { name: "Download personal data (PDP law)" }).click();
      await page.getByRole("dialog").getByRole("link", { name: "Download PDF for the owner" }).waitFor();
      await snap(page, "pdp-download-en-phone");
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: "Open menu" }).click();
      await page.getByRole("navigation").getByRole("link", { name: "NIK log" }).click();
      await page.getByRole("heading", { name: "NIK reveal log", level: 2 }).waitFor();
      await page
        .getByTestId("reveal-entry")
        .filter({ hasText: "Checking the owner's aid proposal" })
        .waitFor();
      await snap(page, "pdp-reveal-log-en-phone");
    } finally {
      await context.close();
    }
  });
});
