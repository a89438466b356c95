// Allocated pre-orders (and wait-list offers) still unpaid after their deadline are cancelled and
// their units go to the next wait-listed buyers. Checked on read (the buyer's tracking page, the
// staff's day lists and send lists) and every minute by the worker (market's manifest), so a day
// nobody opens still moves on. The deadline is in the row, so the check is durable across restarts,
// and it is idempotent — the conditional update under the day's lock and the order's row lock lets
// exactly one of "expire" and "record the payment" win.
import { eq, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, recordAudit, tx } from "../../access";
import { releaseUnits } from "../fulfilment/staff-orders";
import { releaseBuyerSlot } from "../orders/order-insert";
import { orders } from "../schema-orders";
import { dayLockKey } from "./allocation-inputs";

type Day = { product_id: string; supply_date: string };

const overdue = (now: Date) =>
  sql`o.mode = 'preorder' and o.status = 'allocated' and o.payment_status = 'unpaid' and o.pay_by < ${now}`;

async function expireDay(ctx: Ctx, t: Tx, day: Day): Promise<number> {
  await t.execute(sql`select pg_advisory_xact_lock(${dayLockKey(day.product_id, day.supply_date)})`);
  const ids = await t.execute(sql`
    select o.id from market.orders o
    where ${overdue(ctx.now)} and o.supply_date = ${day.supply_date}::date
      and exists (select 1 from market.order_items i where i.order_id = o.id and i.product_id = ${day.product_id})
    order by o.created_at, o.id
    for update of o`);
  let expired = 0;
  for (const { id } of ids.rows as Array<{ id: string }>) {
    const [order] = await t.select().from(orders).where(eq(orders.id, id));
    if (order?.status !== "allocated" || order.paymentStatus !== "unpaid") continue;
    await releaseUnits(ctx, t, order, "expired");
    await t.execute(sql`update market.orders set status = 'cancelled', message = 'expired', updated_at = ${ctx.now}
      where id = ${id}`);
    await releaseBuyerSlot(t, order.buyerId);
    await recordAudit(t, ctx, {
      action: "market.expire-order",
      entityType: "order",
      entityId: id,
      entityRegion: order.regionCode,
      before: { status: order.status, payBy: order.payBy?.toISOString() ?? null },
      after: { status: "cancelled", message: "expired" },
    });
    expired += 1;
  }
  return expired;
}

/**
 * Expires every overdue unpaid allocation (of one supply date, or all), one transaction per product
 * day; returns how many orders expired. Runs as the system, whoever's read triggered it.
 */
export async function expireOverdue(ctx: Ctx, opts: { supplyDate?: string | null } = {}): Promise<number> {
  const sys: Ctx = { ...ctx, actor: { kind: "system", name: "batas-bayar", scope: "*" } };
  const date = opts.supplyDate ? sql`and o.supply_date = ${opts.supplyDate}::date` : sql``;
  const days = await tx(sys, async (t) => {
    const res = await t.execute(sql`
      select distinct i.product_id::text as product_id, o.supply_date::text as supply_date
      from market.orders o join market.order_items i on i.order_id = o.id
      where ${overdue(sys.now)} ${date}
      order by 1, 2`);
    return res.rows as Day[];
  });
  let expired = 0;
  for (const day of days) expired += await tx(sys, (t) => expireDay(sys, t, day));
  return expired;
}
