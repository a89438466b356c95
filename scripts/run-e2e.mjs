#!/usr/bin/env node
// `npm run test:e2e`: builds the web app (so the server serves the current UI), then runs the
// browser flows with vitest.e2e.config.ts. Extra arguments go to Vitest (e.g. a file filter).
// E2E_SKIP_BUILD=1 reuses an existing dist/web.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));

function binOf(pkg, name) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin } = require(manifestPath);
  const relative = typeof bin === "string" ? bin : bin[name];
  return path.join(path.dirname(manifestPath), relative);
}

function run(script, args) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (process.env.E2E_SKIP_BUILD !== "1") {
  const built = run(binOf("vite", "vite"), ["build", "--logLevel", "warn"]);
  if (built !== 0) process.exit(built);
}
process.exit(
  run(binOf("vitest", "vitest"), ["run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)]),
);
