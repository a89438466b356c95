// Issue 13 "Done when": an operator imports a file listing people already registered under damaged
// NIKs (a one-digit typo, the last digit zeroed by Excel, the No. KK typed in the NIK column). The
// dry run cannot see them (another NIK, another village, no phone); after the commit the
// incremental dedup job puts each pair in the review queue, where the operator decides one.
// At phone width, in Bahasa Indonesia and in English. And a NIK listed twice in one file under two
// names: the later row is held back unless the operator says it is the same person.
import type { Browser, Page } from "playwright-core";
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
const serial = () => String(Math.floor(Math.random() * 800) + 101);
// Serials ending in 1..9, so a zeroed last digit is a real change.
const s1 = `${serial()}7`;
const s2 = `${serial()}4`;
const s3 = `${serial()}3`;
type Person = { nik: string; kk: string; name: string; sex: "L" | "P"; birthDate: string; business: string };
const PEOPLE: Person[] = [
  {
    nik: `627101540375${s1}`,
    kk: `627101220109${serial()}1`,
    name: "Suparmi",
    sex: "P",
    birthDate: "1975-03-14",
    business: `Warung Suparmi ${run}`,
  },
  {
    nik: `627101020780${s2}`,
    kk: `627101051112${serial()}2`,
    name: "Rusli Hidayat",
    sex: "L",
    birthDate: "1980-07-02",
    business: `Bengkel Rusli ${run}`,
  },
  {
    nik: `627101601185${s3}`,
    kk: `627101150318${serial()}7`,
    name: "Dewi Kartika",
    sex: "P",
    birthDate: "1985-11-20",
    business: `Kue Dewi ${run}`,
  },
];
const typo = (nik: string) => `${nik.slice(0, 13)}${(Number(nik[13]) + 1) % 10}${nik.slice(14)}`;
const DAMAGED = [typo(PEOPLE[0]?.nik ?? ""), `${PEOPLE[1]?.nik.slice(0, 15)}0`, PEOPLE[2]?.kk ?? ""];

async function seedRegistered(): Promise<void> {
  const operator = await apiSession(baseURL, "operator.palangkaraya");
  for (const [i, p] of PEOPLE.entries()) {
    await operator("POST", "/api/registry/businesses", {
      owner: {
        nik: p.nik,
        noKk: p.kk,
        name: p.name,
        sex: p.sex,
        birthDate: p.birthDate,
        phone: `0812-5190-${String(4400 + i)}`,
        villageCode: "62.71.01.1003",
      },
      business: { name: p.business, sector: "kuliner", regionCode: "62.71.01.1003" },
    });
  }
}

function importCsv(): Buffer {
  const header =
    "nik,no_kk,nama,jenis_kelamin,tanggal_lahir,alamat,kode_wilayah,no_hp,nama_usaha,bidang_usaha";
  const rows = PEOPLE.map((p, i) =>
    [
      DAMAGED[i],
      "",
      p.name.toUpperCase(),
      p.sex,
      p.birthDate,
      "Jl. Tjilik Riwut",
      "62.71.01.1001",
      "",
      p.business.toUpperCase(),
      "Kuliner",
    ].join(","),
  );
  return Buffer.from(`${[header, ...rows].join("\n")}\n`);
}

async function importAndCommit(page: Page): Promise<void> {
  await page.goto("/app/impor");
  await page.getByRole("heading", { name: "Impor spreadsheet", level: 2 }).waitFor();
  await page.locator('input[type="file"]').setInputFiles({
    name: `terdaftar-nik-rusak-${run}.csv`,
    mimeType: "text/csv",
    buffer: importCsv(),
  });
  await page.getByRole("button", { name: "Unggah dan periksa judul kolom" }).click();
  const dryRun = page.getByRole("button", { name: "Jalankan uji coba" });
  await dryRun.waitFor();
  await snap(page, "registry-import-review-mapping-id-phone");
  await dryRun.click();
  await page.getByTestId("import-counts").waitFor({ timeout: 60_000 });
  // The dry run does not see them: another NIK, another village, no phone.
  await expect
    .poll(() => page.getByTestId("count-rejected").innerText(), { timeout: 30_000 })
    .toMatch(/Ditolak: 0/);
  expect(await page.getByTestId("register-rows").count()).toBe(0);
  await snap(page, "registry-import-review-dryrun-id-phone");
  await page.getByRole("button", { name: "Simpan baris valid dan peringatan" }).click();
  await page.getByTestId("rows-imported").waitFor({ timeout: 60_000 });
  expect(await page.getByTestId("rows-imported").innerText()).toMatch(/^3 baris disimpan/);
}

describe("import of people registered under damaged NIKs", () => {
  it("lands them in the review queue, where the operator decides one", async () => {
    await seedRegistered();
    const api = await apiSession(baseURL, "operator.palangkaraya");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "operator.palangkaraya");
      await importAndCommit(page);

      // The incremental dedup job runs after the commit: each pair reaches the queue.
      type Page = { items: Array<{ id: string; a: { businessName: string }; b: { businessName: string } }> };
      const mine = async () =>
        (await api<Page>("GET", "/api/linkage/reviews?status=open&limit=100")).items.filter((x) =>
          x.a.businessName.includes(run),
        );
      await expect.poll(async () => (await mine()).length, { timeout: 60_000 }).toBe(3);

      await page.goto("/app/duplikat");
      await page.getByRole("heading", { name: "Duplikat", level: 2 }).waitFor();
      for (const p of PEOPLE)
        await page.getByTestId("review-pair").filter({ hasText: p.business }).first().waitFor();
      await snap(page, "registry-import-review-queue-id-phone");

      // The KK typed as NIK: not the same NIK, yet the same person — merged.
      const dewi = page.getByTestId("review-pair").filter({ hasText: `Kue Dewi ${run}` });
      await dewi.getByRole("button", { name: "Gabungkan" }).click();
      await page.getByText(`Catatan digabung ke "`).first().waitFor();
      await expect.poll(() => dewi.count()).toBe(0);
      await expect.poll(async () => (await mine()).length).toBe(2);

      // The same queue in English (the account's language, switched back afterwards).
      await setLanguage(page, "en");
      await page.goto("/app/duplikat");
      await page
        .getByTestId("review-pair")
        .filter({ hasText: `Warung Suparmi ${run}` })
        .first()
        .waitFor();
      await page.getByRole("button", { name: "Merge" }).first().waitFor();
      await snap(page, "registry-import-review-queue-en-phone");
      await setLanguage(page, "id");
    } finally {
      await context.close();
    }
  }, 240_000);

  it("lets the operator add a row held back (its NIK under another name) to the NIK's person", async () => {
    // A woman born 13 June 1981, a serial no other flow uses, not yet registered.
    const nik = `627101530681${String(Math.floor(Math.random() * 8999) + 1000)}`;
    const header = "nik,nama,jenis_kelamin,tanggal_lahir,kode_wilayah,nama_usaha,bidang_usaha";
    const line = (name: string, business: string) =>
      [nik, name, "P", "1981-06-13", "62.71.01.1003", business, "Kuliner"].join(",");
    const csv = [
      header,
      line("Sri Handayani", `Warung Sri ${run}`),
      line("Sri Handayanti", `Kue Sri ${run}`),
    ];
    const api = await apiSession(baseURL, "operator.palangkaraya");
    const { context, page } = await openPage(browser, { baseURL, device: "phone" });
    try {
      await signIn(page, "operator.palangkaraya");
      await page.goto("/app/impor");
      await page.getByRole("heading", { name: "Impor spreadsheet", level: 2 }).waitFor();
      await page.locator('input[type="file"]').setInputFiles({
        name: `nik-nama-lain-${run}.csv`,
        mimeType: "text/csv",
        buffer: Buffer.from(`${csv.join("\n")}\n`),
      });
      await page.getByRole("button", { name: "Unggah dan periksa judul kolom" }).click();
      await page.getByRole("button", { name: "Jalankan uji coba" }).click();
      await page.getByTestId("import-counts").waitFor({ timeout: 60_000 });
      const held = page.getByTestId("held-choice-row");
      await held.waitFor({ timeout: 30_000 });
      expect(await held.count()).toBe(1);
      expect(await held.inputValue()).toBe("skip");
      await held.selectOption("add_business");
      await snap(page, "registry-import-held-choice-id-phone");
      await page.getByRole("button", { name: "Simpan baris valid dan peringatan" }).click();
      await page.getByTestId("rows-imported").waitFor({ timeout: 60_000 });
      expect(await page.getByTestId("rows-imported").innerText()).toMatch(/^2 baris disimpan/);
      // One person under the NIK, with the earlier row's name, owning both businesses.
      type List = { items: Array<{ ownerId: string; ownerName: string; name: string }> };
      const list = await api<List>("GET", `/api/registry/businesses?q=${nik}&limit=50`);
      expect(list.items.map((i) => i.name).sort()).toEqual([`Kue Sri ${run}`, `Warung Sri ${run}`]);
      expect(new Set(list.items.map((i) => i.ownerId)).size).toBe(1);
      expect(list.items.map((i) => i.ownerName)).toEqual(["Sri Handayani", "Sri Handayani"]);
    } finally {
      await context.close();
    }
  }, 240_000);
});
