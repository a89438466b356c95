// A supply day is allocated once: two konsultan pressing "confirm" at the same moment (the same
// draft, or each their own draft of the day) get one success and one 409, and nothing is booked twice.
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import { addDays } from "../domain/supply-day";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localTomorrow,
  nextIp,
  orderBody,
} from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
// The second konsultan's own session (a second sign-in).
const other = await t.login("konsultan.plut");
const tailor = await createProducer(kit, "Penjahit Sari");
const day = addDays(localTomorrow(), 1);
const db = t.database.pool;

await t.app.listen({ port: 0, host: "127.0.0.1" });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
afterAll(() => t.app.close());

const post = (cookie: string, url: string, body: Record<string, unknown>) =>
  fetch(`${base}${url}`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

/** A product with 10 masks for the day and pre-orders of 6, 6 and 3. */
async function queuedDay(name: string): Promise<string> {
  const productId = await createProduct(kit, { name });
  await consign(kit, { productId, producerId: tailor, quantity: 10, date: day, pool: "preorder" });
  for (const q of [6, 6, 3]) {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, q, { mode: "preorder", supplyDate: day }),
    });
    expect(res.statusCode, res.body).toBe(201);
  }
  return productId;
}

async function runDay(cookie: string, productId: string): Promise<string> {
  const res = await post(cookie, "/api/market/allocations", { productId, supplyDate: day, policy: "fifo" });
  expect(res.status).toBe(200);
  return ((await res.json()) as { runId: string }).runId;
}

/** What the day booked: confirmed runs, sale lines, units held by orders, audit events. */
async function booked(productId: string) {
  const one = async (text: string) => (await db.query(text, [productId, day])).rows[0].n as number;
  return {
    confirmedRuns: await one(
      "select count(*)::int as n from market.allocation_runs where product_id = $1 and supply_date = $2 and is_confirmed",
    ),
    saleLines: await one(
      "select count(*)::int as n from market.stock_ledger where product_id = $1 and entry_date = $2 and kind = 'sale'",
    ),
    soldUnits: await one(
      "select coalesce(-sum(delta), 0)::int as n from market.stock_ledger where product_id = $1 and entry_date = $2 and kind = 'sale'",
    ),
    heldUnits: await one(
      `select coalesce(sum(i.allocated), 0)::int as n from market.order_items i join market.orders o on o.id = i.order_id
       where i.product_id = $1 and o.supply_date = $2 and o.status = 'allocated'`,
    ),
    audits: await one(
      `select count(*)::int as n from access.audit_events where action = 'market.confirm-allocation'
       and after->>'productId' = $1 and after->>'supplyDate' = $2`,
    ),
  };
}

const expected = { confirmedRuns: 1, saleLines: 2, soldUnits: 10, heldUnits: 10, audits: 1 };

describe("confirming a supply day's allocation under concurrency", () => {
  it("two clicks on the same draft: one 200, one 409, booked once", async () => {
    const productId = await queuedDay("Masker sekali");
    const runId = await runDay(kit.konsultan, productId);
    const url = `/api/market/allocations/${runId}/confirm`;
    const responses = await Promise.all([
      post(kit.konsultan, url, { closeNow: true }),
      post(other, url, { closeNow: true }),
    ]);
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
    const refused = await responses.find((r) => r.status === 409)?.json();
    expect(refused.error.code).toBe("ALLOCATION_CONFIRMED");
    expect(await booked(productId)).toEqual(expected);
  });

  it("each konsultan confirms a draft of their own: one 200, one 409, booked once", async () => {
    const productId = await queuedDay("Masker dua draf");
    const first = await runDay(kit.konsultan, productId);
    const second = await runDay(other, productId);
    const responses = await Promise.all([
      post(kit.konsultan, `/api/market/allocations/${first}/confirm`, { closeNow: true }),
      post(other, `/api/market/allocations/${second}/confirm`, { closeNow: true }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await booked(productId)).toEqual(expected);
  });

  it("a run and a confirmation at once: one 200, one 409, booked once", async () => {
    const productId = await queuedDay("Masker hitung ulang");
    const runId = await runDay(kit.konsultan, productId);
    const responses = await Promise.all([
      post(kit.konsultan, `/api/market/allocations/${runId}/confirm`, { closeNow: true }),
      post(other, "/api/market/allocations", { productId, supplyDate: day, policy: "fifo" }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const confirmed = responses[0]?.status === 200;
    expect(await booked(productId)).toEqual(
      confirmed ? expected : { confirmedRuns: 0, saleLines: 0, soldUnits: 0, heldUnits: 0, audits: 0 },
    );
  });

  it("past the day's lock, the database still refuses a second confirmation with 409", async () => {
    const productId = await queuedDay("Masker tanpa kunci");
    const a = await runDay(kit.konsultan, productId);
    const b = await runDay(other, productId);
    // Another transaction confirms run A without the day's lock and stays open...
    const client = await db.connect();
    try {
      await client.query("begin");
      await client.query(
        "update market.allocation_runs set is_confirmed = true, is_current = true where id = $1",
        [a],
      );
      // ...while run B's confirmation writes the day and waits on the unique index at its end.
      const pending = post(other, `/api/market/allocations/${b}/confirm`, { closeNow: true });
      await expect
        .poll(
          async () =>
            (
              await db.query(
                "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and query like '%allocation_runs%'",
              )
            ).rows[0].n,
          { timeout: 10_000 },
        )
        .toBe(1);
      await client.query("commit");
      const res = await pending;
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("ALLOCATION_CONFIRMED");
    } finally {
      client.release();
    }
    // Run B's writes were rolled back: only the flag of A is there, no order or stock moved.
    expect(await booked(productId)).toEqual({
      confirmedRuns: 1,
      saleLines: 0,
      soldUnits: 0,
      heldUnits: 0,
      audits: 0,
    });
  });

  it("the database holds one confirmed allocation per product and day", async () => {
    const productId = await queuedDay("Masker pagar sekali");
    const a = await runDay(kit.konsultan, productId);
    const b = await runDay(other, productId);
    // Only the current draft (B, the later run) can be confirmed...
    await expect(
      db.query("update market.allocation_runs set is_confirmed = true where id = $1", [a]),
    ).rejects.toThrow(/allocation_runs_confirmed_current/);
    await db.query("update market.allocation_runs set is_confirmed = true where id = $1", [b]);
    // ...once: a second confirmed run of the day, or the confirmed one losing its place, is refused.
    await expect(
      db.query("update market.allocation_runs set is_confirmed = true, is_current = true where id = $1", [a]),
    ).rejects.toThrow(/allocation_runs_confirmed_key/);
    await expect(
      db.query("update market.allocation_runs set is_current = false where id = $1", [b]),
    ).rejects.toThrow(/allocation_runs_confirmed_current/);
  });
});
