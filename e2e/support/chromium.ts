// Finds and launches Chromium for the browser flows: a system Chromium when installed, otherwise
// the one bundled by @sparticuz/chromium (unpacked to the temp directory on first use).
import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

const systemCandidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

// Quiet, deterministic headless Chromium: no sandbox (containers often run as root), no GPU, no
// background traffic (updates, sync, QUIC probes) that could slow or disturb a run.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Path of the Chromium executable to drive: $CHROMIUM_PATH, a system install, or @sparticuz/chromium. */
export async function findChromium(): Promise<string> {
  const override = process.env.CHROMIUM_PATH;
  if (override && existsSync(override)) return override;
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return system;
  const { default: bundled } = await import("@sparticuz/chromium");
  return bundled.executablePath();
}

/**
 * Launches headless Chromium. Playwright's launch() gives every browser a fresh temporary
 * user-data-dir (and removes it on close), so no profile state leaks between runs; each test then
 * opens its own context (cookies, localStorage) on top.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), headless: true, args: chromiumArgs });
}
