// Helpers the flows share: a fresh browser context per person, signing in and out through the UI
// as a user would, API seeding, and screenshots for looking at the UI.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

export const demoPassword = "sinergi-demo-2020";

export const viewports = {
  desktop: { width: 1366, height: 860 },
  phone: { width: 390, height: 844 },
} as const;

export type Device = keyof typeof viewports;

/** A new, empty browser context (own cookies and storage) and a page in it. */
export async function openPage(
  browser: Browser,
  options: { baseURL: string; device?: Device },
): Promise<{ context: BrowserContext; page: Page }> {
  const device = options.device ?? "desktop";
  const context = await browser.newContext({
    baseURL: options.baseURL,
    viewport: viewports[device],
    isMobile: device === "phone",
    hasTouch: device === "phone",
    deviceScaleFactor: 1,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
  });
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
}

/** Signs in through the login page and waits for the staff area. */
export async function signIn(page: Page, username: string, password = demoPassword): Promise<void> {
  await page.goto("/masuk");
  await page.getByLabel("Nama pengguna", { exact: true }).fill(username);
  await page.getByLabel("Kata sandi", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
  await page.waitForURL(/\/app(\/|$|\?)/);
  await page.getByTestId("user-menu").waitFor();
}

/** Signs out through the user menu and waits for the login page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Keluar" }).click();
  await page.waitForURL(/\/masuk/);
}

/** Saves a screenshot under test-results/e2e/ (git-ignored) for a human to look at. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = path.resolve("test-results/e2e");
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** A signed-in API client for seeding data the flow needs beyond the demo data. */
export async function apiSession(baseURL: string, username: string, password = demoPassword) {
  const login = await fetch(`${baseURL}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`API login as ${username} failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  return async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
    const response = await fetch(`${baseURL}${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text}`);
    return (text === "" ? undefined : JSON.parse(text)) as T;
  };
}

/** A username no earlier run used, for users created by a flow. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
}

/** The signed-in person's language (their account setting), then the page again. */
export async function setLanguage(page: Page, language: "id" | "en") {
  await page.evaluate(async (lang) => {
    localStorage.setItem("sinergi.language", lang);
    await fetch("/api/auth/me", {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ language: lang }),
    });
  }, language);
  await page.reload();
}
