// The three ways an order takes ready stock (market.place_one_order): from a free slot in a batch,
// alone waiting for a held slot, alone locking every slot. Each path is pinned by what it counts in
// orderWriteStats and by the stock it leaves.
import type { PoolClient } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  nextIp,
  orderBody,
} from "../testing/kit";
import { orderWriteStats } from "./order-insert";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const producerId = await createProducer(kit, "Penjahit Sari");

const order = (productId: string, quantity: number) =>
  t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });

async function shelf(productId: string): Promise<number> {
  const res = await t.database.pool.query<{ n: number }>(
    "select coalesce(sum(qty), 0)::int as n from market.stock_slots where product_id = $1",
    [productId],
  );
  return res.rows[0]?.n ?? -1;
}

/** Another transaction holding every slot of the product until released. */
async function holdSlots(productId: string): Promise<PoolClient> {
  const client = await t.database.pool.connect();
  await client.query("begin");
  await client.query("select slot from market.stock_slots where product_id = $1 for update", [productId]);
  return client;
}

async function waitUntilBlocked(): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const res = await t.database.pool.query(
      "select 1 from pg_stat_activity where wait_event_type = 'Lock' and query like '%market.place_order(%'",
    );
    if (res.rowCount) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the order never waited for the held slots");
}

let held: PoolClient | null = null;
afterEach(async () => {
  await held?.query("rollback");
  held?.release();
  held = null;
});

describe("ready stock takes", () => {
  it("waits alone for a held slot, without the careful take, and then takes one unit", async () => {
    const productId = await createProduct(kit, { name: "Masker tahan" });
    await consign(kit, { productId, producerId, quantity: 10, date: localToday() });
    held = await holdSlots(productId);
    const before = { ...orderWriteStats };
    const pending = order(productId, 1);
    await waitUntilBlocked();
    await held.query("commit");
    held.release();
    held = null;
    expect((await pending).statusCode).toBe(201);
    expect(orderWriteStats.single - before.single).toBe(1);
    expect(orderWriteStats.careful - before.careful).toBe(0);
    expect(await shelf(productId)).toBe(9);
  });

  it("refuses at once when the whole shelf is short, even while its slots are held", async () => {
    const productId = await createProduct(kit, { name: "Masker kurang" });
    await consign(kit, { productId, producerId, quantity: 2, date: localToday() });
    held = await holdSlots(productId);
    const before = { ...orderWriteStats };
    const res = await order(productId, 5);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.issues).toEqual([
      { path: "items.0.quantity", message: "Stok tidak mencukupi: tersedia 2." },
    ]);
    expect(orderWriteStats.single - before.single).toBe(0);
    expect(await shelf(productId)).toBe(2);
  });

  it("gathers an order no single slot holds with the careful take", async () => {
    const productId = await createProduct(kit, { name: "Masker kumpul" });
    await consign(kit, { productId, producerId, quantity: 20, date: localToday() });
    const before = { ...orderWriteStats };
    expect((await order(productId, 18)).statusCode).toBe(201);
    expect(orderWriteStats.single - before.single).toBe(1);
    expect(orderWriteStats.careful - before.careful).toBe(1);
    expect(await shelf(productId)).toBe(2);
  });
});
