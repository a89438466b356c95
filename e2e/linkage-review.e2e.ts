// S7 "no business listed twice": the regency office registers a tailor, a field assistant types the
// same owner again with a spelling variant; the operator runs the duplicate search, reviews the
// pair side by side, merges it, then undoes the merge from the history — the record comes back
// exactly as it was.
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
const village = "62.71.01.1003";
// A woman born 15 Aug 1979 in Pahandut (day + 40), with a serial no demo record uses.
const nik = `6271015508797${String(Math.floor(Math.random() * 900) + 100)}`;
// The field assistant's slip on the last digit: one NIK is one person, so the second record differs.
const slipNik = `${nik.slice(0, 15)}${(Number(nik[15]) + 1) % 10}`;
const officeName = `Penjahit Siti Aminah ${run}`;
const fieldName = `Jahit Bu Sitti Aminah ${run}`;

type Business = { business: { id: string; status: string; updatedAt: string; entityId: string | null } };

async function seedPair(): Promise<{ office: string; field: string }> {
  const owner = {
    nik,
    sex: "P",
    birthDate: "1979-08-15",
    phone: "0812-5123-4477",
    rt: "3",
    rw: "1",
    villageCode: village,
  };
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  const a = await operator<Business>("POST", "/api/registry/businesses", {
    owner: { ...owner, name: "Siti Aminah" },
    business: { name: officeName, sector: "konveksi", regionCode: village },
  });
  const pendamping = await apiSession(baseURL, "pendamping.palangkaraya");
  const b = await pendamping<Business>("POST", "/api/registry/businesses", {
    owner: { ...owner, nik: slipNik, name: "Sitti Aminah" },
    business: { name: fieldName, sector: "konveksi", regionCode: village },
    source: { kind: "field" },
    // Planted for the review queue: past the registry's duplicate gate with a reason (a probable
    // match under another NIK).
    duplicateDecision: { kind: "new_person", reason: "Data ganda sengaja untuk uji antrean tinjauan" },
  });
  return { office: a.business.id, field: b.business.id };
}

describe("duplicate review queue", () => {
  it("finds a planted duplicate, merges it and undoes the merge", async () => {
    const ids = await seedPair();
    const api = await apiSession(baseURL, "operator.palangkaraya");
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page
        .getByRole("navigation", { name: "Navigasi utama" })
        .getByRole("link", { name: "Duplikat" })
        .click();
      await page.getByRole("heading", { name: "Duplikat", level: 2 }).waitFor();

      // The run covers the operator's city and reports its progress live.
      await page.getByRole("button", { name: "Jalankan pencarian duplikat" }).click();
      const card = page.getByTestId("review-pair").filter({ hasText: officeName });
      await card.waitFor({ timeout: 60_000 });
      await page.getByTestId("run-result").waitFor();
      expect(await page.getByTestId("run-result").innerText()).toMatch(/^Selesai: \d+ catatan diperiksa/);
      // The run gave both records their entity id: this is the state undo must bring back.
      const before = await api<Business>("GET", `/api/registry/businesses/${ids.field}`);
      expect(before.business.entityId).not.toBeNull();

      // Side by side: what differs is marked, every field's weight is shown.
      expect(await card.locator('[data-field="business"]').first().getAttribute("data-differs")).toBe("true");
      expect(await card.locator('tr[data-field="nik"]').getAttribute("data-differs")).toBe("true");
      // The mistyped NIK is weighed, not ignored.
      await card.locator('[role="listitem"][data-field="nationalId"]').filter({ hasText: "NIK:" }).waitFor();
      await card.getByText(/Kemungkinan sama/).waitFor();
      await snap(page, "linkage-review-desktop");

      await card.getByRole("button", { name: "Gabungkan" }).click();
      await page.getByText(`Catatan digabung ke "${officeName}`).waitFor();
      await expect.poll(() => card.count()).toBe(0);
      const merged = await api<Business>("GET", `/api/registry/businesses/${ids.field}`);
      expect(merged.business.status).toBe("merged");

      // The merge is in the history, with who and when; undo restores the record exactly.
      await page.getByRole("tab", { name: "Riwayat penggabungan" }).click();
      const merge = page.getByTestId("merge").filter({ hasText: fieldName });
      await merge.waitFor();
      expect(await merge.innerText()).toMatch(/oleh operator\.palangkaraya/);
      await snap(page, "linkage-merges-desktop");
      await merge.getByRole("button", { name: "Batalkan" }).click();
      const dialog = page.getByRole("dialog", { name: "Batalkan" });
      await dialog.getByRole("button", { name: "Ya, lanjutkan" }).click();
      await page.getByText("Penggabungan dibatalkan").waitFor();
      await expect.poll(() => merge.getAttribute("data-undone")).toBe("true");

      const restored = await api<Business>("GET", `/api/registry/businesses/${ids.field}`);
      expect({
        status: restored.business.status,
        updatedAt: restored.business.updatedAt,
        entityId: restored.business.entityId,
      }).toEqual({
        status: before.business.status,
        updatedAt: before.business.updatedAt,
        entityId: before.business.entityId,
      });

      // Back in the queue, to be decided again.
      await page.getByRole("tab", { name: /Antrean/ }).click();
      await page.getByTestId("review-pair").filter({ hasText: officeName }).waitFor();
    } finally {
      await context.close();
    }
  });
});
