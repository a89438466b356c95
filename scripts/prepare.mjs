#!/usr/bin/env node
// npm's `prepare` lifecycle (runs after `npm install` / `npm ci` in this checkout): builds the web
// app into dist/web so that `npm start` serves the current UI. A production install
// (`--omit=dev`) has no Vite; then this step only reports whether a prebuilt dist/web is present.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));
const builtIndex = path.join(root, "dist/web/index.html");

function viteBin() {
  try {
    const manifestPath = require.resolve("vite/package.json");
    const { bin } = require(manifestPath);
    const relative = typeof bin === "string" ? bin : bin.vite;
    // The React plugin is a dev dependency too; without it the build cannot run.
    require.resolve("@vitejs/plugin-react");
    return path.join(path.dirname(manifestPath), relative);
  } catch {
    return null;
  }
}

if (process.env.SINERGI_SKIP_WEB_BUILD === "1") {
  console.log("[prepare] SINERGI_SKIP_WEB_BUILD=1: web build skipped.");
  process.exit(0);
}

const vite = viteBin();
if (!vite) {
  console.log(
    existsSync(builtIndex)
      ? "[prepare] dev dependencies absent: using the prebuilt web app in dist/web."
      : "[prepare] dev dependencies absent and dist/web missing: the API runs, but the web UI is not built.",
  );
  process.exit(0);
}

console.log("[prepare] building the web app (vite build → dist/web)…");
const result = spawnSync(process.execPath, [vite, "build", "--logLevel", "warn"], {
  cwd: root,
  stdio: "inherit",
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);
