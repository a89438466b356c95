import { createHash } from "node:crypto";
import type { Database } from "../../../platform/db/pool";

/**
 * Verifies the hash chain over audit events. Events are sealed at the commit of the transaction
 * that writes them (trigger access.audit_seal, functions in sql/audit-chain.sql); nothing re-seals later,
 * so an event without a seal is itself a sign of tampering.
 */
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

/**
 * Canonical body of a hash_v 2 event, built by PostgreSQL's own jsonb output. It repeats the
 * expression of access.audit_body (same migration) so a replaced database function cannot make a
 * rewritten chain pass.
 */
const BODY_SQL = `jsonb_build_array(id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
  actor_kind, actor_id, actor_name, action, entity_type, entity_id, entity_region, before, after,
  request_id)::text`;

/** Position and hash of the last sealed event: what an office writes down to detect a cut tail. */
export type ChainHead = { position: number; hash: string };

/** Hash of events sealed by the earlier after-commit sealer (hash_v 1). */
export function eventHash(prevHash: string, e: EventRow): string {
  const body = JSON.stringify([
    e.id, new Date(e.at).toISOString(), e.actor_kind, e.actor_id, e.actor_name, e.action,
    e.entity_type, e.entity_id, e.entity_region, e.before, e.after, e.request_id,
  ]); // biome-ignore format: one canonical field order
  return createHash("sha256").update(prevHash).update(body).digest("hex");
}

function sealedHash(prevHash: string, e: EventRow & { hash_v: number; body: string }): string {
  if (e.hash_v === 1) return eventHash(prevHash, e);
  return createHash("sha256").update(prevHash).update(e.body).digest("hex");
}

export async function currentHead(database: Database): Promise<ChainHead> {
  const r = await database.pool.query<{ chain_pos: number; hash: string }>(
    "select chain_pos, hash from access.audit_events where chain_pos is not null order by chain_pos desc limit 1",
  );
  const row = r.rows[0];
  return row ? { position: Number(row.chain_pos), hash: row.hash } : { position: 0, hash: GENESIS };
}

export type VerifyResult =
  | { ok: true; checked: number; head: ChainHead }
  | {
      ok: false;
      checked: number;
      head: ChainHead;
      reason: string;
      /** The first bad event, when one is still in the table (a cut tail leaves none to name). */
      badSeq?: number;
      badId?: string;
    };

type ChainRow = EventRow & {
  chain_pos: number;
  prev_hash: string;
  hash: string;
  hash_v: number;
  body: string;
};

/**
 * Recomputes the whole chain; names the first event whose content or link does not match. With
 * `recorded` (the head kept outside the table), also detects a rewritten or cut chain.
 */
export async function verifyAudit(database: Database, recorded?: ChainHead): Promise<VerifyResult> {
  let prev = GENESIS;
  let checked = 0;
  let atRecorded: ChainRow | undefined;
  for (;;) {
    const rows = await database.pool.query<ChainRow>(
      `select ${COLS}, chain_pos, prev_hash, hash, hash_v, ${BODY_SQL} as body from access.audit_events
       where chain_pos is not null and chain_pos > $1 order by chain_pos limit 10000`,
      [checked],
    );
    for (const e of rows.rows) {
      const fail = (reason: string): VerifyResult => ({
        ok: false,
        checked,
        head: { position: checked, hash: prev },
        badSeq: e.seq,
        badId: e.id,
        reason,
      });
      if (Number(e.chain_pos) !== checked + 1)
        return fail(`missing event before chain position ${e.chain_pos}`);
      if (e.prev_hash !== prev) return fail("link to the previous event does not match");
      if (sealedHash(prev, e) !== e.hash) return fail("content was changed after sealing");
      if (recorded && Number(e.chain_pos) === recorded.position) atRecorded = e;
      prev = e.hash;
      checked += 1;
    }
    if (rows.rows.length < 10000) break;
  }
  const head = { position: checked, hash: prev };
  const unsealed = await database.pool.query<{ seq: number; id: string }>(
    "select seq, id from access.audit_events where hash is null order by seq limit 1",
  );
  const loose = unsealed.rows[0];
  if (loose) {
    const reason = "event was never sealed (its seal was removed)";
    return { ok: false, checked, head, badSeq: loose.seq, badId: loose.id, reason };
  }
  if (!recorded || recorded.position === 0) return { ok: true, checked, head };
  if (!atRecorded) {
    const reason = `events after chain position ${checked} are missing (recorded head: position ${recorded.position})`;
    return { ok: false, checked, head, reason };
  }
  if (atRecorded.hash !== recorded.hash) {
    const reason = `chain was rewritten up to position ${recorded.position} (hash differs from the recorded head)`;
    return { ok: false, checked, head, badSeq: atRecorded.seq, badId: atRecorded.id, reason };
  }
  return { ok: true, checked, head };
}
