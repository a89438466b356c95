import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createUser, systemCtx } from "../modules/access";
import { createTestDatabase } from "../testing/test-db";
import { backupDatabase, restoreDatabase } from "./backup";

const db = await createTestDatabase();

async function snapshot() {
  const users = await db.pool.query(
    "select id, username, display_name, region_code, password_hash from access.users order by id",
  );
  const files = await db.pool.query("select id, sha256, data from platform.files order by id");
  const regions = await db.pool.query("select count(*)::int as n from regions.regions");
  return { users: users.rows, files: files.rows, regions: regions.rows[0].n };
}

describe("backup and restore", () => {
  it("round-trips the whole database through one file, binary files included", async () => {
    const ctx = systemCtx(db, "test");
    for (const name of ["satu", "dua", "tiga"]) {
      await createUser({
        ctx,
        input: {
          username: `backup.${name}`,
          displayName: name,
          role: "pimpinan",
          scope: "62",
          password: "long-enough-pass",
        },
      });
    }
    await db.pool.query(
      "insert into platform.files (id, sha256, name, mime, size, data) values (gen_random_uuid(), 'abc', 'x.bin', 'application/octet-stream', 4, '\\x00ff10e2'::bytea)",
    );
    const before = await snapshot();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sinergi-backup-")), "cadangan.sinergi.gz");
    const written = await backupDatabase(db, file);
    expect(written).toBeGreaterThan(83_000);

    await db.pool.query("delete from access.users where username = 'backup.dua'");
    await db.pool.query("update access.users set display_name = 'Rusak' where username = 'backup.satu'");
    await db.pool.query("delete from platform.files");
    expect(await snapshot()).not.toEqual(before);

    await restoreDatabase(db, file);
    expect(await snapshot()).toEqual(before);
    const seq = await db.pool.query(
      "insert into access.login_attempts (username, ok) values ('x', true) returning id",
    );
    expect(seq.rows[0].id).toBeGreaterThan(0);
  });

  it("refuses a file that is not a Sinergi backup", async () => {
    const { writeFileSync } = await import("node:fs");
    const { gzipSync } = await import("node:zlib");
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "sinergi-backup-")), "bukan.gz");
    writeFileSync(file, gzipSync('{"format":"other"}\n'));
    await expect(restoreDatabase(db, file)).rejects.toThrow(/bukan cadangan Sinergi/);
    const users = await db.pool.query("select count(*)::int as n from access.users");
    expect(users.rows[0].n).toBeGreaterThan(0);
  });
});
