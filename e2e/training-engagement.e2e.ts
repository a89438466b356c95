// The owners' side of a training end to end, at phone width: an owner registers on the public link
// (no login) and gets a personal code with its QR; the consultant sends the invitations from the
// WhatsApp send list and checks the owner in at the venue by code (a second time says "already
// present"); after the training is held the owner fills the evaluation on their page and the
// consultant sees the averages. The public pages and the operator's screens are looked at in
// Indonesian and English.
import type { Browser } from "playwright-core";
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
const serial = () => String(Math.floor(Math.random() * 900) + 8100);
// A woman born 21 Sept 1983 in Pahandut (NIK day + 40).
const ownerNik = `627101610983${serial()}`;
const business = `Kue Basah Mama Intan ${run}`;

async function seed(): Promise<string> {
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  await operator("POST", "/api/registry/businesses", {
    owner: {
      nik: ownerNik,
      name: "Intan Permatasari",
      sex: "P",
      birthDate: "1983-09-21",
      villageCode: "62.71.01.1003",
    },
    business: { name: business, sector: "kuliner", regionCode: "62.71.01.1003" },
  });
  const konsultan = await apiSession(baseURL, "konsultan.plut");
  const event = await konsultan<{ id: string }>("POST", "/api/training/events", {
    title: `Pengemasan dan Label Halal ${run}`,
    topic: "Kemasan produk pangan olahan",
    targetSizeClass: "mikro",
    mode: "in_person",
    venue: "Aula PLUT Kalimantan Tengah, Palangka Raya",
    fundingSource: "APBD",
    budget: 35_000_000,
    quota: 25,
    trainers: ["Dewi Anggraini"],
    startsOn: "2020-10-06",
    regionCode: "62.71",
  });
  return event.id;
}

describe("training: self-registration, QR check-in, evaluation", () => {
  let eventId = "";
  let code = "";

  it("an owner registers on the public link from a phone", async () => {
    eventId = await seed();
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto(`/pelatihan/daftar/${eventId}`);
      await page.getByText("Sisa 25 kursi").waitFor();
      await page.getByLabel("NIK (16 angka)").fill(ownerNik);
      await page.getByLabel("Nomor HP/WhatsApp").fill("0813 4950 2211");
      await page.getByLabel("Nama usaha").fill("Kue Basah Mama Intan");
      await snap(page, "training-register-id-phone");
      await page.getByRole("button", { name: "Daftar", exact: true }).dblclick();
      await page.getByText("Pendaftaran diterima. Anda terdaftar sebagai peserta.").waitFor();
      code = await page.getByTestId("seat-code").innerText();
      expect(code).toMatch(/^PST-[2-9A-HJKMNP-Z]{9}$/);
      await snap(page, "training-registered-id-phone");
      // The same person again: refused in Indonesian, nothing added.
      await page.reload();
      await page.getByLabel("NIK (16 angka)").fill(ownerNik);
      await page.getByLabel("Nomor HP/WhatsApp").fill("081349502211");
      await page.getByLabel("Nama usaha").fill("Kue Basah Mama Intan");
      await page.getByRole("button", { name: "Daftar", exact: true }).click();
      await page.getByText("Anda sudah terdaftar pada pelatihan ini.", { exact: false }).waitFor();
      await page.getByText("Sisa 24 kursi").waitFor();
      await snap(page, "training-register-twice-id-phone");
      await page.getByRole("button", { name: "EN", exact: true }).click();
      await page.getByText("24 seats left").waitFor();
      await snap(page, "training-register-en-phone");
      await page.goto(`/pelatihan/peserta/${code}`);
      await page
        .getByText("Tunjukkan kode QR ini kepada petugas", { exact: false })
        .or(page.getByText("Show this QR code", { exact: false }))
        .waitFor();
      const qr = page.getByRole("img", { name: code });
      await expect.poll(() => qr.evaluate((i) => (i as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      await snap(page, "training-seat-phone");
    } finally {
      await context.close();
    }
  });

  it("the consultant sends the invitation and checks the owner in by code", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      await page.goto(`/app/pelatihan/${eventId}`);
      await page.getByTestId("registration-row").filter({ hasText: "Kue Basah Mama Intan" }).waitFor();
      await page.getByTestId("public-link").waitFor();
      await snap(page, "training-desk-id-phone");
      await page.getByRole("link", { name: "Undangan WhatsApp" }).click();
      const row = page.getByTestId("invitation-row").filter({ hasText: code });
      await row.waitFor();
      const send = row.getByRole("link", { name: "Kirim lewat WhatsApp" });
      const href = (await send.getAttribute("href")) ?? "";
      expect(href).toMatch(/^https:\/\/wa\.me\/6281349502211\?text=/);
      expect(decodeURIComponent(href)).toContain(`Kode peserta: ${code}`);
      await context.route("https://wa.me/**", (r) => r.fulfill({ status: 200, body: "wa" }));
      const [popup] = await Promise.all([context.waitForEvent("page"), send.click()]);
      await popup.close();
      await row.getByTestId("sent-badge").waitFor();
      await snap(page, "training-invitations-id-phone");

      await page.goto(`/app/pelatihan/${eventId}/hadir`);
      await page.getByTestId("check-in-code").fill(code.toLowerCase());
      await page.getByRole("button", { name: "Catat hadir" }).click();
      await page.getByText("Hadir: Intan Permatasari").waitFor();
      await page.getByText("1 dari 1 peserta hadir").waitFor();
      await snap(page, "training-check-in-id-phone");
      await page.getByTestId("check-in-code").fill(code);
      await page.getByRole("button", { name: "Catat hadir" }).click();
      await page.getByText("Sudah hadir: Intan Permatasari").waitFor();
      await page.getByText("1 dari 1 peserta hadir").waitFor();
      await snap(page, "training-check-in-again-id-phone");
      await setLanguage(page, "en");
      await page.getByText("Participant check-in").first().waitFor();
      await page.getByTestId("check-in-code").fill(code);
      await page.getByRole("button", { name: "Record present" }).click();
      await page.getByText("Already present: Intan Permatasari").waitFor();
      await snap(page, "training-check-in-en-phone");
      await setLanguage(page, "id");
    } finally {
      await context.close();
    }
  });

  it("after the training the owner evaluates it; the consultant sees the averages", async () => {
    const konsultan = await apiSession(baseURL, "konsultan.plut");
    await konsultan("POST", `/api/training/events/${eventId}/status`, { status: "held" });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await page.goto(`/pelatihan/peserta/${code}`);
      await page.getByRole("button", { name: "ID", exact: true }).click();
      await page.getByText("Kehadiran Anda sudah tercatat.").waitFor();
      const form = page.getByTestId("evaluation-form");
      await form.getByRole("radio", { name: "Materi 5" }).click();
      await form.getByRole("radio", { name: "Pelatih 4" }).click();
      await form.getByRole("radio", { name: "Manfaat bagi usaha 5" }).click();
      await form
        .getByLabel("Saran dan komentar")
        .fill("Contoh label halal sangat membantu. Mohon ada pendampingan sertifikasi.");
      await snap(page, "training-evaluation-id-phone");
      await form.getByRole("button", { name: "Kirim evaluasi" }).click();
      await page.getByTestId("evaluation-thanks").waitFor();
      await snap(page, "training-evaluated-id-phone");
      await page.getByRole("button", { name: "EN", exact: true }).click();
      await page.getByText("Thank you, your evaluation was sent.").waitFor();
      await snap(page, "training-evaluated-en-phone");
    } finally {
      await context.close();
    }
    const staff = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(staff.page, "konsultan.plut");
      await staff.page.goto(`/app/pelatihan/${eventId}`);
      const results = staff.page.getByTestId("evaluation-results");
      await results.getByText("1 dari 1 peserta hadir mengisi").waitFor();
      expect(await results.getByTestId("average-content").innerText()).toBe("5");
      expect(await results.getByTestId("average-trainer").innerText()).toBe("4");
      await results.getByText("Contoh label halal", { exact: false }).waitFor();
      await results.scrollIntoViewIfNeeded();
      await snap(staff.page, "training-evaluation-results-id-phone");
      await setLanguage(staff.page, "en");
      await staff.page.getByText("1 of 1 attendees answered").waitFor();
      await snap(staff.page, "training-evaluation-results-en-phone");
      await setLanguage(staff.page, "id");
    } finally {
      await staff.context.close();
    }
  });
});
