// Money conservation across the order life-cycle and settlement, on PostgreSQL: for any sequence of
// orders, payments, hand-overs with cash, refunds (before and after hand-over, i.e. returns),
// cancellations and settlements over simulated days, what the settlements share out (producer shares
// + PLUT fees) equals what the buyers paid for goods and kept paid. Nothing counted twice or lost.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../platform/errors";
import { createTestApp } from "../../../testing/test-app";
import { type Ctx, systemCtx } from "../../access";
import { cancelOrder } from "../fulfilment/staff-orders";
import { fulfilOrder, markPaid, refundOrder } from "../payments/counter-money";
import {
  consign,
  createProducer,
  createProduct,
  type Kit,
  localToday,
  nextIp,
  orderBody,
} from "../testing/kit";
import { closeSettlementPeriod } from "./close-settlement";

const t = await createTestApp();
const kit: Kit = { t, konsultan: await t.login("konsultan.plut") };
const ani = await createProducer(kit, "Penjahit Ani");
const budi = await createProducer(kit, "Penjahit Budi");
const productId = await createProduct(kit, { name: "Masker hitung", price: 4_750 });
await consign(kit, { productId, producerId: ani, quantity: 50_000, date: localToday() });
await consign(kit, { productId, producerId: budi, quantity: 30_000, date: localToday() });

type Op =
  | { kind: "order"; quantity: number }
  | { kind: "pay" | "fulfilCash" | "refund" | "cancel" | "fulfil"; pick: number }
  | { kind: "nextDay" }
  | { kind: "settle" };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("order" as const), quantity: fc.integer({ min: 1, max: 7 }) }),
  fc.record({
    kind: fc.constantFrom("pay", "fulfilCash", "refund", "cancel", "fulfil"),
    pick: fc.nat(),
  }),
  fc.constant({ kind: "nextDay" as const }),
  fc.constant({ kind: "settle" as const }),
);

let run = 0;
const day = (base: number, n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);

async function place(quantity: number): Promise<{ id: string; total: number }> {
  const res = await t.app.inject({
    method: "POST",
    url: "/api/market/orders",
    remoteAddress: nextIp(),
    payload: orderBody(productId, quantity),
  });
  const { rows } = await t.database.pool.query("select id, total from market.orders where code = $1", [
    res.json().code,
  ]);
  return { id: rows[0].id, total: Number(rows[0].total) };
}

/** Runs a staff step; a refusal by the life-cycle (a 4xx AppError) is a valid outcome, not a failure. */
async function attempt(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
  }
}

async function play(ops: Op[]): Promise<void> {
  run += 1;
  const base = Date.parse(`2031-01-01T05:00:00Z`) + run * 90 * 86_400_000;
  let today = 0;
  let settledTo = -1;
  const orders: Array<{ id: string; total: number }> = [];
  const ctx = (): Ctx => ({ ...systemCtx(t.database, "property"), now: new Date(base + today * 86_400_000) });
  const periods: Array<{ from: string; to: string }> = [];
  const settleNow = async () => {
    if (settledTo >= today) return;
    const period = { from: day(base, settledTo + 1), to: day(base, today) };
    await closeSettlementPeriod({ ctx: ctx(), period });
    periods.push(period);
    settledTo = today;
  };
  for (const o of ops) {
    const target = "pick" in o ? orders[o.pick % Math.max(orders.length, 1)] : undefined;
    if (o.kind === "order") orders.push(await place(o.quantity));
    else if (o.kind === "nextDay") today += 1;
    else if (o.kind === "settle") await settleNow();
    else if (target) {
      const id = target.id;
      if (o.kind === "pay") await attempt(() => markPaid({ ctx: ctx(), id, input: { method: "transfer" } }));
      if (o.kind === "fulfil") await attempt(() => fulfilOrder({ ctx: ctx(), id }));
      if (o.kind === "fulfilCash")
        await attempt(() => fulfilOrder({ ctx: ctx(), id, input: { cashReceived: target.total } }));
      if (o.kind === "refund")
        await attempt(() => refundOrder({ ctx: ctx(), id, input: { reason: "retur pembeli" } }));
      if (o.kind === "cancel") await attempt(() => cancelOrder({ ctx: ctx(), id }));
    }
  }
  today += 1;
  await settleNow();
  const ids = orders.map((o) => o.id);
  const paid = await t.database.pool.query(
    `select coalesce(sum(coalesce(i.allocated, i.quantity) * i.unit_price), 0)::bigint as amount
     from market.orders o join market.order_items i on i.order_id = o.id
     where o.id = any($1) and o.payment_status = 'paid'`,
    [ids],
  );
  const shared = await t.database.pool.query(
    `select coalesce(sum((statement->>'producerShare')::bigint + (statement->>'plutFee')::bigint), 0)::bigint as shared,
       coalesce(sum((statement->>'netSales')::bigint), 0)::bigint as net
     from market.settlements where (period_from, period_to) in (select * from unnest($1::date[], $2::date[]))`,
    [periods.map((p) => p.from), periods.map((p) => p.to)],
  );
  expect(Number(shared.rows[0].shared)).toBe(Number(paid.rows[0].amount));
  expect(Number(shared.rows[0].net)).toBe(Number(paid.rows[0].amount));
}

describe("money conservation", () => {
  it("Σ producer shares + PLUT fees = Σ paid sales, for any sequence of orders, payments, refunds, returns and settlements", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 24 }), (ops) => play(ops)),
      { numRuns: 25 },
    );
  }, 240_000);
});
