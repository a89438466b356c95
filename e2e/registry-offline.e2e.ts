// Field collection without signal: a field assistant (pendamping) opens the entry form once with
// signal, loses it, enters two records that wait in the browser's queue (surviving a reload),
// gets signal back, and both records reach the register exactly once (checked through the API).
import type { Browser, Page } from "playwright-core";
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

type Entry = { nik: string; owner: string; business: string; district: RegExp; kendala?: string };

const run = Date.now().toString(36).slice(-5).toUpperCase();
// Women born 12 May 1980 and 3 Jan 1975 in Pahandut (62.71.01): day + 40 in the NIK.
const entries: Entry[] = [
  { nik: "6271015205800101", owner: "Siti Aminah", business: `Jahit Siti ${run}`, district: /^Pahandut$/ },
  {
    nik: "6271014301750102",
    owner: "Rusmini Hakim",
    business: `Katering Rusmini ${run}`,
    district: /^Pahandut$/,
    kendala: "Karet masker sulit didapat, harga naik dua kali lipat",
  },
];

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option }).first().click();
}

async function fillRecord(page: Page, entry: Entry): Promise<void> {
  const form = page.getByRole("form", { name: "Pendataan lapangan" });
  await form.getByRole("textbox", { name: "NIK" }).fill(entry.nik);
  // A valid NIK fills birth date and sex.
  await form.getByText(/NIK valid · lahir/).waitFor();
  expect(await form.getByRole("radio", { name: "Perempuan" }).isChecked()).toBe(true);
  await form.getByRole("textbox", { name: "Nama pemilik" }).fill(entry.owner);
  await form.getByRole("textbox", { name: "No. HP / WA" }).fill("0812 5400 1234");
  await form
    .getByRole("textbox", { name: "Alamat (jalan, gang, nomor)" })
    .fill("Jl. Rajawali Gg. Damai No. 7");
  await form.getByRole("textbox", { name: "RT" }).fill("2");
  await form.getByRole("textbox", { name: "RW" }).fill("5");
  await choose(page, "Kecamatan", entry.district);
  await choose(page, "Desa/Kelurahan", /.+/);
  await form.getByRole("textbox", { name: "Nama usaha" }).fill(entry.business);
  await choose(page, "Bidang usaha", /^Konveksi/);
  await form.getByRole("textbox", { name: "Kapasitas per hari" }).fill("50 pcs");
  // Segmented controls and switches hide their inputs: a person taps the label.
  await form.locator("label", { hasText: "Ya, terdampak" }).click();
  await form.getByRole("textbox", { name: "Omzet per bulan sebelum pandemi" }).fill("3 jt");
  await form.getByRole("textbox", { name: "Omzet per bulan sekarang" }).fill("750 rb");
  await form.getByText("= Rp750.000").waitFor();
  if (entry.kendala) {
    await form.getByRole("switch", { name: "Ada kendala yang perlu ditindaklanjuti" }).click();
    await choose(page, "Jenis kendala", /^Bahan baku$/);
    await form.getByRole("textbox", { name: "Uraian kendala" }).fill(entry.kendala);
  }
}

describe("field collection offline", () => {
  it("queues two records without signal and sends each exactly once when signal returns", async () => {
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      // The form downloads the villages of every district while there is signal; wait for Pahandut's
      // before cutting the signal (on a slow machine the download can still be running).
      const villages = page.waitForResponse(
        (r) => r.url().includes("/api/regions?parent=62.71.01") && r.ok(),
        {
          timeout: 60_000,
        },
      );
      await page.goto("/app/lapangan");
      await page.getByRole("heading", { name: "Pendataan lapangan", level: 2 }).waitFor();
      // The service worker takes over this page, so the app can also be reopened offline.
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
        timeout: 20_000,
      });
      await villages;
      // Once more through the service worker, which keeps a copy for an offline reload.
      await page.evaluate(() => fetch("/api/regions?parent=62.71.01").then((r) => r.ok));

      await context.setOffline(true);
      await expect.poll(() => page.getByTestId("connection-status").innerText()).toBe("Tanpa sinyal");

      // A wrong NIK is explained in words while typing.
      const nik = page.getByRole("textbox", { name: "NIK" });
      await nik.fill("6271019905800101");
      await page.getByText("Tanggal lahir dalam NIK tidak valid").waitFor();
      await snap(page, "registry-entry-nik-error-phone");

      for (const [index, entry] of entries.entries()) {
        await fillRecord(page, entry);
        if (index === 0) await snap(page, "registry-entry-filled-phone");
        await page.getByRole("button", { name: "Simpan ke antrean" }).click();
        const result = page.getByTestId("save-result");
        await result.waitFor();
        expect(await result.getAttribute("data-status")).toBe("queued");
        if (index === 0) await snap(page, "registry-entry-queued-phone");
        await result.getByRole("button", { name: "Isi data berikutnya" }).click();
      }

      // The header counts what waits, on every page; a tap opens the queue.
      const badge = page.getByTestId("queue-header-badge");
      await expect.poll(() => badge.getAttribute("aria-label")).toBe("2 data menunggu dikirim");
      await badge.click();
      await page.waitForURL(/\/app\/antrean/);
      const items = page.getByTestId("queue-item");
      await expect.poll(() => items.count()).toBe(2);
      for (const status of await items.evaluateAll((els) =>
        els.map((el) => el.getAttribute("data-status")),
      )) {
        expect(status).toBe("queued");
      }

      // The queue and the app itself survive a reload without signal.
      await page.reload();
      await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(2);
      await snap(page, "registry-queue-offline-phone");
      const clientIds = await items.evaluateAll((els) =>
        els.map((el) => el.getAttribute("data-client-id") ?? ""),
      );

      await context.setOffline(false);
      await expect
        .poll(() => items.evaluateAll((els) => els.map((el) => el.getAttribute("data-status"))), {
          timeout: 30_000,
        })
        .toEqual(["sent", "sent"]);
      await snap(page, "registry-queue-sent-phone");
      await badge.waitFor({ state: "detached" });

      // A second delivery of the same stored record (a lost reply) changes nothing on the server.
      const replay = await page.evaluate(async (id) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open("sinergi-offline");
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const record = await new Promise<{ payload: { body: unknown } }>((resolve, reject) => {
          const get = db.transaction("outbox").objectStore("outbox").get(id);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        });
        const response = await fetch("/api/registry/businesses", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(record.payload.body),
        });
        return {
          status: response.status,
          id: ((await response.json()) as { business: { id: string } }).business.id,
        };
      }, clientIds[0] ?? "");
      expect(replay.status).toBe(200);

      const api = await apiSession(baseURL, "operator.palangkaraya");
      type Page = { business: { id: string; clientId: string | null; name: string }; constraints: unknown[] };
      const found: Page[] = [];
      for (const entry of entries) {
        const list = await api<{ items: Array<{ id: string; name: string }> }>(
          "GET",
          `/api/registry/businesses?q=${encodeURIComponent(entry.business)}&limit=50`,
        );
        const same = list.items.filter((item) => item.name === entry.business);
        expect(same).toHaveLength(1);
        found.push(await api<Page>("GET", `/api/registry/businesses/${same[0]?.id}`));
      }
      expect(found.map((p) => p.business.clientId).sort()).toEqual([...clientIds].sort());
      expect(found.map((p) => p.business.id)).toContain(replay.id);
      // The kendala typed with the second record went along, once.
      expect(found.find((p) => p.business.name === entries[1]?.business)?.constraints).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("shows both versions of a conflict and sends the device's version when the person chooses it", async () => {
    const clientId = crypto.randomUUID();
    const name = `Warung Bu Sri ${run}`;
    const base = {
      clientId,
      owner: { nik: "6271016104820005", name: "Sri Rahayu", sex: "P", villageCode: "62.71.01.1001" },
      business: { name, sector: "kuliner", regionCode: "62.71.01.1001", products: "Nasi kuning" },
      impact: { assessedOn: "2020-04-21", affected: true, turnoverBefore: 2_000_000, turnoverAfter: 900_000 },
      source: { kind: "field" },
    };
    // The first delivery reached the server, but its reply was lost; the device then edited the
    // record and sends the same client id with other content.
    const field = await apiSession(baseURL, "pendamping.palangkaraya");
    await field("POST", "/api/registry/businesses", base);
    const edited = {
      ...base,
      business: { ...base.business, products: "Nasi kuning dan kue basah" },
      impact: { ...base.impact, turnoverAfter: 600_000 },
    };

    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      await page.goto("/app/antrean");
      await page.getByRole("heading", { name: "Antrean kirim", level: 2 }).waitFor();
      await page.evaluate(
        async ({ id, body }) => {
          const me = (await (await fetch("/api/auth/me")).json()) as { id: string };
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const open = indexedDB.open("sinergi-offline");
            open.onsuccess = () => resolve(open.result);
            open.onerror = () => reject(open.error);
          });
          const at = new Date().toISOString();
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction("outbox", "readwrite");
            tx.objectStore("outbox").put({
              clientId: id,
              userId: me.id,
              payload: { body },
              summary: { ownerName: "Sri Rahayu", businessName: body.business.name, village: "Pahandut" },
              status: "queued",
              createdAt: at,
              updatedAt: at,
              attempts: 0,
              notBefore: 0,
            });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        },
        { id: clientId, body: edited },
      );
      // Written behind the app's back, so the page is reopened; the sync starts on its own.
      await page.reload();
      const item = page.locator(`[data-client-id="${clientId}"]`);
      await expect.poll(() => item.getAttribute("data-status"), { timeout: 20_000 }).toBe("conflict");
      await item.getByRole("button", { name: "Selesaikan bentrok" }).click();
      const dialog = page.getByRole("dialog", { name: `Bentrok data ${name}` });
      await dialog.waitFor();
      await page.waitForTimeout(400); // let the modal finish opening before the screenshot
      const differing = dialog.locator('tr[data-differs="true"]');
      expect(await differing.allInnerTexts()).toEqual([
        expect.stringMatching(/Produk\s+Nasi kuning\s+Nasi kuning dan kue basah/),
        expect.stringMatching(/Omzet sesudah\s+Rp900\.000\s+Rp600\.000/),
      ]);
      await snap(page, "registry-conflict-phone");
      await dialog.getByRole("button", { name: "Kirim versi saya" }).click();
      await expect.poll(() => item.getAttribute("data-status"), { timeout: 20_000 }).toBe("sent");

      const operator = await apiSession(baseURL, "operator.palangkaraya");
      const list = await operator<{ items: Array<{ id: string; name: string }> }>(
        "GET",
        `/api/registry/businesses?q=${encodeURIComponent(name)}`,
      );
      const same = list.items.filter((entry) => entry.name === name);
      expect(same).toHaveLength(1);
      const stored = await operator<{
        business: { products: string; clientId: string };
        impacts: Array<{ turnoverAfter: number }>;
      }>("GET", `/api/registry/businesses/${same[0]?.id}`);
      expect(stored.business).toMatchObject({ clientId, products: "Nasi kuning dan kue basah" });
      expect(stored.impacts.map((impact) => impact.turnoverAfter).sort()).toEqual([600_000, 900_000]);
    } finally {
      await context.close();
    }
  });
});
