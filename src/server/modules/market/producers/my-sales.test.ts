// "Usaha saya" lists the producer's sales per day: units sold, the paid sales and their share. The
// shared shelf's sales are split by what each producer consigned; unpaid and refunded orders do not
// count; other producers' days are not shown.
import { describe, expect, it } from "vitest";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { createUser, systemCtx } from "../../access";
import { createBusiness } from "../../registry";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  nextIp,
  orderBody,
} from "../testing/kit";

const t = await createTestApp();
const ctx = systemCtx(t.database, "test");
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const staff = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: payload ? "POST" : "GET", url, headers: { cookie: kit.konsultan }, payload });

/** A ready order of `quantity` units; its id. */
async function order(productId: string, quantity: number): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });
  expect(res.statusCode, res.body).toBe(201);
  const { rows } = await t.database.pool.query("select id from market.orders where code = $1", [
    res.json().code,
  ]);
  return rows[0].id as string;
}

const pay = async (id: string) => {
  const res = await staff(`/api/market/admin/orders/${id}/pay`, { method: "cash" });
  expect(res.statusCode, res.body).toBe(200);
};

describe("a producer's sales per day", () => {
  it("lists units, paid sales and the producer's share per day, newest first", async () => {
    const created = await createBusiness({
      ctx,
      input: {
        owner: { nik: "6271015708900012", name: "Rina Astuti", sex: "P" },
        business: { name: "Jahit Rina", sector: "konveksi", regionCode: "62.71.01.1001" },
      },
    });
    const businessId = created.page.business.id;
    const rina = (
      await staff("/api/market/producers", { businessId, producerShareBps: 8000, dailyCapacity: 50 })
    ).json().id as string;
    const other = await createProducer(kit, "Penjahit Tetangga");
    // A shared mask (Rina 30, the neighbour 10) and a bag only Rina makes.
    const mask = await createProduct(kit, {
      name: "Masker rak bersama",
      price: 5000,
      producerIds: [rina, other],
    });
    const bag = await createProduct(kit, {
      name: "Tas kain",
      price: 7000,
      codePrefix: "TAS",
      producerIds: [rina],
    });
    await consign(kit, {
      productId: mask,
      producerId: rina,
      quantity: 30,
      date: localToday(),
      pool: "ready",
    });
    await consign(kit, {
      productId: mask,
      producerId: other,
      quantity: 10,
      date: localToday(),
      pool: "ready",
    });
    await consign(kit, { productId: bag, producerId: rina, quantity: 10, date: localToday(), pool: "ready" });

    await pay(await order(mask, 8)); // paid: 8 masks, Rp40.000 → Rina 6 of them, Rp30.000
    await order(mask, 4); // unpaid: not a sale
    const refunded = await order(mask, 2);
    await pay(refunded);
    const back = await staff(`/api/market/admin/orders/${refunded}/refund`, { reason: "Salah ukuran" });
    expect(back.statusCode, back.body).toBe(200);
    const bagOrder = await order(bag, 3); // paid yesterday: 3 bags, Rp21.000, all Rina's
    await pay(bagOrder);
    await t.database.pool.query(
      "update market.payments set confirmed_at = confirmed_at - interval '1 day' where order_id = $1",
      [bagOrder],
    );

    await createUser({
      ctx,
      input: {
        username: "penjahit.rina",
        displayName: "Rina",
        role: "pelaku_usaha",
        scope: "62.71",
        password: DEMO_PASSWORD,
        businessId,
      },
    });
    const owner = await t.login("penjahit.rina");
    const res = await t.app.inject({ url: "/api/market/my/sales", headers: { cookie: owner } });
    expect(res.statusCode, res.body).toBe(200);
    const yesterday = new Date(Date.parse(`${localToday()}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(res.json()).toEqual([
      { date: localToday(), unitsSold: 6, paidSales: 30_000, share: 24_000 },
      { date: yesterday, unitsSold: 3, paidSales: 21_000, share: 16_800 },
    ]);

    // Staff have no "own" sales; the list is the producer's alone.
    expect((await staff("/api/market/my/sales")).statusCode).toBe(403);
  });
});
