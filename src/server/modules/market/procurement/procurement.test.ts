import { describe, expect, it } from "vitest";
import { createTestApp, DEMO_PASSWORD } from "../../../testing/test-app";
import { createUser, systemCtx } from "../../access";
import { createProduct, type Kit } from "../testing/kit";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
await createUser({
  ctx: systemCtx(t.database, "test"),
  input: {
    username: "dinkes.palangkaraya",
    displayName: "Dinas Kesehatan",
    role: "pembeli_instansi",
    scope: "62.71",
    password: DEMO_PASSWORD,
    institution: "Dinas Kesehatan",
  },
});
const office = await t.login("dinkes.palangkaraya");

async function producer(name: string, dailyCapacity: number): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/producers",
    headers: { cookie: kit.konsultan },
    payload: { name, regionCode: "62.71", dailyCapacity },
  });
  return res.json().id as string;
}

const inDays = (n: number) =>
  new Date(Date.now() + 7 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

describe("institutional procurement (S5)", () => {
  it("splits an office's bulk order across producers by capacity, with purchase orders and an invoice", async () => {
    const ids = [
      await producer("Penjahit Kecil", 50),
      await producer("Penjahit Sedang", 100),
      await producer("Konveksi Besar", 150),
    ];
    const productId = await createProduct(kit, { name: "Masker pengadaan", producerIds: ids });
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/procurements",
      headers: { cookie: office },
      payload: {
        productId,
        quantity: 1_000,
        dueDate: inDays(4),
        institution: "Dinas Kesehatan Kota Palangka Raya",
        contactName: "Rina",
        phone: "0812 5000 1234",
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ quantity: 1_000, assigned: 1_000, unfilled: 0, total: 5_000_000 });
    expect(
      p.purchaseOrders
        .map((po: { producerName: string; quantity: number }) => [po.producerName, po.quantity])
        .sort(),
    ).toEqual([
      ["Konveksi Besar", 500],
      ["Penjahit Kecil", 167],
      ["Penjahit Sedang", 333],
    ]);
    expect(p.purchaseOrders[0].explanation).toMatch(/^Kapasitas \d+\/hari × 4 hari/);
    const mine = (
      await t.app.inject({ url: "/api/market/procurements", headers: { cookie: office } })
    ).json();
    expect(mine.map((x: { id: string }) => x.id)).toEqual([p.id]);
    const invoice = await t.app.inject({
      url: `/api/market/procurements/${p.id}/invoice.pdf`,
      headers: { cookie: office },
    });
    expect(invoice.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const po = p.purchaseOrders[0];
    const delivered = await t.app.inject({
      method: "POST",
      url: `/api/market/purchase-orders/${po.id}/delivered`,
      headers: { cookie: kit.konsultan },
      payload: { quantity: po.quantity },
    });
    expect(delivered.json()).toMatchObject({ status: "delivered", delivered: po.quantity });
    // The contracted order stays out of the public pre-order pool of that day.
    const day = (
      await t.app.inject({
        url: `/api/market/admin/days?productId=${productId}&supplyDate=${inDays(4)}`,
        headers: { cookie: kit.konsultan },
      })
    ).json();
    expect(day.orders).toBe(1);
    const run = (
      await t.app.inject({
        method: "POST",
        url: "/api/market/allocations",
        headers: { cookie: kit.konsultan },
        payload: { productId, supplyDate: inDays(4) },
      })
    ).json();
    expect(run.allocated).toEqual([]);
  });
});
