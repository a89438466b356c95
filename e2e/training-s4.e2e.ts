// S4 end to end in Chromium at phone width, in Bahasa Indonesia: a PLUT consultant creates a DAK
// training, postpones it while waiting for the ministry's technical guidance, moves it online, picks
// participants from the register, records attendance, marks it held and issues certificates; anyone
// checks a certificate on the public page (no login). The same screens are then looked at in English.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, setLanguage, signIn, snap, uniqueUsername } from "./support/session";

const baseURL = inject("baseURL");
const REASON = "Menunggu petunjuk teknis kementerian";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const status = (page: Page) => page.getByTestId("event-status");

async function openTraining(page: Page, menu: string, link: string): Promise<void> {
  await page.getByRole("button", { name: menu }).click();
  await page.getByRole("navigation").getByRole("link", { name: link }).click();
}

async function step(page: Page, action: string, fill?: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: action, exact: true }).click();
  if (fill) {
    const dialog = page.getByRole("dialog");
    await fill(page);
    await dialog.getByRole("button", { name: "Simpan perubahan" }).click();
    await dialog.waitFor({ state: "hidden" });
  }
}

describe("S4 DAK training: postponed, moved online, held, certified", () => {
  let code = "";
  let eventUrl = "";

  it("runs the flow as the PLUT consultant on a phone", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      await openTraining(page, "Buka menu", "Pelatihan");
      await page.getByRole("heading", { name: "Pelatihan", level: 2 }).waitFor();
      await page.getByTestId("training-card").first().waitFor();
      await snap(page, "training-list-id-phone");

      await page.getByRole("button", { name: "Pelatihan baru" }).click();
      const form = page.getByRole("dialog");
      await form.getByLabel("Judul pelatihan").fill("Pelatihan Digital Marketing UMKM Kalteng (DAK)");
      await form.getByLabel("Topik").fill("Naik kelas dari mikro ke kecil");
      await form.getByLabel("Tempat").fill("Aula PLUT Kalimantan Tengah");
      await form.getByLabel("Anggaran (Rp)").fill("150 jt");
      await form.getByLabel("Kuota peserta").fill("20");
      await form.getByLabel("Tanggal mulai").fill("2020-05-18");
      await snap(page, "training-create-id-phone");
      await form.getByRole("button", { name: "Simpan pelatihan" }).dblclick();
      await page.waitForURL(/\/app\/pelatihan\/[0-9a-f-]{36}$/);
      eventUrl = new URL(page.url()).pathname;
      // "150 jt" was saved as Rp150.000.000, and the double click made one training, not two.
      await page.getByText("Rp150.000.000", { exact: false }).first().waitFor();
      const api = await apiSession(baseURL, "konsultan.plut");
      const events = await api<Array<{ title: string }>>("GET", "/api/training/events");
      expect(events.filter((e) => e.title === "Pelatihan Digital Marketing UMKM Kalteng (DAK)")).toHaveLength(
        1,
      );
      await expect.poll(() => status(page).innerText()).toBe("Direncanakan");

      await step(page, "Tunda", (p) => p.getByRole("dialog").getByLabel("Alasan").fill(REASON));
      await expect.poll(() => status(page).innerText()).toBe("Ditunda");
      await expect.poll(() => page.getByTestId("status-history").innerText()).toContain(REASON);
      await expect.poll(() => page.getByTestId("status-history").innerText()).toContain("konsultan.plut");
      // A postponed training cannot be marked held straight away: the button is not offered.
      expect(await page.getByRole("button", { name: "Tandai terlaksana" }).count()).toBe(0);

      await step(page, "Alihkan ke daring", async (p) => {
        await p.getByRole("dialog").getByLabel("Tautan daring").fill("https://zoom.us/j/6271000123");
        await p.getByRole("dialog").getByLabel("Tanggal baru").fill("2020-08-11");
      });
      await expect.poll(() => status(page).innerText()).toBe("Dialihkan daring");
      await page.getByText("https://zoom.us/j/6271000123").waitFor();

      await page.getByRole("button", { name: "Pilih dari registri" }).click();
      const list = page.getByTestId("candidate-list");
      await list.getByRole("checkbox").first().waitFor();
      const boxes = list.getByRole("checkbox", { disabled: false });
      for (let i = 0; i < 3; i++) await boxes.nth(i).check();
      await snap(page, "training-pick-id-phone");
      await page.getByRole("button", { name: "Tambahkan 3 peserta" }).click();
      await expect.poll(() => page.getByTestId("participant-row").count()).toBe(3);

      await page.getByLabel("Pilih semua").check();
      await page.getByRole("button", { name: "Catat hadir" }).click();
      await expect
        .poll(() => page.getByTestId("participant-row").filter({ hasText: "Hadir" }).count())
        .toBe(3);
      await page.getByTestId("participant-row").nth(2).getByRole("checkbox").check();
      await page.getByRole("button", { name: "Catat tidak hadir" }).click();
      await expect
        .poll(() => page.getByTestId("participant-row").filter({ hasText: "Tidak hadir" }).count())
        .toBe(1);

      await step(page, "Tandai terlaksana");
      await expect.poll(() => status(page).innerText()).toBe("Terlaksana");
      await page.getByRole("button", { name: "Terbitkan sertifikat" }).click();
      await page.getByText("2 sertifikat diterbitkan").waitFor();
      const cert = page.getByRole("link", { name: "Sertifikat" }).first();
      code = (await cert.getAttribute("title")) ?? "";
      expect(code).toMatch(/^SRT-[2-9A-HJKMNP-Z]{9}$/);
      const pdf = await page.request.get((await cert.getAttribute("href")) ?? "");
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await snap(page, "training-event-id-phone");
    } finally {
      await context.close();
    }
  });

  it("checks the certificate on the public page, in Indonesian and English", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto(`/sertifikat/${code}`);
      await page.getByText("Sertifikat asli").waitFor();
      await page.getByTestId("certificate-valid").getByText(code).waitFor();
      await snap(page, "certificate-check-id-phone");
      await page.getByRole("button", { name: "EN", exact: true }).click();
      await page.getByText("Genuine certificate").waitFor();
      await snap(page, "certificate-check-en-phone");
      await page.goto(`/sertifikat/${code.slice(0, -1)}${code.endsWith("2") ? "3" : "2"}`);
      await page.getByText("Certificate not found").waitFor();
      await snap(page, "certificate-check-wrong-en-phone");
    } finally {
      await context.close();
    }
  });

  it("shows the same training in English", async () => {
    const admin = await apiSession(baseURL, "admin.kalteng");
    const username = uniqueUsername("konsultan.en");
    const password = "pelatihan-e2e-2020";
    await admin("POST", "/api/users", {
      username,
      displayName: "Konsultan (English)",
      role: "konsultan_plut",
      scope: "62",
      password,
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, username, password);
      await setLanguage(page, "en");
      await openTraining(page, "Open menu", "Training");
      await page.getByRole("heading", { name: "Training", level: 2 }).waitFor();
      await page.getByText("Postponed").first().waitFor();
      await snap(page, "training-list-en-phone");
      await page.goto(eventUrl);
      await expect.poll(() => status(page).innerText()).toBe("Held");
      await expect.poll(() => page.getByTestId("status-history").innerText()).toContain("Moved online");
      await snap(page, "training-event-en-phone");
    } finally {
      await context.close();
    }
  });
});
