// Issue finding: cancelling an allocated pre-order freed its units to the shelf instead of offering
// them to the wait-listed buyers; allocated orders had no payment deadline and never expired.
import type { AddressInfo } from "node:net";
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
const tailor = await createProducer(kit, "Penjahit Rina");
const day = addDays(localTomorrow(), 1);
const db = t.database.pool;

const staff = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: payload ? "POST" : "GET", url, headers: { cookie: kit.konsultan }, payload });
const track = async (code: string) => (await t.app.inject({ url: `/api/market/orders/${code}` })).json();
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
async function confirmedDay(
  name: string,
  supply: number,
  sizes: number[],
): Promise<{ productId: string; codes: string[] }> {
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
  const run = await staff("/api/market/allocations", { productId, supplyDate: day, policy: "fifo" });
  expect(run.statusCode, run.body).toBe(200);
  const ok = await staff(`/api/market/allocations/${run.json().runId}/confirm`, { closeNow: true });
  expect(ok.statusCode, ok.body).toBe(200);
  return { productId, codes };
}

let base: string | undefined;
/** The app on a real port, so the concurrent clients below are real HTTP clients. */
async function listening(): Promise<string> {
  if (!base) {
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  }
  return base;
}

describe("wait-list offers and payment deadlines", () => {
  it("offers a cancelled share to the wait-list in order, each with its explanation and deadline", async () => {
    const { productId, codes } = await confirmedDay("Masker antre", 10, [5, 5, 4, 3, 2]);
    const [a, b, c, d, e] = codes as [string, string, string, string, string];
    const before = await track(a);
    expect(before.status).toBe("allocated");
    expect(before.payBy).not.toBeNull();
    expect((await track(c)).status).toBe("waitlisted");
    const shelfBefore = await shelf(productId);

    const cancel = await staff(`/api/market/admin/orders/${await idOf(a)}/cancel`, {});
    expect(cancel.statusCode, cancel.body).toBe(200);

    const first = await track(c);
    expect(first).toMatchObject({ status: "allocated", message: "waitlist_offer", total: 20_000 });
    expect(first.items[0].allocated).toBe(4);
    expect(first.payBy).not.toBeNull();
    expect(first.explanation).toContain("Pesanan lain dibatalkan; Anda urutan ke-1 dari 3");
    const second = await track(d);
    expect(second).toMatchObject({ status: "allocated", message: "waitlist_offer" });
    expect(second.items[0].allocated).toBe(1);
    expect(second.explanation).toContain("urutan ke-2 dari 3");
    expect((await track(e)).status).toBe("waitlisted");
    expect(await shelf(productId)).toBe(shelfBefore);

    // B stays unpaid past its deadline: the next read expires it; D (1 of 3 so far, ordered before
    // E) is topped up to 3, E gets its 2, and 1 goes on the shelf.
    await db.query("update market.orders set pay_by = now() - interval '1 minute' where code = $1", [b]);
    const offered = await track(e);
    expect(offered).toMatchObject({ status: "allocated", message: "waitlist_offer" });
    expect(offered.items[0].allocated).toBe(2);
    expect(offered.explanation).toContain("tidak dibayar sampai batas waktunya");
    const topped = await track(d);
    expect(topped.items[0].allocated).toBe(3);
    expect(topped.explanation).toContain("kini menerima 2 masker lagi, jadi 3 masker");
    expect(await track(b)).toMatchObject({ status: "cancelled", message: "expired" });
    expect(await shelf(productId)).toBe(shelfBefore + 1);
    // Idempotent: a second read changes nothing.
    expect((await track(e)).items[0].allocated).toBe(2);
    expect(await shelf(productId)).toBe(shelfBefore + 1);
  });

  it("the database refuses an offer above what the day holds", async () => {
    const { codes } = await confirmedDay("Masker pagar", 4, [4, 3]);
    const waiting = await idOf(codes[1] as string);
    const client = await db.connect();
    try {
      await client.query("begin");
      await client.query("update market.order_items set allocated = 3 where order_id = $1", [waiting]);
      await client.query("update market.orders set status = 'allocated' where id = $1", [waiting]);
      await expect(client.query("commit")).rejects.toThrow(/would take 7 units; the day holds 4/);
    } finally {
      await client.query("rollback").catch(() => undefined);
      client.release();
    }
  });

  it.each([2, 5, 10])(
    "concurrent payments and expiry never give the same units twice (payments %i ms apart)",
    async (lag) => {
      const sizes = Array.from({ length: 16 }, () => 2);
      const { productId, codes } = await confirmedDay(`Masker serentak ${lag}`, 16, sizes);
      const allocated = codes.slice(0, 8);
      await db.query("update market.orders set pay_by = now() - interval '1 minute' where code = any($1)", [
        allocated,
      ]);
      const base = await listening();
      const ids = await Promise.all(allocated.map(idOf));
      const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
      // Payments and the reads that expire overdue orders race; staggered so both sides win some.
      const pays = ids.map((id, i) =>
        later(i * lag).then(() =>
          fetch(`${base}/api/market/admin/orders/${id}/pay`, {
            method: "POST",
            headers: { cookie: kit.konsultan, "content-type": "application/json" },
            body: JSON.stringify({ method: "cash" }),
          }).then((r) => r.status),
        ),
      );
      const reads = allocated.flatMap((code, i) => [
        later(3 * lag).then(() => fetch(`${base}/api/market/orders/${code}`).then((r) => r.status)),
        later(3 * lag).then(() => fetch(`${base}/api/market/orders/${codes[8 + i]}`).then((r) => r.status)),
      ]);
      const calls = [...pays, ...reads];
      const statuses = await Promise.all(calls);
      expect(
        statuses.every((s) => s === 200 || s === 409),
        statuses.join(","),
      ).toBe(true);
      const rows = (
        await db.query(
          `select o.code, o.status, o.payment_status, i.allocated from market.orders o
         join market.order_items i on i.order_id = o.id where o.code = any($1)`,
          [codes],
        )
      ).rows as Array<{ code: string; status: string; payment_status: string; allocated: number | null }>;
      const holding = rows.filter((r) => r.status === "allocated" || r.status === "fulfilled");
      const held = holding.reduce((s, r) => s + (r.allocated ?? 0), 0);
      const paid = rows.filter((r) => r.payment_status === "paid");
      // Every paid order still holds its units; the rest expired and passed theirs on, never twice.
      expect(paid.every((r) => r.status === "allocated")).toBe(true);
      const payStatuses = await Promise.all(pays);
      expect(payStatuses.filter((s) => s === 200).length).toBe(paid.length);
      expect(held).toBeLessThanOrEqual(16);
      const onShelf = await shelf(productId);
      expect(held + onShelf).toBe(16);
      const expired = rows.filter((r) => r.status === "cancelled").length;
      console.info(
        `concurrent: ${paid.length} paid, ${expired} expired, ${held} units held, ${onShelf} on the shelf`,
      );
      expect(expired).toBe(8 - paid.length);
      const ledger = (
        await db.query(
          `select coalesce(sum(delta),0)::int as n from market.stock_ledger where product_id = $1 and pool = 'preorder'`,
          [productId],
        )
      ).rows[0].n;
      expect(ledger).toBe(0);
    },
  );
});
