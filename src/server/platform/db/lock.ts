import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isPidAlive } from "./data-dir";

/** One Sinergi server owns a data dir; CLI commands may attach to it while it runs. */
export type LockOwner = { pid: number; startedAt: string };

function lockFile(dataDir: string): string {
  return path.join(dataDir, "sinergi.lock");
}

export function currentOwner(dataDir: string): LockOwner | undefined {
  const file = lockFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as LockOwner;
    return isPidAlive(owner.pid) && owner.pid !== process.pid ? owner : undefined;
  } catch {
    return undefined;
  }
}

export function acquireLock(dataDir: string): void {
  const owner = currentOwner(dataDir);
  if (owner) {
    throw new Error(
      `Direktori data ${dataDir} sedang dipakai oleh proses Sinergi lain (pid ${owner.pid}). ` +
        `Hentikan proses itu atau pakai DATA_DIR lain.\n` +
        `The data directory ${dataDir} is owned by another Sinergi process (pid ${owner.pid}). ` +
        "Stop it or use another DATA_DIR.",
    );
  }
  writeFileSync(lockFile(dataDir), JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }));
}

export function releaseLock(dataDir: string): void {
  const file = lockFile(dataDir);
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as LockOwner;
    if (owner.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // nothing to release
  }
}
