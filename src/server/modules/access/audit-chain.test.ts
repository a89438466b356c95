import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../testing/test-db";
import { sealAudit, verifyAudit } from "./audit-chain";
import { systemCtx } from "./context";
import { createUser, updateUser } from "./manage-users";

const run = promisify(execFile);
const db = await createTestDatabase();
const ctx = systemCtx(db, "test");

async function cli(...args: string[]) {
  const bin = path.resolve("bin/sinergi.js");
  try {
    const out = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: "silent" },
    });
    return { code: 0, stdout: out.stdout, stderr: out.stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("audit chain", () => {
  it("records mutating verbs, seals them in a chain and detects any altered row", async () => {
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
    for (let i = 0; i < 5; i++) await updateUser({ ctx, id: u.id, input: { displayName: `Nama ${i}` } });
    expect(await sealAudit(db)).toBe(6);
    const ok = await verifyAudit(db);
    expect(ok).toMatchObject({ ok: true, checked: 6, unsealed: 0 });
    const events = await db.pool.query(
      "select seq, action, actor_name, entity_id from access.audit_events order by chain_pos",
    );
    expect(events.rows.map((r) => r.action)).toEqual([
      "access.create-user",
      ...Array(5).fill("access.update-user"),
    ]);
    expect(events.rows[0].entity_id).toBe(u.id);

    const good = await cli("audit", "verify");
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("audit chain intact (6 events)");

    const third = events.rows[2].seq;
    await db.pool.query(`update access.audit_events set after = '{"displayName":"Palsu"}' where seq = $1`, [
      third,
    ]);
    const bad = await verifyAudit(db);
    expect(bad).toMatchObject({
      ok: false,
      badSeq: Number(third),
      reason: "content was changed after sealing",
    });
    const broken = await cli("audit", "verify");
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(`seq=${third}`);
  });

  it("detects a deleted event", async () => {
    const rows = await db.pool.query("select seq from access.audit_events order by chain_pos");
    await db.pool.query(
      `update access.audit_events set after = (select after from access.audit_events where seq = $1) where seq = $1`,
      [rows.rows[2].seq],
    );
    await db.pool.query("delete from access.audit_events where seq = $1", [rows.rows[1].seq]);
    const res = await verifyAudit(db);
    expect(res.ok).toBe(false);
  });
});
