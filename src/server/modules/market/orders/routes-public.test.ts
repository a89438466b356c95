import type { PoolClient } from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  localTomorrow,
  nextIp,
  nextPhone,
  orderBody,
} from "../testing/kit";
import { orderWriteStats } from "./order-insert";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const producerId = await createProducer(kit, "Penjahit Ani");

describe("ready stock", () => {
  it("never oversells under 50 truly concurrent orders", async () => {
    const productId = await createProduct(kit, { name: "Masker rush" });
    await consign(kit, { productId, producerId, quantity: 10, date: localToday() });
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        t.app.inject({
          method: "POST",
          url: "/api/market/orders",
          remoteAddress: nextIp(),
          payload: orderBody(productId, 1),
        }),
      ),
    );
    const created = results.filter((r) => r.statusCode === 201);
    const refused = results.filter((r) => r.statusCode === 409);
    expect(created).toHaveLength(10);
    expect(refused).toHaveLength(40);
    const first = refused[0]?.json();
    expect(first).toEqual({
      error: {
        code: "OUT_OF_STOCK",
        message: "Stok Masker rush tidak mencukupi.",
        issues: [{ path: "items.0.quantity", message: "Stok Masker rush tidak mencukupi: tersedia 0." }],
        requestId: expect.any(String),
      },
    });
    const products = await t.app.inject({ url: `/api/market/products?q=${encodeURIComponent("rush")}` });
    expect(products.json()).toEqual([
      {
        id: productId,
        name: "Masker rush",
        price: 5000,
        unit: "lembar",
        stockAvailable: 0,
        producer: "Penjahit Ani",
      },
    ]);
    const sold = await t.database.pool.query(
      "select coalesce(sum(i.quantity), 0)::int as n, count(distinct o.id)::int as orders from market.order_items i join market.orders o on o.id = i.order_id where i.product_id = $1",
      [productId],
    );
    expect(sold.rows[0]).toEqual({ n: 10, orders: 10 });
  });

  it("gathers an order from several slots and refuses one unit more than the shelf holds", async () => {
    const productId = await createProduct(kit, { name: "Masker slot" });
    await consign(kit, { productId, producerId, quantity: 20, date: localToday() });
    const tooMany = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 21),
    });
    expect(tooMany.statusCode).toBe(409);
    const all = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 20),
    });
    expect(all.statusCode).toBe(201);
    expect(all.json()).toEqual({
      code: expect.stringMatching(/^MSK-[2-9A-Z]{7}$/),
      status: "reserved",
      items: [{ productId, quantity: 20, allocated: 20 }],
    });
  });
});

describe("limits", () => {
  it("caps open orders per WhatsApp number at 3 with 429", async () => {
    const productId = await createProduct(kit, { name: "Masker batas" });
    await consign(kit, { productId, producerId, quantity: 100, date: localToday() });
    const phone = nextPhone();
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const body = orderBody(productId, 1, { buyer: { name: "Budi", phone, type: "individual" } });
      codes.push(
        (
          await t.app.inject({
            method: "POST",
            url: "/api/market/orders",
            remoteAddress: nextIp(),
            payload: body,
          })
        ).statusCode,
      );
    }
    expect(codes).toEqual([201, 201, 201, 429]);
  });

  it("refuses more than the per-order maximum with 429 and the reason", async () => {
    const productId = await createProduct(kit, { name: "Masker maks", maxPerOrder: 5 });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 6),
    });
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({
      code: "ORDER_LIMIT",
      message: "Pesanan paling banyak 5 unit per pesanan.",
    });
  });

  it("rate-limits one IP address", async () => {
    const productId = await createProduct(kit, { name: "Masker ip" });
    await consign(kit, { productId, producerId, quantity: 100, date: localTomorrow(), pool: "preorder" });
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/market/orders",
        remoteAddress: "10.99.99.99",
        payload: orderBody(productId, 1, { mode: "preorder" }),
      });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });

  it("rejects an invalid WhatsApp number and a delivery without address", async () => {
    const productId = await createProduct(kit, { name: "Masker valid" });
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, {
        buyer: { name: "Ani", phone: "0536 322 1234", type: "individual" },
      }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues).toEqual([
      { path: "buyer.phone", message: "Nomor WhatsApp tidak valid (contoh: 0812 3456 7890)." },
    ]);
    const noAddress = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, { fulfilment: { method: "delivery" } }),
    });
    expect(noAddress.json().error.issues[0].path).toBe("fulfilment.address");
  });
});

// The three ways an order takes ready stock (market.place_one_order): from a free slot in a batch,
// alone waiting for a held slot, alone locking every slot. Each path is pinned by what it counts in
// orderWriteStats and by the stock it leaves.
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
      "select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and query like '%market.place_order(%'",
    );
    if (res.rowCount) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error("the order never waited for the held slots");
}

describe("ready stock takes", () => {
  let held: PoolClient | null = null;
  afterEach(async () => {
    await held?.query("rollback");
    held?.release();
    held = null;
  });

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
      { path: "items.0.quantity", message: "Stok Masker kurang tidak mencukupi: tersedia 2." },
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

describe("pre-order days", () => {
  it("refuses a day without supply and the store lists it closed", async () => {
    const productId = await createProduct(kit, { name: "Masker kosong" });
    const day = localTomorrow();
    const later = new Date(Date.parse(`${day}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await consign(kit, { productId, producerId, quantity: 30, date: later, pool: "preorder" });
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, { mode: "preorder", supplyDate: day }),
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "NO_PREORDER_SUPPLY",
      message: "Belum ada pasokan untuk tanggal ini. Pilih tanggal lain yang masih dibuka.",
    });
    const product = (await t.app.inject({ url: `/api/market/catalogue/${productId}` })).json();
    expect(product.supplyDates).toEqual([
      expect.objectContaining({ date: day, open: false, preorderSupply: 0, closedReason: "no_supply" }),
      expect.objectContaining({ date: later, open: true, preorderSupply: 30, closedReason: null }),
    ]);
    expect(product.nextSupplyDate).toBe(later);
    const placed = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, { mode: "preorder", supplyDate: later }),
    });
    expect(placed.statusCode).toBe(201);
  });
});
