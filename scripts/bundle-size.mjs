#!/usr/bin/env node
// Prints the gzipped JavaScript (and CSS) a first visit downloads for each route, computed from
// the Vite manifest of the last `vite build`: the entry chunk plus the route's lazy entry modules
// and everything they import statically. Exits non-zero when the public store (/toko) is over
// its budget (250 kB gzipped JS by default; `--budget <kB>` to change).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, "dist/web");
const manifestPath = path.join(outDir, ".vite/manifest.json");

// Lazy entry modules (manifest keys, relative to src/web) each route renders on a cold load.
// The store entry is a stable re-export file so the market feature can swap the page behind it.
const routes = {
  "/toko": ["app/entries/store-entry.tsx"],
  "/toko/pesanan/:code": ["app/entries/order-tracking-entry.tsx"],
  "/masuk": ["features/auth/components/login-page.tsx"],
  "/app": ["app/layout/staff-layout.tsx", "app/pages/home-page.tsx"],
};
const budgetRoute = "/toko";

function parseBudget(argv) {
  const at = argv.indexOf("--budget");
  const value = at >= 0 ? Number(argv[at + 1]) : 250;
  if (!Number.isFinite(value) || value <= 0) throw new Error("--budget needs a positive number of kB");
  return value * 1000;
}

function chunkClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no entry "${key}" (did the file move?)`);
    seen.add(key);
    for (const dependency of chunk.imports ?? []) visit(dependency);
  };
  for (const key of keys) visit(key);
  return seen;
}

const gzipCache = new Map();
function gzippedSize(file) {
  if (!gzipCache.has(file)) {
    gzipCache.set(file, gzipSync(readFileSync(path.join(outDir, file)), { level: 9 }).length);
  }
  return gzipCache.get(file);
}

function measure(manifest, lazyKeys) {
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new Error("manifest has no entry chunk");
  const keys = chunkClosure(manifest, [entryKey, ...lazyKeys]);
  const js = new Set();
  const css = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (chunk.file.endsWith(".js")) js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
  }
  const sum = (files) => [...files].reduce((total, file) => total + gzippedSize(file), 0);
  return { chunks: js.size, js: sum(js), css: sum(css) };
}

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function main() {
  if (!existsSync(manifestPath)) {
    console.error("No build manifest: run `npx vite build` first.");
    process.exit(2);
  }
  const budget = parseBudget(process.argv.slice(2));
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  console.log("route                  chunks   JS (gzip)   CSS (gzip)");
  let storeJs = 0;
  for (const [route, keys] of Object.entries(routes)) {
    const result = measure(manifest, keys);
    if (route === budgetRoute) storeJs = result.js;
    console.log(
      `${route.padEnd(22)} ${String(result.chunks).padStart(6)} ${kb(result.js).padStart(11)} ${kb(result.css).padStart(12)}`,
    );
  }
  if (storeJs > budget) {
    console.error(`\n${budgetRoute} loads ${kb(storeJs)} of gzipped JS, over the ${kb(budget)} budget.`);
    process.exit(1);
  }
  console.log(`\n${budgetRoute} is within the ${kb(budget)} budget (${kb(storeJs)}).`);
}

main();
