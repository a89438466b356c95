// Sinergi as an office serves it: plain HTTP under a local host name (not localhost), the way a
// Dinas reaches its server at http://sinergi.lan. Chromium maps the name to the test server.
// Also reports the bytes on the wire for a first visit of the public store (/toko).
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumArgs, findChromium } from "./support/chromium";
import { demoPassword } from "./support/session";

const port = new URL(inject("baseURL")).port;
const officeURL = `http://sinergi.lan:${port}`;
let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: await findChromium(),
    headless: true,
    args: [...chromiumArgs, "--host-resolver-rules=MAP sinergi.lan 127.0.0.1"],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe("the app over plain HTTP on an office host name", () => {
  it("serves HTML on / and signs in through the login page", async () => {
    const context = await browser.newContext({ baseURL: officeURL, locale: "id-ID" });
    const page = await context.newPage();
    const failed: string[] = [];
    // A request the browser refused or could not make (blocked as insecure, refused, unreachable)
    // or one the server answered with an error. A request cancelled because the page navigated
    // on (net::ERR_ABORTED) is neither: this flow's own page.goto causes those.
    page.on("requestfailed", (r) => {
      const error = r.failure()?.errorText ?? "";
      if (error !== "net::ERR_ABORTED") failed.push(`${r.url()} ${error}`);
    });
    page.on("response", (r) => {
      // (before signing in, the app asks who is signed in and is told 401: that one is expected)
      const whoAmI = r.status() === 401 && new URL(r.url()).pathname === "/api/auth/me";
      if (r.status() >= 400 && !whoAmI) failed.push(`${r.url()} HTTP ${r.status()}`);
    });
    try {
      const root = await page.goto("/");
      expect(root?.status()).toBe(200);
      expect(root?.headers()["content-type"]).toMatch(/text\/html/);
      expect(root?.headers()["strict-transport-security"]).toBeUndefined();
      await page.waitForURL(/\/masuk/);
      await page.getByLabel("Nama pengguna", { exact: true }).fill("admin.kalteng");
      await page.getByLabel("Kata sandi", { exact: true }).fill(demoPassword);
      await page.getByRole("button", { name: "Masuk", exact: true }).click();
      await page.waitForURL(/\/app(\/|$|\?)/);
      await page.getByTestId("user-menu").waitFor();
      expect(page.url()).toMatch(/^http:\/\/sinergi\.lan:/);
      await page.waitForLoadState("networkidle");
      await page.goto("/login");
      await page.waitForURL(/\/app(\/|$|\?)/);
      await page.waitForLoadState("networkidle");
      expect(failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("loads the public store compressed (bytes on the wire reported)", async () => {
    const context = await browser.newContext({ baseURL: officeURL, locale: "id-ID" });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    let wire = 0;
    let decoded = 0;
    const sizes = new Map<string, number>();
    const kinds = new Map<string, string>();
    const byKind: Record<string, number> = {};
    cdp.on("Network.responseReceived", (e) => kinds.set(e.requestId, e.type));
    cdp.on("Network.dataReceived", (e) => {
      decoded += e.dataLength;
    });
    cdp.on("Network.loadingFinished", (e) => {
      sizes.set(e.requestId, e.encodedDataLength);
      wire += e.encodedDataLength;
      const kind = kinds.get(e.requestId) ?? "Other";
      byKind[kind] = (byKind[kind] ?? 0) + e.encodedDataLength;
    });
    try {
      await page.goto("/toko");
      await page.waitForLoadState("networkidle");
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      console.log(
        `[e2e] /toko first load: ${sizes.size} responses, ${(wire / 1024).toFixed(0)} KB on the wire, ` +
          `${(decoded / 1024).toFixed(0)} KB decoded; on the wire by type (KB): ` +
          Object.entries(byKind)
            .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`)
            .join(", "),
      );
      expect(wire).toBeLessThan(decoded / 2);
    } finally {
      await context.close();
    }
  });
});
