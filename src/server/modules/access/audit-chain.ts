import { createHash } from "node:crypto";
import type { Database } from "../../platform/db/pool";

/**
 * Hash chain over audit events in the order they were sealed. Sealing runs after commit in one
 * process at a time (advisory lock), so concurrent writers never wait on a global chain lock.
 */
const SEAL_LOCK = 7_200_002;
const GENESIS = "0".repeat(64);

type EventRow = {
  seq: number;
  id: string;
  at: Date;
  actor_kind: string;
  actor_id: string | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  entity_region: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
};

const COLS = `seq, id, at, actor_kind, actor_id, actor_name, action, entity_type, entity_id,
  entity_region, before, after, request_id`;

export function eventHash(prevHash: string, e: EventRow): string {
  const body = JSON.stringify([
    e.id, new Date(e.at).toISOString(), e.actor_kind, e.actor_id, e.actor_name, e.action,
    e.entity_type, e.entity_id, e.entity_region, e.before, e.after, e.request_id,
  ]); // biome-ignore format: one canonical field order
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}

/** Chains every unsealed event; returns how many were sealed. */
export async function sealAudit(database: Database, batch = 5_000): Promise<number> {
  const client = await database.pool.connect();
  let sealed = 0;
  try {
    const got = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [SEAL_LOCK]);
    if (!got.rows[0]?.ok) return 0;
    try {
      for (;;) {
        await client.query("begin");
        const last = await client.query<{ chain_pos: number; hash: string }>(
          "select chain_pos, hash from access.audit_events where chain_pos is not null order by chain_pos desc limit 1",
        );
        let pos = Number(last.rows[0]?.chain_pos ?? 0);
        let prev = last.rows[0]?.hash ?? GENESIS;
        const rows = await client.query<EventRow>(
          `select ${COLS} from access.audit_events where hash is null order by seq limit $1`,
          [batch],
        );
        if (rows.rows.length === 0) {
          await client.query("commit");
          break;
        }
        const seqs: number[] = [];
        const poss: number[] = [];
        const prevs: string[] = [];
        const hashes: string[] = [];
        for (const e of rows.rows) {
          const h = eventHash(prev, e);
          pos += 1;
          seqs.push(e.seq);
          poss.push(pos);
          prevs.push(prev);
          hashes.push(h);
          prev = h;
        }
        await client.query(
          `update access.audit_events a set chain_pos = v.pos, prev_hash = v.prev, hash = v.hash
           from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as v(seq, pos, prev, hash)
           where a.seq = v.seq`,
          [seqs, poss, prevs, hashes],
        );
        await client.query("commit");
        sealed += rows.rows.length;
        if (rows.rows.length < batch) break;
      }
    } finally {
      await client.query("select pg_advisory_unlock($1)", [SEAL_LOCK]);
    }
  } catch (err) {
    await client.query("rollback").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  return sealed;
}

export type VerifyResult =
  | { ok: true; checked: number; unsealed: number }
  | { ok: false; checked: number; badSeq: number; badId: string; reason: string };

/** Recomputes the whole chain; names the first event whose content or link does not match. */
export async function verifyAudit(database: Database): Promise<VerifyResult> {
  let prev = GENESIS;
  let expectedPos = 1;
  let checked = 0;
  let after = 0;
  for (;;) {
    const rows = await database.pool.query<EventRow & { chain_pos: number; prev_hash: string; hash: string }>(
      `select ${COLS}, chain_pos, prev_hash, hash from access.audit_events
       where chain_pos is not null and chain_pos > $1 order by chain_pos limit 10000`,
      [after],
    );
    for (const e of rows.rows) {
      const fail = (reason: string): VerifyResult => ({
        ok: false,
        checked,
        badSeq: e.seq,
        badId: e.id,
        reason,
      });
      if (Number(e.chain_pos) !== expectedPos)
        return fail(`missing event before chain position ${e.chain_pos}`);
      if (e.prev_hash !== prev) return fail("link to the previous event does not match");
      if (eventHash(prev, e) !== e.hash) return fail("content was changed after sealing");
      prev = e.hash;
      expectedPos += 1;
      checked += 1;
      after = Number(e.chain_pos);
    }
    if (rows.rows.length < 10000) break;
  }
  const unsealed = await database.pool.query<{ n: number }>(
    "select count(*)::int as n from access.audit_events where hash is null",
  );
  return { ok: true, checked, unsealed: unsealed.rows[0]?.n ?? 0 };
}
