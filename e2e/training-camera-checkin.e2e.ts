// Check-in with the camera: the operator switches the camera on and the participant holds up the
// QR from their invitation. Chromium's fake camera plays a video of that QR; the page decodes it
// (desktop Chromium has no BarcodeDetector, so this is the JavaScript decoder a Windows laptop
// uses) and records the participant present once, however long the code stays in view. Reached
// over plain HTTP on an office host name, the page says the camera needs HTTPS.
import { rm } from "node:fs/promises";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumArgs, findChromium } from "./support/chromium";
import { fakeCameraArgs, qrVideo } from "./support/fake-camera";
import { apiSession, openPage, signIn, snap } from "./support/session";

const baseURL = inject("baseURL");
const officeURL = `http://sinergi.lan:${new URL(baseURL).port}`;
const run = Date.now().toString(36).slice(-5).toUpperCase();
// A man born 2 March 1979 in Pahandut.
const ownerNik = `6271010203790${String(Math.floor(Math.random() * 900) + 100)}`;
let browser: Browser;
let video = "";
let eventId = "";
let code = "";

async function seat(): Promise<{ eventId: string; code: string }> {
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  await operator("POST", "/api/registry/businesses", {
    owner: {
      nik: ownerNik,
      name: "Bambang Irawan",
      sex: "L",
      birthDate: "1979-03-02",
      villageCode: "62.71.01.1003",
    },
    business: { name: `Rotan Anyam Pak Bambang ${run}`, sector: "kerajinan", regionCode: "62.71.01.1003" },
  });
  const konsultan = await apiSession(baseURL, "konsultan.plut");
  const event = await konsultan<{ id: string }>("POST", "/api/training/events", {
    title: `Foto Produk dengan Ponsel ${run}`,
    topic: "Pemasaran digital",
    targetSizeClass: "mikro",
    mode: "in_person",
    venue: "Aula PLUT Kalimantan Tengah, Palangka Raya",
    fundingSource: "APBD",
    budget: 12_000_000,
    quota: 20,
    trainers: ["Rina Wulandari"],
    startsOn: "2020-11-10",
    regionCode: "62.71",
  });
  const registered = await fetch(`${baseURL}/api/training/public/events/${event.id}/registrations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      nik: ownerNik,
      phone: "081251207733",
      businessName: `Rotan Anyam Pak Bambang ${run}`,
    }),
  });
  expect(registered.status).toBe(201);
  const { code } = (await registered.json()) as { code: string };
  return { eventId: event.id, code };
}

beforeAll(async () => {
  ({ eventId, code } = await seat());
  // The QR of the invitation holds the participant's page address, as printed and sent.
  video = await qrVideo(`${baseURL}/pelatihan/peserta/${code}`);
  browser = await chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: [...chromiumArgs, ...fakeCameraArgs(video), "--host-resolver-rules=MAP sinergi.lan 127.0.0.1"],
  });
});

afterAll(async () => {
  await browser?.close();
  if (video) await rm(video, { force: true });
});

describe("training: check-in with the camera", () => {
  it("reads the participant's QR from the camera and records them present once", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await context.grantPermissions(["camera"]);
      await signIn(page, "konsultan.plut");
      await page.goto(`/app/pelatihan/${eventId}/hadir`);
      await page.getByRole("button", { name: "Pindai QR dengan kamera" }).click();
      await page.getByTestId("camera-view").waitFor();
      await page.getByText("Hadir: Bambang Irawan").waitFor({ timeout: 15_000 });
      await page.getByText("1 dari 1 peserta hadir").waitFor();
      await snap(page, "training-camera-check-in-id-phone");
      // The code stays in front of the camera: read again after a few seconds, it says "already
      // present" and the count stays at one.
      await page.getByText("Sudah hadir: Bambang Irawan").waitFor({ timeout: 15_000 });
      await page.getByRole("button", { name: "Hentikan kamera" }).click();
      const konsultan = await apiSession(baseURL, "konsultan.plut");
      const again = await konsultan<{ result: string }>("POST", `/api/training/events/${eventId}/check-in`, {
        code,
        method: "typed",
      });
      expect(again.result).not.toBe("checked_in");
      await page.getByText("1 dari 1 peserta hadir").waitFor();
    } finally {
      await context.close();
    }
  });

  it("says the camera needs HTTPS when the office server is reached over plain HTTP", async () => {
    const { context, page } = await openPage(browser, { baseURL: officeURL, device: "phone" });
    try {
      await signIn(page, "konsultan.plut");
      await page.goto(`/app/pelatihan/${eventId}/hadir`);
      await expect
        .poll(() => page.getByTestId("camera-unavailable").innerText())
        .toContain("Kamera hanya bisa dipakai lewat HTTPS");
      await page.getByTestId("check-in-code").waitFor();
    } finally {
      await context.close();
    }
  });
});
