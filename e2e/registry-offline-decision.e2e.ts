// Offline, issue 11 flow (c): a record typed without signal for a NIK already in the register is
// not attached on sync — the device asks "Apakah ini orang yang sama?" (perlu keputusan); a kendala
// reported without signal waits in the same outbox, survives a reload and is sent once on
// reconnect; the connection badge follows a ping of the server, not navigator.onLine.
import type { Browser, BrowserContext, Page } from "playwright-core";
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
type Created = { business: { id: string; name: string }; owner: { id: string } };

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option }).first().click();
}

/** Opens a staff page with signal until the service worker controls it, then cuts the signal. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 20_000,
  });
  await context.setOffline(true);
}

describe("offline decisions and kendala", () => {
  it("asks after sync for an offline record of a registered NIK and attaches nothing", async () => {
    const nik = `627101520580${String(Math.floor(Math.random() * 900) + 8100)}`;
    const owner = `Marlina Uji ${run}`;
    const field = await apiSession(baseURL, "pendamping.palangkaraya");
    const first = await field<Created>("POST", "/api/registry/businesses", {
      owner: { nik, name: owner, sex: "P", birthDate: "1980-05-12", villageCode: "62.71.01.1003" },
      business: { name: `Jahit Marlina ${run}`, sector: "konveksi", regionCode: "62.71.01.1003" },
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      const villages = page.waitForResponse(
        (r) => r.url().includes("/api/regions?parent=62.71.01") && r.ok(),
        {
          timeout: 60_000,
        },
      );
      await page.goto("/app/lapangan");
      await page.getByRole("heading", { name: "Pendataan lapangan", level: 2 }).waitFor();
      await villages;
      await page.evaluate(() => fetch("/api/regions?parent=62.71.01").then((r) => r.ok));
      await goOffline(context, page);
      await expect.poll(() => page.getByTestId("connection-status").innerText()).toBe("Tanpa sinyal");

      const form = page.getByRole("form", { name: "Pendataan lapangan" });
      await form.getByRole("textbox", { name: "NIK" }).fill(nik);
      await form.getByText(/NIK valid · lahir/).waitFor();
      await form.getByRole("textbox", { name: "Nama pemilik" }).fill(owner);
      await choose(page, "Kecamatan", /^Pahandut$/);
      await choose(page, "Desa/Kelurahan", /.+/);
      await form.getByRole("textbox", { name: "Nama usaha" }).fill(`Masker Marlina ${run}`);
      await choose(page, "Bidang usaha", /^Konveksi/);
      await form.locator("label", { hasText: "Ya, terdampak" }).click();
      await page.getByRole("button", { name: "Simpan ke antrean" }).click();
      const result = page.getByTestId("save-result");
      await result.waitFor();
      expect(await result.getAttribute("data-status")).toBe("queued");

      await context.setOffline(false);
      // After the sync the device asks; nothing was attached or duplicated meanwhile.
      const question = page.getByTestId("duplicate-question");
      await question.waitFor({ timeout: 40_000 });
      expect(await question.innerText()).toContain("Apakah ini orang yang sama?");
      await snap(page, "registry-offline-decision-phone");
      const list = await field<{ items: Array<{ ownerId: string; name: string }> }>(
        "GET",
        `/api/registry/businesses?q=${nik}&limit=50`,
      );
      expect(list.items.map((i) => i.name)).toEqual([first.business.name]);
      await page.goto("/app/antrean");
      const item = page.getByTestId("queue-item");
      await expect.poll(() => item.first().getAttribute("data-status")).toBe("decision");
      await item.first().getByTestId("duplicate-question").waitFor();
    } finally {
      await context.close();
    }
  }, 180_000);

  it("keeps a kendala reported offline across a reload and sends it once on reconnect", async () => {
    const field = await apiSession(baseURL, "pendamping.palangkaraya");
    const nik = `627101520580${String(Math.floor(Math.random() * 900) + 9000)}`;
    const made = await field<Created>("POST", "/api/registry/businesses", {
      owner: {
        nik,
        name: `Yuliana Uji ${run}`,
        sex: "P",
        birthDate: "1980-05-12",
        villageCode: "62.71.01.1003",
      },
      business: { name: `Katering Yuliana ${run}`, sector: "kuliner", regionCode: "62.71.01.1003" },
    });
    const description = `Bahan baku telat datang ${run}`;
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      // The badge trusts a ping of the server: with the network up but the server unreachable it
      // says "Tanpa sinyal".
      await page.goto("/app/antrean");
      const badge = page.getByTestId("connection-status");
      await expect.poll(() => badge.innerText()).toBe("Terhubung");
      await page.route("**/api/health", (route) => route.abort());
      await expect.poll(() => badge.innerText(), { timeout: 20_000 }).toBe("Tanpa sinyal");
      await page.unroute("**/api/health");
      await expect.poll(() => badge.innerText(), { timeout: 20_000 }).toBe("Terhubung");

      await page.goto(`/app/registri/${made.business.id}`);
      await page.getByRole("heading", { name: made.business.name, level: 2 }).waitFor();
      await goOffline(context, page);
      await page.getByRole("button", { name: "Laporkan kendala" }).click();
      const modal = page.getByRole("dialog", { name: "Laporkan kendala" });
      await choose(page, "Jenis kendala", /^Bahan baku$/);
      await modal.getByRole("textbox", { name: "Uraian" }).fill(description);
      await modal.getByRole("button", { name: "Laporkan kendala" }).click();
      await modal.waitFor({ state: "detached" });

      await page.goto("/app/antrean");
      const kendala = page.locator('[data-testid="queue-item"][data-kind="kendala"]');
      await expect.poll(() => kendala.count(), { timeout: 20_000 }).toBe(1);
      await page.reload();
      await expect.poll(() => kendala.count(), { timeout: 20_000 }).toBe(1);
      expect(await kendala.getAttribute("data-status")).toBe("queued");
      await snap(page, "registry-kendala-queued-offline-phone");

      await context.setOffline(false);
      await expect.poll(() => kendala.getAttribute("data-status"), { timeout: 40_000 }).toBe("sent");
      const page2 = await field<{ constraints: Array<{ description: string }> }>(
        "GET",
        `/api/registry/businesses/${made.business.id}`,
      );
      expect(page2.constraints.map((c) => c.description)).toEqual([description]);

      // The queue in English (the account's language, switched back afterwards).
      await setLanguage(page, "en");
      await page.goto("/app/antrean");
      await kendala.getByText("Problem", { exact: true }).waitFor();
      await snap(page, "registry-kendala-sent-en-phone");
      await setLanguage(page, "id");
    } finally {
      await context.close();
    }
  }, 180_000);
});
