// The linkage feature's components on registry pages, mounted through slots (lib/slots.tsx): the
// duplicate hint under the entry form and the source records on a business page.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launchBrowser } from "./support/chromium";
import { apiSession, openPage, signIn } from "./support/session";

const baseURL = inject("baseURL");
const VILLAGE = "62.71.01.1003"; // Langkai, Palangka Raya
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("linkage slots on registry pages", () => {
  it("shows the source records on a business page and the duplicate hint while a known NIK is typed", async () => {
    const operator = await apiSession(baseURL, "operator.palangkaraya");
    // a woman born 12-05-1980 in Pahandut (day + 40), with a serial no demo person uses
    const nik = `627101520580${String(9000 + (Date.now() % 999)).padStart(4, "0")}`;
    const created = await operator<{ business: { id: string } }>("POST", "/api/registry/businesses", {
      owner: { nik, name: "Siti Slotwati", sex: "P", birthDate: "1980-05-12", villageCode: VILLAGE },
      business: { name: "Kue Bu Siti", sector: "kuliner", regionCode: VILLAGE },
    });

    const { context, page } = await openPage(browser, { baseURL });
    try {
      await signIn(page, "operator.palangkaraya");
      await page.goto(`/app/registri/${created.business.id}`);
      await page.getByText("Semua catatan sumber").waitFor();

      await page.goto("/app/registri/baru");
      await page.getByRole("textbox", { name: "NIK" }).fill(nik);
      await page.getByText("Mungkin sudah terdaftar").waitFor();
      await page.getByText("Siti Slotwati").first().waitFor();
    } finally {
      await context.close();
    }
  });
});
