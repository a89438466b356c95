// Issue 11 (offline): a follow-up of a kendala written without signal waits in the device's outbox,
// survives a reload, and reaches the server once after the connection comes back.
import type { Browser, BrowserContext, Page } from "playwright-core";
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
type Detail = { id: string; followUps: Array<{ note: string }> };

/** Waits until the service worker controls the page (it serves the app offline), then cuts the signal. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 20_000,
  });
  await context.setOffline(true);
}

describe("offline kendala follow-up", () => {
  it("is kept in the outbox across a reload and sent once on reconnect", async () => {
    const field = await apiSession(baseURL, "pendamping.palangkaraya");
    const businessName = `Sablon Pak Agus ${run}`;
    const made = await field<{ business: { id: string } }>("POST", "/api/registry/businesses", {
      owner: {
        nik: `627101120580${String(Math.floor(Math.random() * 800) + 7100)}`,
        name: `Agus Setiawan ${run}`,
        sex: "L",
        birthDate: "1980-05-12",
        villageCode: "62.71.01.1003",
      },
      business: { name: businessName, sector: "konveksi", regionCode: "62.71.01.1003" },
    });
    const kendala = await field<Detail>("POST", `/api/registry/businesses/${made.business.id}/constraints`, {
      type: "raw_material",
      description: `Tinta sablon langka (${run})`,
    });
    const note = `Dihubungkan ke pemasok tinta di Sampit (${run})`;
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      await page.goto("/app/kendala");
      await page.getByRole("heading", { name: "Kendala usaha", level: 2 }).waitFor();
      await page.getByTestId("constraint-card").filter({ hasText: businessName }).first().click();
      const detail = page.getByTestId("constraint-detail");
      await detail.waitFor();

      await goOffline(context, page);
      await detail.getByRole("textbox", { name: "Catatan" }).fill(note);
      await detail.getByRole("button", { name: "Catat tindak lanjut" }).click();
      await page.getByText("Kendala disimpan di antrean").first().waitFor();
      await snap(page, "registry-followup-queued-offline-phone");

      await page.goto("/app/antrean");
      const queued = page.locator('[data-testid="queue-item"][data-kind="kendala"]');
      await expect.poll(() => queued.count(), { timeout: 20_000 }).toBe(1);
      await page.reload();
      await expect.poll(() => queued.count(), { timeout: 20_000 }).toBe(1);
      expect(await queued.getAttribute("data-status")).toBe("queued");
      const before = await field<Detail>("GET", `/api/registry/constraints/${kendala.id}`);
      expect(before.followUps.map((f) => f.note)).not.toContain(note);

      await context.setOffline(false);
      await expect.poll(() => queued.getAttribute("data-status"), { timeout: 40_000 }).toBe("sent");
      await snap(page, "registry-followup-sent-phone");
      const after = await field<Detail>("GET", `/api/registry/constraints/${kendala.id}`);
      expect(after.followUps.filter((f) => f.note === note)).toHaveLength(1);
    } finally {
      await context.close();
    }
  }, 180_000);
});
