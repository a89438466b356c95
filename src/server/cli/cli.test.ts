// The `sinergi` command as people run it (spawned, real PostgreSQL): help never acts, unknown
// options are refused, backups are private and optionally encrypted, and restore refuses while a
// server runs or without confirmation.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../testing/test-db";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const db = await createTestDatabase();
const work = mkdtempSync(path.join(os.tmpdir(), "sinergi-cli-"));

type Run = { code: number | null; stdout: string; stderr: string };
function cli(args: string[], opts: { stdin?: string; env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "bin/sinergi.js"), ...args], {
      cwd: work,
      env: { ...process.env, DATABASE_URL: db.url, NODE_ENV: "test", LOG_LEVEL: "silent", ...opts.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(opts.stdin ?? "");
  });
}

const marker = async () =>
  (await db.pool.query("select count(*)::int as n from access.login_attempts where username = 'cli.marker'"))
    .rows[0].n as number;

describe("help and version", { timeout: 120_000 }, () => {
  it("prints usage for --help, -h and help, and the version", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(r.stdout).toContain("Pemakaian / usage");
      expect(r.stdout).toContain("restore");
    }
    const v = await cli(["--version"]);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/^sinergi \d+\.\d+\.\d+/);
  });

  it("never acts on --help: restore, backup, migrate, seed-demo, audit verify, jobs selftest", async () => {
    await db.pool.query("insert into access.login_attempts (username, ok) values ('cli.marker', false)");
    const cases = [
      ["restore", "--help"],
      ["restore", "cadangan.gz", "-h"],
      ["help", "restore"],
      ["backup", "--help"],
      ["migrate", "--help"],
      ["seed-demo", "--help"],
      ["audit", "verify", "--help"],
      ["jobs", "selftest", "-h"],
    ];
    const runs = await Promise.all(cases.map((args) => cli(args)));
    for (const [i, r] of runs.entries()) {
      expect(r.code, cases[i]?.join(" ")).toBe(0);
      expect(r.stdout).toContain("sinergi ");
    }
    expect(await marker()).toBe(1);
    expect(readdirSync(work)).toEqual([]);
    const demo = await db.pool.query(
      "select count(*)::int as n from access.users where username = 'admin.kalteng'",
    );
    expect(demo.rows[0].n).toBe(0);
  });

  it("refuses unknown commands, unknown options and stray arguments with exit 2", async () => {
    const cases = [
      ["frobnicate"],
      ["backup", "x.gz", "--bogus"],
      ["restore", "x.gz", "--force"],
      ["migrate", "now"],
    ];
    const runs = await Promise.all(cases.map((args) => cli(args)));
    for (const [i, r] of runs.entries()) {
      expect(r.code, cases[i]?.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/Galat \/ error/);
    }
    expect(readdirSync(work)).toEqual([]);
  });
});

describe("backup and restore", { timeout: 120_000 }, () => {
  it("writes backups readable by the owner only, encrypted with a passphrase when asked", async () => {
    const plain = await cli(["backup", "polos.gz"]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(statSync(path.join(work, "polos.gz")).mode & 0o777).toBe(0o600);
    const enc = await cli(["backup", "rahasia.bin", "--passphrase-stdin"], { stdin: "frasa sandi kantor\n" });
    expect(enc.code, enc.stderr).toBe(0);
    const bytes = readFileSync(path.join(work, "rahasia.bin"));
    expect(bytes.subarray(0, 8).toString()).toBe("SNGENC01");
    expect(statSync(path.join(work, "rahasia.bin")).mode & 0o777).toBe(0o600);
    expect(existsSync(path.join(work, "--help"))).toBe(false);
  });

  it("refuses a restore without confirmation (no terminal, no --yes) and changes nothing", async () => {
    await db.pool.query("insert into access.login_attempts (username, ok) values ('cli.marker', false)");
    const r = await cli(["restore", "polos.gz"]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/--yes/);
    expect(await marker()).toBe(2);
  });

  it("refuses a restore while a server uses the database", async () => {
    const server = new pg.Client({ connectionString: db.url, application_name: "sinergi-server" });
    await server.connect();
    try {
      const r = await cli(["restore", "polos.gz", "--yes"]);
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/Hentikan server/);
      expect(await marker()).toBe(2);
    } finally {
      await server.end();
    }
  });

  it("restores an encrypted backup only with the right passphrase", async () => {
    const none = await cli(["restore", "rahasia.bin", "--yes"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/terenkripsi/);
    const wrong = await cli(["restore", "rahasia.bin", "--yes", "--passphrase-stdin"], {
      stdin: "bukan frasa ini\n",
    });
    expect(wrong.code).toBe(1);
    expect(await marker()).toBe(2);
    const ok = await cli(["restore", "rahasia.bin", "--yes", "--passphrase-stdin"], {
      stdin: "frasa sandi kantor\n",
    });
    expect(ok.code, ok.stderr).toBe(0);
    // The backup was taken when one marker row existed.
    expect(await marker()).toBe(1);
  });
});
