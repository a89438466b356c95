// Measures `sinergi serve` on a fresh data dir: time until the login page is served, memory after
// start, and a clean stop on SIGINT. Appends the figures to bench/RESULTS.md.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendResults } from "../results";

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

async function waitForPage(url: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes("<div")) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function runOnce(label: string, dataDir: string, port: number) {
  const started = Date.now();
  const child = spawn(process.execPath, ["bin/sinergi.js", "serve"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      EMBEDDED_PG_PORT: String(port + 20000),
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const ok = await waitForPage(`http://127.0.0.1:${port}/masuk`, started + 120_000);
  const readyMs = Date.now() - started;
  await new Promise((r) => setTimeout(r, 1500));
  const rss = rssOf(child.pid ?? 0);
  const stopStarted = Date.now();
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  child.kill("SIGINT");
  const code = await exited;
  return {
    label,
    ok,
    readyMs,
    rssMb: Math.round(rss / 1048576),
    stopMs: Date.now() - stopStarted,
    exitCode: code,
  };
}

const dir = mkdtempSync(path.join(os.tmpdir(), "sinergi-start-"));
const port = 3900 + Math.floor(Math.random() * 50);
const fresh = await runOnce("fresh data dir (initdb, migrations, regions, demo)", dir, port);
const again = await runOnce("existing data dir", dir, port);
rmSync(dir, { recursive: true, force: true });
for (const r of [fresh, again]) {
  console.log(
    `${r.label}: login page after ${(r.readyMs / 1000).toFixed(1)} s (ok=${r.ok}), Node RSS ${r.rssMb} MB, SIGINT stop ${r.stopMs} ms (exit ${r.exitCode})`,
  );
}
appendResults("Platform: `npm start` (bench/platform/start.ts)", [
  "| run | login page served after | Node RSS after start | clean stop on SIGINT |",
  "|---|---|---|---|",
  ...[fresh, again].map(
    (r) =>
      `| ${r.label} | ${(r.readyMs / 1000).toFixed(1)} s | ${r.rssMb} MB | ${r.stopMs} ms, exit ${r.exitCode} |`,
  ),
  "",
  "Target: ≤ 15 s on a fresh data dir.",
]);
