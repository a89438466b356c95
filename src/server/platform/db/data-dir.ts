import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

/** What Sinergi keeps next to the embedded cluster in DATA_DIR. */
export type DataDirState = { port: number; password: string };

export function statePath(dataDir: string): string {
  return path.join(dataDir, "sinergi.json");
}

export function readState(dataDir: string): DataDirState | undefined {
  const file = statePath(dataDir);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as DataDirState;
}

export function writeState(dataDir: string, state: DataDirState): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(statePath(dataDir), JSON.stringify(state, null, 2), { mode: 0o600 });
}

export function newPassword(): string {
  return randomBytes(18).toString("base64url");
}

export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of the postmaster that holds the cluster directory, when it still runs. */
export function runningPostmaster(clusterDir: string): number | undefined {
  const file = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").split("\n")[0]);
  return isPidAlive(pid) ? pid : undefined;
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen({ port, host: "127.0.0.1", exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/** First free port from `start` upward; 5432 is never used (a system PostgreSQL may hold it). */
export async function findFreePort(start: number): Promise<number> {
  for (let port = start; port < start + 200; port++) {
    if (port === 5432) continue;
    if (await isPortFree(port)) return port;
  }
  throw new Error(`Tidak ada port bebas mulai dari ${start} / no free port from ${start}`);
}
