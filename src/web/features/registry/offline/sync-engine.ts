// One pass over the queue: every due record of the signed-in user is claimed, sent once and given
// its outcome. The pass stops early when the connection or the session is gone, so a phone without
// signal does not burn its retries on every record at once.
import {
  claimForSending,
  listOutbox,
  type OutboxStore,
  pruneSent,
  recordOutcome,
  releaseStale,
  saveCheckpoint,
} from "./outbox";
import type { OutboxRecord, SendCheckpoint, SendOutcome } from "./outbox-types";

export type SyncReport = {
  sent: number;
  conflicts: number;
  rejected: number;
  retried: number;
  /** Why the pass ended before the queue was empty, if it did. */
  stopped: "offline" | "unauthenticated" | null;
};

export type SyncDeps<P> = {
  store: OutboxStore<P>;
  send: (
    record: OutboxRecord<P>,
    checkpoint: (patch: SendCheckpoint) => Promise<void>,
  ) => Promise<SendOutcome>;
  userId: string;
  now: () => number;
  /**
   * True when this pass holds the only sync lock (Web Locks), so any record still "sending" was
   * left by a closed tab. Without a lock only records stuck for over a minute are released.
   */
  exclusive: boolean;
};

const staleSendingMs = 60_000;

async function releaseLeftovers<P>(deps: SyncDeps<P>, records: readonly OutboxRecord<P>[]): Promise<void> {
  const now = deps.now();
  for (const record of records) {
    const stuck = now - Date.parse(record.updatedAt) > staleSendingMs;
    if (record.status === "sending" && (deps.exclusive || stuck)) {
      await releaseStale(deps.store, record.clientId, now);
    }
  }
}

export async function syncOutbox<P>(deps: SyncDeps<P>): Promise<SyncReport> {
  const report: SyncReport = { sent: 0, conflicts: 0, rejected: 0, retried: 0, stopped: null };
  await releaseLeftovers(deps, await listOutbox(deps.store));
  // Oldest first, the order in which they were typed.
  const due = (await listOutbox(deps.store)).filter((r) => r.userId === deps.userId).reverse();
  for (const candidate of due) {
    const claimed = await claimForSending(deps.store, candidate.clientId, deps.now());
    if (!claimed) continue;
    let outcome: SendOutcome;
    try {
      const checkpoint = async (patch: SendCheckpoint) => {
        await saveCheckpoint(deps.store, claimed.clientId, patch);
      };
      outcome = await deps.send(claimed, checkpoint);
    } catch (error) {
      outcome = {
        kind: "retry",
        message: error instanceof Error ? error.message : String(error),
        offline: false,
      };
    }
    await recordOutcome(deps.store, claimed.clientId, outcome, deps.now());
    if (outcome.kind === "sent") report.sent += 1;
    else if (outcome.kind === "conflict" || outcome.kind === "decision") report.conflicts += 1;
    else if (outcome.kind === "rejected") report.rejected += 1;
    else if (outcome.kind === "retry") report.retried += 1;
    if (outcome.kind === "unauthenticated") {
      report.stopped = "unauthenticated";
      break;
    }
    if (outcome.kind === "retry" && outcome.offline) {
      report.stopped = "offline";
      break;
    }
  }
  await pruneSent(deps.store, deps.now());
  return report;
}
