// Runs the sync in the browser: when the connection comes back (online event), every 15 s while
// records wait (each record keeps its own back-off), when the tab becomes visible, and on demand.
// A Web Lock lets one tab at a time send, so two open tabs never race for the same record.

import type { OutboxPayload } from "./kendala-outbox";
import { makeAllDue } from "./outbox";
import { outboxStore } from "./outbox-db";
import type { OutboxRecord } from "./outbox-types";
import { sendOutboxRecord } from "./send-record";
import { isServerReachable, reportUnreachable, subscribeServerReach } from "./server-reach";
import { type SyncReport, syncOutbox } from "./sync-engine";

export type RunnerState = { syncing: boolean; lastReport: SyncReport | null; needsSignIn: boolean };

const tickMs = 15_000;
let state: RunnerState = { syncing: false, lastReport: null, needsSignIn: false };
const listeners = new Set<() => void>();
let activeUser: string | null = null;
let holders = 0;
let running: Promise<SyncReport | null> | null = null;

function setState(patch: Partial<RunnerState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export const getRunnerState = (): RunnerState => state;

export function subscribeRunner(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function pass(userId: string): Promise<SyncReport | null> {
  const run = (exclusive: boolean) =>
    syncOutbox<OutboxPayload>({
      store: outboxStore,
      userId,
      now: Date.now,
      exclusive,
      send: (record: OutboxRecord<OutboxPayload>, checkpoint) => sendOutboxRecord(record, checkpoint),
    });
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  if (!locks) return run(false);
  // ifAvailable: when another tab is already sending, this one simply skips its turn.
  return locks.request("sinergi-outbox-sync", { ifAvailable: true }, (lock) => (lock ? run(true) : null));
}

/** Sends what is due now; `everything` first makes records in back-off due too (button, online). */
export function syncNow(userId: string, options: { everything?: boolean } = {}): Promise<SyncReport | null> {
  if (running) return running;
  setState({ syncing: true });
  running = (async () => {
    try {
      if (options.everything) await makeAllDue(outboxStore);
      const report = await pass(userId);
      if (report) setState({ lastReport: report, needsSignIn: report.stopped === "unauthenticated" });
      if (report?.stopped === "offline") reportUnreachable();
      return report;
    } catch {
      return null;
    } finally {
      running = null;
      setState({ syncing: false });
    }
  })();
  return running;
}

function onOnline(): void {
  if (activeUser) void syncNow(activeUser, { everything: true });
}

function onVisible(): void {
  if (activeUser && document.visibilityState === "visible" && navigator.onLine) void syncNow(activeUser);
}

let timer: ReturnType<typeof setInterval> | null = null;
let stopReach: (() => void) | null = null;
let wasReachable = true;

/** The server answers again (the ping saw it): send everything waiting at once. */
function onReach(): void {
  const now = isServerReachable();
  if (now && !wasReachable) onOnline();
  wasReachable = now;
}

/** Starts the background sync for the signed-in user; the returned function stops this holder. */
export function startOutboxSync(userId: string): () => void {
  holders += 1;
  if (activeUser !== userId) setState({ needsSignIn: false });
  activeUser = userId;
  if (holders === 1) {
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onVisible);
    wasReachable = isServerReachable();
    stopReach = subscribeServerReach(onReach);
    timer = setInterval(() => {
      if (activeUser && navigator.onLine) void syncNow(activeUser);
    }, tickMs);
    if (navigator.onLine) void syncNow(userId);
  }
  return () => {
    holders -= 1;
    if (holders > 0) return;
    window.removeEventListener("online", onOnline);
    document.removeEventListener("visibilitychange", onVisible);
    if (timer) clearInterval(timer);
    timer = null;
    stopReach?.();
    stopReach = null;
    activeUser = null;
  };
}
