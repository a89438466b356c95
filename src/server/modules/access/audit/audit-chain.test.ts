import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import type { Database } from "../../../platform/db/pool";
import { createTestDatabase } from "../../../testing/test-db";
import { systemCtx } from "../context";
import { createUser, updateUser } from "../manage-users";
import { eventHash, verifyAudit } from "./audit-chain";
import { advanceHeadFile, auditHeadFile, readHeadFile } from "./audit-head";

const run = promisify(execFile);

async function cli(db: Database, dataDir: string, ...args: string[]) {
  const bin = path.resolve("bin/sinergi.js");
  try {
    const out = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: db.url, DATA_DIR: dataDir, LOG_LEVEL: "silent" },
    });
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A database with `n` audited verbs and the head recorded the way the server keeps it. */
async function chainOf(n: number) {
  const db = await createTestDatabase();
  const ctx = systemCtx(db, "test");
  const u = await createUser({
    ctx,
    input: {
      username: "audit.target",
      displayName: "A",
      role: "pimpinan",
      scope: "62",
      password: "long-enough-pass",
    },
  });
  for (let i = 1; i < n; i++) await updateUser({ ctx, id: u.id, input: { displayName: `Nama ${i}` } });
  const dataDir = mkdtempSync(path.join(tmpdir(), "sinergi-audit-"));
  const file = auditHeadFile(dataDir);
  await advanceHeadFile(db, file);
  return { db, ctx, userId: u.id, dataDir, file };
}

async function seqs(db: Database): Promise<number[]> {
  const r = await db.pool.query("select seq from access.audit_events order by seq");
  return r.rows.map((x) => Number(x.seq));
}

describe("audit chain", () => {
  it("seals every event in the transaction that writes it, also under concurrent writers", async () => {
    const { db, ctx, userId, dataDir, file } = await chainOf(6);
    const rows = await db.pool.query("select action, chain_pos, hash from access.audit_events order by seq");
    expect(rows.rows.map((r) => r.action)).toEqual([
      "access.create-user",
      ...Array(5).fill("access.update-user"),
    ]);
    expect(rows.rows.every((r) => r.hash && r.chain_pos)).toBe(true);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => updateUser({ ctx, id: userId, input: { displayName: `P ${i}` } })),
    );
    expect(await verifyAudit(db, readHeadFile(file))).toMatchObject({ ok: true, checked: 26 });
    const good = await cli(db, dataDir, "audit", "verify");
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("audit chain intact (26 events)");
    expect(good.stdout).toMatch(/chain head: posisi 26, hash [0-9a-f]{64}/);
    expect(readHeadFile(file)?.position).toBe(26);
  });

  it("refuses UPDATE, DELETE and TRUNCATE of audit events, for the owner and the app role", async () => {
    const { db } = await chainOf(3);
    const [first] = await seqs(db);
    await expect(
      db.pool.query("update access.audit_events set after = '{}' where seq = $1", [first]),
    ).rejects.toThrow(/append-only/);
    await expect(
      db.pool.query("update access.audit_events set hash = null, prev_hash = null, chain_pos = null"),
    ).rejects.toThrow(/append-only/);
    await expect(db.pool.query("delete from access.audit_events")).rejects.toThrow(/append-only/);
    await expect(db.pool.query("truncate access.audit_events")).rejects.toThrow(/append-only/);
    const c = await db.pool.connect();
    try {
      await c.query("begin");
      await c.query("set local role sinergi_app");
      await expect(c.query("delete from access.audit_events")).rejects.toThrow(/permission denied/);
      await c.query("rollback");
    } finally {
      c.release();
    }
    expect(await seqs(db)).toHaveLength(3);
  });

  it("detects edited content with the triggers disabled, naming the event (CLI exit 3)", async () => {
    const { db, dataDir } = await chainOf(6);
    const third = (await seqs(db))[2];
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query(`update access.audit_events set after = '{"displayName":"Palsu"}' where seq = $1`, [
      third,
    ]);
    await db.pool.query("alter table access.audit_events enable trigger user");
    expect(await verifyAudit(db)).toMatchObject({
      ok: false,
      badSeq: third,
      reason: "content was changed after sealing",
    });
    const broken = await cli(db, dataDir, "audit", "verify");
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(`seq=${third}`);
  });

  it("does not re-seal events whose seal was cleared (the earlier server re-sealed them within 2 s)", async () => {
    const { db, ctx, userId, dataDir } = await chainOf(8);
    const n = (await seqs(db))[3];
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query(`update access.audit_events set after = '{"displayName":"Palsu"}' where seq = $1`, [
      n,
    ]);
    await db.pool.query(
      "update access.audit_events set hash = null, prev_hash = null, chain_pos = null where seq >= $1",
      [n],
    );
    await db.pool.query("alter table access.audit_events enable trigger user");
    await updateUser({ ctx, id: userId, input: { displayName: "sesudah" } });
    await new Promise((r) => setTimeout(r, 2100));
    expect(await verifyAudit(db)).toMatchObject({ ok: false, badSeq: n });
    const res = await cli(db, dataDir, "audit", "verify");
    expect(res.code).toBe(3);
    expect(res.stderr).toContain(`seq=${n}`);
  });

  it("detects a chain rewritten and re-sealed in full by the recorded head", async () => {
    const { db, file, dataDir } = await chainOf(8);
    const n = (await seqs(db))[3];
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query(`update access.audit_events set after = '{"displayName":"Palsu"}' where seq = $1`, [
      n,
    ]);
    await db.pool.query(
      "update access.audit_events set hash = null, prev_hash = null, chain_pos = null where seq >= $1",
      [n],
    );
    await db.pool.query(
      "select access.audit_seal_event(seq) from (select seq from access.audit_events where hash is null order by seq) s",
    );
    await db.pool.query("alter table access.audit_events enable trigger user");
    expect(await verifyAudit(db)).toMatchObject({ ok: true }); // consistent without the outside copy
    expect(await advanceHeadFile(db, file)).toMatchObject({
      problem: expect.stringContaining("recorded head"),
    });
    const res = await verifyAudit(db, readHeadFile(file));
    expect(res).toMatchObject({ ok: false, reason: expect.stringContaining("rewritten") });
    expect((await cli(db, dataDir, "audit", "verify")).code).toBe(3);
  });

  it("detects the newest 10 events deleted", async () => {
    const { db, file, dataDir } = await chainOf(15);
    const all = await seqs(db);
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query("delete from access.audit_events where seq >= $1", [all[5]]);
    await db.pool.query("alter table access.audit_events enable trigger user");
    expect(await verifyAudit(db)).toMatchObject({ ok: true, checked: 5 }); // consistent without the copy
    expect((await advanceHeadFile(db, file)).problem).toBeDefined();
    expect(readHeadFile(file)?.position).toBe(15);
    expect(await verifyAudit(db, readHeadFile(file))).toMatchObject({
      ok: false,
      reason: expect.stringContaining("events after chain position 5 are missing"),
    });
    const res = await cli(db, dataDir, "audit", "verify");
    expect(res.code).toBe(3);
    expect(res.stderr).toContain("posisi 6");
    expect(res.stdout).toContain("posisi 15");
  });

  it("verifies a chain started by the earlier after-commit sealer (hash_v 1) and continued at commit", async () => {
    const db = await createTestDatabase();
    const old = {
      seq: 1,
      id: "01900000-0000-7000-8000-000000000001",
      at: new Date("2026-01-02T03:04:05.678Z"),
      actor_kind: "system",
      actor_id: null,
      actor_name: "lama",
      action: "access.create-user",
      entity_type: "user",
      entity_id: null,
      entity_region: "62",
      before: null,
      after: { displayName: "Lama" },
      request_id: null,
    };
    const hash = eventHash("0".repeat(64), old);
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query(
      `insert into access.audit_events (seq, id, at, actor_kind, actor_name, action, entity_type, entity_region,
         after, chain_pos, prev_hash, hash, hash_v)
       values (1, $1, $2, 'system', 'lama', 'access.create-user', 'user', '62', $3, 1, $4, $5, 1)`,
      [old.id, old.at, JSON.stringify(old.after), "0".repeat(64), hash],
    );
    await db.pool.query("alter table access.audit_events enable trigger user");
    await db.pool.query("select setval('access.audit_events_seq_seq', 1)");
    await createUser({
      ctx: systemCtx(db, "test"),
      input: {
        username: "baru",
        displayName: "B",
        role: "pimpinan",
        scope: "62",
        password: "long-enough-pass",
      },
    });
    expect(await verifyAudit(db)).toMatchObject({ ok: true, checked: 2 });
    await db.pool.query("alter table access.audit_events disable trigger user");
    await db.pool.query(`update access.audit_events set after = '{"displayName":"Palsu"}' where seq = 1`);
    expect(await verifyAudit(db)).toMatchObject({ ok: false, badSeq: 1 });
  });
});
