import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireLock, releaseLock } from "./lock";

describe("data dir lock", () => {
  it("refuses a data dir owned by another live process, with a clear message", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sinergi-lock-"));
    writeFileSync(path.join(dir, "sinergi.lock"), JSON.stringify({ pid: process.ppid, startedAt: "x" }));
    expect(() => acquireLock(dir)).toThrow(/sedang dipakai oleh proses Sinergi lain \(pid \d+\)/);
  });

  it("takes over a lock left by a dead process and releases its own", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sinergi-lock-"));
    writeFileSync(path.join(dir, "sinergi.lock"), JSON.stringify({ pid: 999_999_9, startedAt: "x" }));
    expect(() => acquireLock(dir)).not.toThrow();
    releaseLock(dir);
    expect(() => acquireLock(dir)).not.toThrow();
  });
});
