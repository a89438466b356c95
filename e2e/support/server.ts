// Starts the real app (`node bin/sinergi.js serve`) once for the e2e run, on a free port with its
// own fresh database, and stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "./database";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const startTimeoutMs = 180_000;

export type RunningServer = { baseURL: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(baseURL: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseURL}/api/health`);
      // Flows may use any demo data, including the part seeded after the server listens.
      if (response.ok && (await response.json()).demo !== "seeding") return;
    } catch {
      // Not listening yet.
    }
    await sleep(300);
  }
  throw new Error(`server not healthy after ${startTimeoutMs / 1000} s:\n${output()}`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// SIGTERM lets the app close HTTP, jobs and its embedded PostgreSQL; the whole process group we
// started is killed only if that does not finish in time.
async function terminate(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  child.kill("SIGTERM");
  if (await waitForExit(child, 20_000)) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    child.kill("SIGKILL");
  }
  await waitForExit(child, 5_000);
}

export async function startServer(): Promise<RunningServer> {
  const database = await createTestDatabase();
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(process.execPath, ["bin/sinergi.js", "serve"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NODE_ENV: "test",
      SINERGI_SEED_DEMO: "on",
      LOG_LEVEL: process.env.E2E_SERVER_LOG_LEVEL ?? "warn",
      MARKET_RATE_LIMIT: "off",
    },
  });
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    if (process.env.E2E_SERVER_LOG === "1") process.stderr.write(chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const stop = async () => {
    await terminate(child);
    await database.dispose();
  };
  try {
    await waitForHealth(baseURL, child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(`[e2e] app at ${baseURL} (${database.describe})`);
  return { baseURL, stop };
}
