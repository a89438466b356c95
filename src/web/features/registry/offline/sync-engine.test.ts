import { describe, expect, it } from "vitest";
import { retryDelayMs } from "./backoff";
import { memoryStore } from "./idb";
import { keepSentMs, newOutboxRecord, type OutboxStore, replacePayload, resolveConflict } from "./outbox";
import type { OutboxRecord, SendOutcome } from "./outbox-types";
import { syncOutbox } from "./sync-engine";

type Payload = { name: string };
const t0 = Date.parse("2020-05-04T03:00:00Z");

function setup(records: Array<{ id: string; user?: string; minutesAgo?: number }>) {
  const store: OutboxStore<Payload> = memoryStore((r: OutboxRecord<Payload>) => r.clientId);
  const summary = { ownerName: "Siti", businessName: "Jahit Siti", village: "Langkai" };
  const ready = Promise.all(
    records.map((r) =>
      store.put(
        newOutboxRecord({
          clientId: r.id,
          userId: r.user ?? "u1",
          payload: { name: r.id },
          summary,
          now: t0 - (r.minutesAgo ?? 0) * 60_000,
        }),
      ),
    ),
  );
  let clock = t0;
  const sent: string[] = [];
  const sync = async (answer: (r: OutboxRecord<Payload>) => SendOutcome, exclusive = true) => {
    await ready;
    return syncOutbox({
      store,
      userId: "u1",
      now: () => clock,
      exclusive,
      send: async (record) => {
        sent.push(`${record.clientId}${record.overwrite ? "!" : ""}`);
        return answer(record);
      },
    });
  };
  const status = async (id: string) => (await store.get(id))?.status;
  return { store, sent, sync, status, advance: (ms: number) => (clock += ms) };
}

const ok = (r: OutboxRecord<Payload>): SendOutcome => ({ kind: "sent", serverId: `srv-${r.clientId}` });
const offline: SendOutcome = { kind: "retry", message: "no signal", offline: true };

describe("syncOutbox", () => {
  it("sends every queued record once, oldest first, and nothing on the next pass", async () => {
    const q = setup([
      { id: "a", minutesAgo: 5 },
      { id: "b", minutesAgo: 1 },
    ]);
    expect(await q.sync(ok)).toMatchObject({ sent: 2, stopped: null });
    expect(await q.sync(ok)).toMatchObject({ sent: 0 });
    expect(q.sent).toEqual(["a", "b"]);
    expect((await q.store.get("a"))?.serverId).toBe("srv-a");
  });

  it("two tabs syncing at the same moment still send each record once", async () => {
    const q = setup([{ id: "a" }, { id: "b" }, { id: "c" }]);
    await Promise.all([q.sync(ok, false), q.sync(ok, false)]);
    expect([...q.sent].sort()).toEqual(["a", "b", "c"]);
  });

  it("stops at the first offline failure and backs off only that record", async () => {
    const q = setup([
      { id: "a", minutesAgo: 2 },
      { id: "b", minutesAgo: 1 },
    ]);
    expect(await q.sync(() => offline)).toMatchObject({ retried: 1, stopped: "offline" });
    const a = await q.store.get("a");
    expect(a).toMatchObject({ status: "queued", attempts: 1, lastError: "no signal" });
    expect(a?.notBefore).toBeGreaterThan(t0);
    expect(await q.store.get("b")).toMatchObject({ status: "queued", attempts: 0 });
    // Not due yet: b goes, a waits for its back-off.
    await q.sync(ok);
    expect(q.sent).toEqual(["a", "b"]);
    q.advance(10 * 60_000);
    await q.sync(ok);
    expect(q.sent).toEqual(["a", "b", "a"]);
    expect(await q.status("a")).toBe("sent");
  });

  it.each([
    ["unauthenticated", { kind: "unauthenticated" } as SendOutcome, "queued", "unauthenticated"],
    [
      "conflict",
      { kind: "conflict", serverVersion: { name: "x" }, message: "beda" } as SendOutcome,
      "conflict",
      null,
    ],
    [
      "rejected",
      { kind: "rejected", message: "NIK salah", issues: { nik: "salah" } } as SendOutcome,
      "rejected",
      null,
    ],
  ] as const)("a %s answer leaves the record %s", async (_name, outcome, expected, stopped) => {
    const q = setup([{ id: "a" }]);
    expect((await q.sync(() => outcome)).stopped).toBe(stopped);
    expect(await q.status("a")).toBe(expected);
  });

  it("leaves other users' records alone", async () => {
    const q = setup([{ id: "mine" }, { id: "theirs", user: "u2" }]);
    await q.sync(ok);
    expect(q.sent).toEqual(["mine"]);
    expect(await q.status("theirs")).toBe("queued");
  });

  it("releases a record a closed tab left half-sent", async () => {
    const q = setup([{ id: "a" }]);
    await q.store.update("a", (r) => (r ? { ...r, status: "sending" } : null));
    await q.sync(ok, false);
    expect(q.sent).toEqual([]);
    await q.sync(ok, true);
    expect(q.sent).toEqual(["a"]);
  });

  it("resends with overwrite after the user keeps their version of a conflict", async () => {
    const q = setup([
      { id: "a", minutesAgo: 2 },
      { id: "b", minutesAgo: 1 },
    ]);
    await q.sync(() => ({ kind: "conflict", serverVersion: {}, message: "beda" }));
    await resolveConflict(q.store, "a", "resendMine", t0);
    await resolveConflict(q.store, "b", "keepServer", t0);
    await q.sync(ok);
    expect(q.sent).toEqual(["a", "b", "a!"]);
    expect(await q.status("b")).toBe("sent");
  });

  it("sends a refused record again only after it is corrected", async () => {
    const q = setup([{ id: "a" }]);
    await q.sync(() => ({ kind: "rejected", message: "x", issues: {} }));
    await q.sync(ok);
    expect(q.sent).toEqual(["a"]);
    await replacePayload(
      q.store,
      "a",
      { name: "fixed" },
      { ownerName: "", businessName: "", village: "" },
      t0,
    );
    await q.sync(ok);
    expect(q.sent).toEqual(["a", "a"]);
  });

  it("forgets sent records after the keep period", async () => {
    const q = setup([{ id: "a" }]);
    await q.sync(ok);
    q.advance(keepSentMs + 1);
    await q.sync(ok);
    expect(await q.store.get("a")).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  it.each([
    [1, 5_000],
    [2, 10_000],
    [4, 40_000],
    [8, 600_000],
    [30, 600_000],
  ])("after %i failures waits at most %i ms and at least 80%% of it", (attempts, max) => {
    expect(retryDelayMs(attempts, () => 1)).toBe(max);
    expect(retryDelayMs(attempts, () => 0)).toBe(Math.round(max * 0.8));
  });
});
