// Issue finding: closing 01–07 then 07–08 paid the tailors twice. Each sale line is settled once.
import { describe, expect, it } from "vitest";
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

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const fatimah = await createProducer(kit, "Penjahit Fatimah");
const productId = await createProduct(kit, { name: "Masker sekali bayar" });
const today = localToday();
const shift = (d: string, days: number) =>
  new Date(Date.parse(d) + days * 86_400_000).toISOString().slice(0, 10);
await consign(kit, { productId, producerId: fatimah, quantity: 500, date: today });

const staff = (url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method: payload ? "POST" : "GET", url, headers: { cookie: kit.konsultan }, payload });

async function paidOrder(quantity: number): Promise<string> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });
  const { rows } = await t.database.pool.query("select id from market.orders where code = $1", [
    res.json().code,
  ]);
  const paid = await staff(`/api/market/admin/orders/${rows[0].id}/pay`, { method: "cash" });
  expect(paid.statusCode, paid.body).toBe(200);
  return rows[0].id as string;
}

const sum = (rows: Array<{ payable: number }>) => rows.reduce((a, r) => a + r.payable, 0);

describe("settlement exactly once", () => {
  it("refuses a second period that would count the same sales again (SETTLEMENT_OVERLAP)", async () => {
    await paidOrder(10);
    const first = await staff("/api/market/admin/settlements", { from: shift(today, -6), to: today });
    expect(first.statusCode, first.body).toBe(201);
    expect(sum(first.json())).toBe(42_500);
    const second = await staff("/api/market/admin/settlements", { from: today, to: shift(today, 1) });
    expect(second.statusCode, second.body).toBe(409);
    expect(second.json().error.code).toBe("SETTLEMENT_OVERLAP");
    const { rows } = await t.database.pool.query(
      "select count(*)::int as n, sum(payable)::int as payable from market.settlements where producer_id = $1",
      [fatimah],
    );
    expect(rows[0]).toEqual({ n: 1, payable: 42_500 });
  });

  it("carries a sale paid after its period closed into the next period, and a later refund is deducted once", async () => {
    const late = await paidOrder(4); // paid today, after today's period was closed
    const next = await staff("/api/market/admin/settlements", { from: shift(today, 1), to: shift(today, 2) });
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toEqual([
      expect.objectContaining({ producerName: "Penjahit Fatimah", unitsSold: 4, payable: 17_000 }),
    ]);
    const refund = await staff(`/api/market/admin/orders/${late}/refund`, { reason: "Ukuran salah" });
    expect(refund.statusCode, refund.body).toBe(200);
    const after = await staff("/api/market/admin/settlements", {
      from: shift(today, 3),
      to: shift(today, 4),
    });
    expect(after.statusCode, after.body).toBe(201);
    expect(after.json()).toEqual([expect.objectContaining({ netSales: -20_000, payable: -17_000 })]);
    const empty = await staff("/api/market/admin/settlements", {
      from: shift(today, 5),
      to: shift(today, 6),
    });
    expect(empty.json()).toEqual([]);
  });

  it("the database refuses a sale line in two settlements and overlapping periods of one producer", async () => {
    const { rows } = await t.database.pool.query(
      "select order_item_id from market.settlement_lines where kind = 'sale' limit 1",
    );
    await expect(
      t.database.pool.query(
        "insert into market.settlement_lines (order_item_id, kind, region_code, period_from, period_to) values ($1, 'sale', '62', '2030-01-01', '2030-01-02')",
        [rows[0].order_item_id],
      ),
    ).rejects.toThrow();
    await expect(
      t.database.pool.query(
        "insert into market.settlements (id, region_code, producer_id, period_from, period_to, statement, payable, created_by) values (gen_random_uuid(), '62', $1, $2, $2, '{}', 0, 't')",
        [fatimah, today],
      ),
    ).rejects.toThrow(/overlap/);
  });
});
