import { describe, expect, it } from "vitest";
import { createTestApp } from "../../../testing/test-app";
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
const tailors = [await createProducer(kit, "Penjahit Ani"), await createProducer(kit, "Penjahit Budi")];

async function preorder(productId: string, quantity: number, name: string, type = "individual") {
  const body = orderBody(productId, quantity, { mode: "preorder", supplyDate: localTomorrow() });
  body.buyer = { ...body.buyer, name, type };
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { code: string; status: string; items: Array<{ allocated: number }> };
}

describe("pre-orders and fair allocation", () => {
  it("queues pre-orders, allocates equal shares deterministically, confirms and explains", async () => {
    const productId = await createProduct(kit, { name: "Masker kain 3 lapis", maxPerOrder: 500 });
    const day = localTomorrow();
    for (const producerId of tailors) await consign(kit, { productId, producerId, quantity: 50, date: day });
    const big = await preorder(productId, 200, "Kantor Bank");
    expect(big).toMatchObject({ status: "queued", items: [{ allocated: 0 }] });
    const small = await preorder(productId, 10, "Ani");
    const mid = await preorder(productId, 60, "Budi");

    const run = () =>
      t.app.inject({
        method: "POST",
        url: "/api/market/allocations",
        headers: { cookie: kit.konsultan },
        payload: { productId, supplyDate: day },
      });
    const first = await run();
    expect(first.statusCode, first.body).toBe(200);
    const out = first.json();
    expect(out).toMatchObject({ supply: 100, demand: 270, unmet: 170, confirmed: false });
    const got = Object.fromEntries(
      out.allocated.map((a: { orderCode: string; quantity: number }) => [a.orderCode, a.quantity]),
    );
    expect(got[small.code]).toBe(10);
    expect(got[big.code] + got[mid.code]).toBe(90);
    expect(Math.abs(got[big.code] - got[mid.code])).toBeLessThanOrEqual(1);
    const again = (await run()).json();
    expect(again.allocated).toEqual(out.allocated);
    expect(again.seed).toBe(out.seed);

    // A pre-order arriving after the run makes the old run stale.
    await preorder(productId, 5, "Citra");
    const stale = await t.app.inject({
      method: "POST",
      url: `/api/market/allocations/${again.runId}/confirm`,
      headers: { cookie: kit.konsultan },
      // Before the day's cut-off: the konsultan closes pre-orders now.
      payload: { closeNow: true },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("ALLOCATION_STALE");

    const fresh = (await run()).json();
    const confirmed = await t.app.inject({
      method: "POST",
      url: `/api/market/allocations/${fresh.runId}/confirm`,
      headers: { cookie: kit.konsultan },
      // Before the day's cut-off: the konsultan closes pre-orders now.
      payload: { closeNow: true },
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().confirmed).toBe(true);

    const tracked = await t.app.inject({ url: `/api/market/orders/${big.code.toLowerCase()}` });
    expect(tracked.statusCode).toBe(200);
    const order = tracked.json();
    expect(order.status).toBe("allocated");
    expect(order.explanation).toMatch(/^Anda memesan 200; 100 masker untuk 4 pembeli; Anda menerima \d+\./);
    const english = await t.app.inject({
      url: `/api/market/orders/${big.code}`,
      headers: { "accept-language": "en" },
    });
    expect(english.json().explanation).toMatch(/^You ordered 200; 100 masker for 4 buyers/);

    const closed = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, 1, { mode: "preorder", supplyDate: day }),
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe("PREORDER_CLOSED");
    const rerun = await run();
    expect(rerun.json().error.code).toBe("ALLOCATION_CONFIRMED");
  });

  it("tells a buyer who got nothing why, and waitlists them", async () => {
    const productId = await createProduct(kit, { name: "Masker langka", maxPerOrder: 500 });
    const day = localTomorrow();
    await consign(kit, { productId, producerId: tailors[0] as string, quantity: 2, date: day });
    const orders = [];
    for (const name of ["Ani", "Budi", "Citra", "Dewi"]) orders.push(await preorder(productId, 3, name));
    const run = (
      await t.app.inject({
        method: "POST",
        url: "/api/market/allocations",
        headers: { cookie: kit.konsultan },
        payload: { productId, supplyDate: day },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/market/allocations/${run.runId}/confirm`,
      headers: { cookie: kit.konsultan },
      // Before the day's cut-off: the konsultan closes pre-orders now.
      payload: { closeNow: true },
    });
    const tracked = await Promise.all(
      orders.map(async (o) => (await t.app.inject({ url: `/api/market/orders/${o.code}` })).json()),
    );
    const empty = tracked.filter((o) => o.items[0].allocated === 0);
    expect(empty).toHaveLength(2);
    expect(empty[0].status).toBe("waitlisted");
    expect(empty[0].explanation).toContain("Anda menerima 0");
    expect(empty[0].explanation).toContain("diundi");
  });

  it("finds no order for a mistyped code and says why", async () => {
    const res = await t.app.inject({ url: "/api/market/orders/MSK-0OOOOOO" });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain("tidak memakai");
  });
});
