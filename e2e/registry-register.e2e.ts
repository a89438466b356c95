// Issue 11 "Done when" (a) and (e): an import of three people already registered shows three
// EXISTS_IN_REGISTER rows, "update" is chosen and the register count does not move; the head of
// office's list total equals the number of businesses counted one by one.
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

type Item = { id: string; name: string; nik: string; ownerName: string; regionCode: string };
type ListPage = { items: Item[]; total: number; totalIsEstimate: boolean; nextCursor: string | null };

/** Every business the user can see, counted page by page (no estimate involved). */
async function countOneByOne(call: Awaited<ReturnType<typeof apiSession>>): Promise<number> {
  let n = 0;
  let cursor: string | null = null;
  do {
    const page: ListPage = await call<ListPage>(
      "GET",
      `/api/registry/businesses?sort=created&limit=200${cursor ? `&cursor=${cursor}` : ""}`,
    );
    n += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  return n;
}

const HEADER = "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,nama_usaha,bidang_usaha";

async function choose(page: Page, label: string, option: RegExp): Promise<void> {
  await page.getByRole("combobox", { name: label, exact: true }).click();
  await page.getByRole("option", { name: option }).first().click();
}

describe("one register: no second copy, exact totals", () => {
  it("(b) asks 'Apakah ini orang yang sama?' for a registered owner and adds no person", async () => {
    const run = Date.now().toString(36).slice(-5).toUpperCase();
    const nik = `627101520580${String(Math.floor(Math.random() * 900) + 7100)}`;
    const owner = `Nurlela Uji ${run}`;
    const field = await apiSession(baseURL, "pendamping.palangkaraya");
    type Created = { business: { id: string }; owner: { id: string } };
    const first = await field<Created>("POST", "/api/registry/businesses", {
      owner: { nik, name: owner, sex: "P", birthDate: "1980-05-12", villageCode: "62.71.01.1003" },
      business: { name: `Jahit Nurlela ${run}`, sector: "konveksi", regionCode: "62.71.01.1003" },
    });
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "pendamping.palangkaraya");
      await page.goto(`${baseURL}/app/lapangan`);
      await page.getByRole("heading", { name: "Pendataan lapangan", level: 2 }).waitFor();
      const form = page.getByRole("form", { name: "Pendataan lapangan" });
      await form.getByRole("textbox", { name: "NIK" }).fill(nik);
      await form.getByText(/NIK valid · lahir/).waitFor();
      await form.getByRole("textbox", { name: "Nama pemilik" }).fill(owner);
      await choose(page, "Kecamatan", /^Pahandut$/);
      await choose(page, "Desa/Kelurahan", /.+/);
      await form.getByRole("textbox", { name: "Nama usaha" }).fill(`Masker Nurlela ${run}`);
      await choose(page, "Bidang usaha", /^Konveksi/);
      await form.locator("label", { hasText: "Ya, terdampak" }).click();
      await page.getByRole("button", { name: "Simpan data" }).click();
      const question = page.getByTestId("duplicate-question");
      await question.waitFor({ timeout: 30_000 }).catch(async (err: unknown) => {
        await snap(page, "registry-duplicate-question-missing");
        throw err;
      });
      expect(await question.innerText()).toContain("Apakah ini orang yang sama?");
      await expect.poll(() => question.innerText(), { timeout: 15_000 }).toContain(`Jahit Nurlela ${run}`);
      // The same NIK is registered: one NIK is one person, so "not the same" is no way to save it.
      await question.getByTestId("duplicate-same-nik").waitFor();
      expect(await question.getByRole("button", { name: "Bukan orang yang sama" }).count()).toBe(0);
      expect(await question.getByRole("button", { name: "Tidak yakin" }).count()).toBe(0);
      await snap(page, "registry-duplicate-question-phone");
      await page.getByRole("button", { name: "Ya, orang yang sama" }).click();
      await expect
        .poll(() => page.getByTestId("save-result").getAttribute("data-status"), { timeout: 30_000 })
        .toBe("sent");
      const list = await field<{ items: Array<{ ownerId: string; name: string }> }>(
        "GET",
        `/api/registry/businesses?q=${nik}&limit=50`,
      );
      expect(list.items.map((i) => i.ownerId)).toEqual([first.owner.id, first.owner.id]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("(a) imports three registered people as EXISTS_IN_REGISTER and updates them", async () => {
    const call = await apiSession(baseURL, "operator.palangkaraya");
    const known = (
      await call<ListPage>(
        "GET",
        "/api/registry/businesses?limit=3&revealNik=true&revealReason=Uji%20impor%20ulang",
      )
    ).items;
    expect(known.length).toBe(3);
    const before = (await call<ListPage>("GET", "/api/registry/businesses?limit=1")).total;
    const csv = [
      HEADER,
      ...known.map((k) =>
        [k.nik, `"${k.ownerName}"`, "", "", k.regionCode, `"${k.name}"`, "Kuliner"].join(","),
      ),
    ].join("\n");

    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page.goto(`${baseURL}/app/impor`);
      await page.getByRole("heading", { name: "Impor spreadsheet", level: 2 }).waitFor();
      await page.locator('input[type="file"]').setInputFiles({
        name: `sudah-terdaftar-${Date.now()}.csv`,
        mimeType: "text/csv",
        buffer: Buffer.from(`${csv}\n`),
      });
      await page.getByRole("button", { name: "Unggah dan periksa judul kolom" }).click();
      await page.getByRole("button", { name: "Jalankan uji coba" }).click();
      await page.getByTestId("import-counts").waitFor({ timeout: 60_000 });
      await expect
        .poll(() => page.getByTestId("count-warning").innerText(), { timeout: 30_000 })
        .toMatch(/Peringatan: 3/);
      expect(await page.getByTestId("register-count").innerText()).toBe("3");
      expect(await page.locator('[data-code="EXISTS_IN_REGISTER"]').count()).toBe(3);
      await page.getByTestId("duplicate-choice-all").selectOption("update");
      await snap(page, "registry-import-exists-desktop");
      await page.getByRole("button", { name: "Simpan baris valid dan peringatan" }).click();
      await expect
        .poll(() => page.getByTestId("import-counts").innerText(), { timeout: 60_000 })
        .toMatch(/Disimpan|Tersimpan/i);
      const after = (await call<ListPage>("GET", "/api/registry/businesses?limit=1")).total;
      expect(after).toBe(before);
    } finally {
      await context.close();
    }
  }, 180_000);

  it("(e) shows the head of office the exact total", async () => {
    const call = await apiSession(baseURL, "pimpinan.kalteng");
    const counted = await countOneByOne(call);
    expect(counted).toBeGreaterThan(1_000);
    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "pimpinan.kalteng");
      await page.goto(`${baseURL}/app/registri`);
      const total = page.getByTestId("list-total");
      await total.waitFor({ timeout: 30_000 });
      const text = await total.innerText();
      expect(text).not.toMatch(/sekitar/);
      expect(Number(text.replace(/\D/g, ""))).toBe(counted);
    } finally {
      await context.close();
    }
  }, 180_000);
});
