// Issue 12 (wait-list): units freed on a confirmed day went only to buyers who received nothing; a
// buyer served only in part by the allocation (the supply ran out at their turn) was never topped
// up, although they ordered earlier than everyone on the wait-list.
import { describe, expect, it } from "vitest";
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
const tailor = await createProducer(kit, "Penjahit Wulan");
const day = addDays(localTomorrow(), 1);
const db = t.database.pool;

const staff = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: payload ? "POST" : "GET", url, headers: { cookie: kit.konsultan }, payload });
const track = async (code: string, lang = "id") =>
  (await t.app.inject({ url: `/api/market/orders/${code}`, headers: { "accept-language": lang } })).json();
const idOf = async (code: string) =>
  (await db.query("select id from market.orders where code = $1", [code])).rows[0].id as string;
const shelf = async (productId: string) =>
  Number(
    (
      await db.query("select coalesce(sum(qty),0)::int as n from market.stock_slots where product_id = $1", [
        productId,
      ])
    ).rows[0].n,
  );

/** A product whose day is confirmed first-come-first-served over orders of the given sizes. */
async function confirmedDay(name: string, supply: number, sizes: number[], perBuyerCap?: number) {
  const productId = await createProduct(kit, { name });
  await consign(kit, { productId, producerId: tailor, quantity: supply, date: day, pool: "preorder" });
  const codes: string[] = [];
  for (const q of sizes) {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/market/orders",
      remoteAddress: nextIp(),
      payload: orderBody(productId, q, { mode: "preorder", supplyDate: day }),
    });
    expect(res.statusCode, res.body).toBe(201);
    codes.push(res.json().code);
  }
  const run = await staff("/api/market/allocations", {
    productId,
    supplyDate: day,
    policy: "fifo",
    ...(perBuyerCap ? { perBuyerCap } : {}),
  });
  expect(run.statusCode, run.body).toBe(200);
  const ok = await staff(`/api/market/allocations/${run.json().runId}/confirm`, { closeNow: true });
  expect(ok.statusCode, ok.body).toBe(200);
  return { productId, codes };
}

describe("freed units top up partly served buyers in allocation order", () => {
  it("tops up the partly served buyer first, then the wait-list, each with its explanation", async () => {
    // 10 masks, FIFO over 6, 6, 3: A gets 6, B 4 of 6 (the supply ran out), C waits.
    const { productId, codes } = await confirmedDay("Masker tambal", 10, [6, 6, 3]);
    const [a, b, c] = codes as [string, string, string];
    expect((await track(b)).items[0].allocated).toBe(4);
    expect((await track(c)).status).toBe("waitlisted");
    const shelfBefore = await shelf(productId);

    const cancel = await staff(`/api/market/admin/orders/${await idOf(a)}/cancel`, {});
    expect(cancel.statusCode, cancel.body).toBe(200);

    const topped = await track(b);
    expect(topped).toMatchObject({
      status: "allocated",
      message: "waitlist_offer",
      offer: "topup",
      total: 30_000,
    });
    expect(topped.items[0].allocated).toBe(6);
    expect(topped.payBy).not.toBeNull();
    expect(topped.explanation).toContain(
      "Pesanan lain dibatalkan; Anda urutan ke-1 dari 2 pembeli yang belum menerima penuh (urutan waktu pesan) dan kini menerima 2 masker lagi, jadi 6 masker.",
    );
    expect((await track(b, "en")).explanation).toContain(
      "you are number 1 of 2 buyers not fully served (by time of ordering) and now receive 2 more masker, 6 masker in all.",
    );
    const offered = await track(c);
    expect(offered).toMatchObject({
      status: "allocated",
      message: "waitlist_offer",
      offer: "waitlist",
      total: 15_000,
    });
    expect(offered.items[0].allocated).toBe(3);
    expect(offered.explanation).toContain("urutan ke-2 dari 2");
    // 6 freed: 2 to B, 3 to C, 1 on the shelf.
    expect(await shelf(productId)).toBe(shelfBefore + 1);
    const held = (
      await db.query(
        `select coalesce(sum(i.allocated),0)::int as n from market.order_items i join market.orders o on o.id = i.order_id
         where i.product_id = $1 and o.status in ('allocated','fulfilled')`,
        [productId],
      )
    ).rows[0].n;
    expect(held).toBe(9);
  });

  it("leaves a partly served buyer who already paid, or was capped by the policy, as they are", async () => {
    // 10 masks, FIFO over 6, 6, 3; B pays for its 4 before A is cancelled.
    const { codes } = await confirmedDay("Masker lunas", 10, [6, 6, 3]);
    const [a, b, c] = codes as [string, string, string];
    const pay = await staff(`/api/market/admin/orders/${await idOf(b)}/pay`, { method: "cash" });
    expect(pay.statusCode, pay.body).toBe(200);
    await staff(`/api/market/admin/orders/${await idOf(a)}/cancel`, {});
    const paid = await track(b);
    expect(paid).toMatchObject({ status: "allocated", paymentStatus: "paid", total: 20_000 });
    expect(paid.items[0].allocated).toBe(4);
    const offered = await track(c);
    expect(offered.items[0].allocated).toBe(3);
    expect(offered.explanation).toContain("urutan ke-1 dari 1 di daftar tunggu");

    // Capped at 4 a buyer: A 4 of 6 (the cap), B 3, C 3 of 5 (the supply ran out). B cancels:
    // C gets its 2, A stays at the cap although it ordered first, 1 goes on the shelf.
    const capped = await confirmedDay("Masker batas", 10, [6, 3, 5], 4);
    const [ca, cb, cc] = capped.codes as [string, string, string];
    expect((await track(ca)).items[0].allocated).toBe(4);
    expect((await track(cc)).items[0].allocated).toBe(3);
    await staff(`/api/market/admin/orders/${await idOf(cb)}/cancel`, {});
    expect((await track(ca)).items[0].allocated).toBe(4);
    const toppedC = await track(cc);
    expect(toppedC.items[0].allocated).toBe(5);
    expect(toppedC.explanation).toContain("urutan ke-1 dari 1 pembeli yang belum menerima penuh");
  });

  it("the database refuses a top-up above what the day holds", async () => {
    const { codes } = await confirmedDay("Masker pagar tambal", 10, [6, 6, 3]);
    const partly = await idOf(codes[1] as string);
    const client = await db.connect();
    try {
      await client.query("begin");
      await client.query("update market.order_items set allocated = 6 where order_id = $1", [partly]);
      await expect(client.query("commit")).rejects.toThrow(/would take 12 units; the day holds 10/);
    } finally {
      await client.query("rollback").catch(() => undefined);
      client.release();
    }
  });
});
