// Operations on the queue of records typed offline. They take the store as a parameter so the same
// code runs on IndexedDB in the browser and on a memory store in tests.
import { retryDelayMs } from "./backoff";
import type { KeyValueStore } from "./idb";
import type { OutboxRecord, OutboxSummary, SendCheckpoint, SendOutcome } from "./outbox-types";

export type OutboxStore<P = unknown> = KeyValueStore<OutboxRecord<P>>;

/** How long sent records stay visible in the queue page. */
export const keepSentMs = 3 * 24 * 60 * 60_000;

export function newOutboxRecord<P>(input: {
  clientId: string;
  userId: string;
  payload: P;
  summary: OutboxSummary;
  now: number;
}): OutboxRecord<P> {
  const at = new Date(input.now).toISOString();
  return {
    clientId: input.clientId,
    userId: input.userId,
    payload: input.payload,
    summary: input.summary,
    status: "queued",
    createdAt: at,
    updatedAt: at,
    attempts: 0,
    notBefore: 0,
  };
}

/** Records newest first. */
export async function listOutbox<P>(store: OutboxStore<P>): Promise<OutboxRecord<P>[]> {
  const all = await store.all();
  return all.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Marks a queued, due record as being sent; null when another tab got it first or it is not due. */
export function claimForSending<P>(store: OutboxStore<P>, clientId: string, now: number) {
  return store.update(clientId, (record) =>
    record && record.status === "queued" && record.notBefore <= now
      ? { ...record, status: "sending", updatedAt: new Date(now).toISOString() }
      : null,
  );
}

/** A record left "sending" by a closed tab goes back to the queue (the server is idempotent). */
export function releaseStale<P>(store: OutboxStore<P>, clientId: string, now: number) {
  return store.update(clientId, (record) =>
    record?.status === "sending"
      ? { ...record, status: "queued", updatedAt: new Date(now).toISOString() }
      : null,
  );
}

function afterOutcome<P>(record: OutboxRecord<P>, outcome: SendOutcome, now: number): OutboxRecord<P> {
  const base = { ...record, updatedAt: new Date(now).toISOString() };
  switch (outcome.kind) {
    case "sent": {
      const { lastError: _e, issues: _i, serverVersion: _v, overwrite: _o, candidates: _c, ...rest } = base;
      return { ...rest, status: "sent", serverId: outcome.serverId };
    }
    case "conflict":
      return {
        ...base,
        status: "conflict",
        serverVersion: outcome.serverVersion,
        lastError: outcome.message,
      };
    case "rejected":
      return { ...base, status: "rejected", lastError: outcome.message, issues: outcome.issues };
    case "decision":
      return { ...base, status: "decision", lastError: outcome.message, candidates: outcome.candidates };
    case "unauthenticated":
      return { ...base, status: "queued" };
    case "retry": {
      const attempts = record.attempts + 1;
      return {
        ...base,
        status: "queued",
        attempts,
        notBefore: now + retryDelayMs(attempts),
        lastError: outcome.message,
      };
    }
  }
}

/** Saves progress of a record being sent (e.g. the server id before its kendala is sent). */
export function saveCheckpoint<P>(store: OutboxStore<P>, clientId: string, patch: SendCheckpoint) {
  return store.update(clientId, (record) => (record ? { ...record, ...patch } : null));
}

export function recordOutcome<P>(store: OutboxStore<P>, clientId: string, outcome: SendOutcome, now: number) {
  return store.update(clientId, (record) => (record ? afterOutcome(record, outcome, now) : null));
}

/** Makes every queued record due now (the connection just came back, or the user pressed "Kirim"). */
export async function makeAllDue<P>(store: OutboxStore<P>): Promise<void> {
  for (const record of await store.all()) {
    if (record.status === "queued" && record.notBefore > 0) {
      await store.update(record.clientId, (current) =>
        current?.status === "queued" ? { ...current, notBefore: 0 } : null,
      );
    }
  }
}

export type ConflictChoice = "keepServer" | "resendMine";

/** Keeping the server's version ends the record's journey; resending overwrites the server's. */
export function resolveConflict<P>(
  store: OutboxStore<P>,
  clientId: string,
  choice: ConflictChoice,
  now: number,
) {
  return store.update(clientId, (record) => {
    if (record?.status !== "conflict") return null;
    const updatedAt = new Date(now).toISOString();
    if (choice === "resendMine")
      return { ...record, status: "queued", overwrite: true, notBefore: 0, updatedAt };
    return { ...record, status: "sent", lastError: undefined, updatedAt };
  });
}

/** A corrected payload for a refused (or still queued) record goes back into the queue. */
export function replacePayload<P>(
  store: OutboxStore<P>,
  clientId: string,
  payload: P,
  summary: OutboxSummary,
  now: number,
) {
  return store.update(clientId, (record) =>
    record && (record.status === "rejected" || record.status === "queued")
      ? {
          ...record,
          payload,
          summary,
          status: "queued",
          notBefore: 0,
          issues: undefined,
          lastError: undefined,
          updatedAt: new Date(now).toISOString(),
        }
      : null,
  );
}

/** Drops sent records older than `keepSentMs`. */
export async function pruneSent<P>(store: OutboxStore<P>, now: number): Promise<number> {
  let removed = 0;
  for (const record of await store.all()) {
    if (record.status === "sent" && now - Date.parse(record.updatedAt) > keepSentMs) {
      await store.delete(record.clientId);
      removed += 1;
    }
  }
  return removed;
}
