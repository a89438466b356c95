// Orders as the PLUT staff handle them: the day's pre-orders and pickup list, and cancelling (ready
// stock goes back on the shelf). Money and hand-over are in counter-money.ts.
import { and, eq, inArray, sql } from "drizzle-orm";
import { fromLocal } from "../../../../shared/dates";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { lockOrderDays, passOnUnits } from "../allocation/waitlist";
import { addReadyStock } from "../consignment/take-stock";
import type { DayOrdersQuery, StaffOrder } from "../contract-orders";
import type { FreedReason } from "../domain";
import { plutToday, plutZone } from "../domain/supply-day";
import { releaseBuyerSlot } from "../orders/order-insert";
import { requireMove } from "../orders/order-moves";
import { requirePermission } from "../permissions";
import { products } from "../schema";
import { orderItems, orders } from "../schema-orders";

type OrderRow = typeof orders.$inferSelect;

export async function withItems(t: Tx, rows: OrderRow[]): Promise<StaffOrder[]> {
  if (rows.length === 0) return [];
  const items = await t
    .select({
      orderId: orderItems.orderId,
      productId: orderItems.productId,
      productName: products.name,
      quantity: orderItems.quantity,
      allocated: orderItems.allocated,
    })
    .from(orderItems)
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(
      inArray(
        orderItems.orderId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((o) => ({
    id: o.id,
    code: o.code,
    mode: o.mode,
    status: o.status,
    paymentStatus: o.paymentStatus,
    paymentMethod: o.paymentMethod,
    supplyDate: o.supplyDate,
    createdAt: o.createdAt.toISOString(),
    buyerName: o.buyerName,
    buyerPhone: o.buyerPhone,
    buyerType: o.buyerType,
    institution: o.institution,
    originRegionCode: o.originRegionCode,
    fulfilment: o.fulfilment,
    deliveryAddress: o.deliveryAddress,
    total: o.total,
    payBy: o.payBy?.toISOString() ?? null,
    message: o.message,
    items: items.filter((i) => i.orderId === o.id).map(({ orderId: _o, ...i }) => i),
  }));
}

/** Pre-orders of a supply day, or ready orders placed on a day (local PLUT time), oldest first. */
export async function listDayOrders({
  ctx,
  query,
}: {
  ctx: Ctx;
  query: DayOrdersQuery;
}): Promise<StaffOrder[]> {
  requirePermission(ctx, "market.read");
  const scope = ctx.actor.scope === "*" ? "62" : ctx.actor.scope;
  const start = fromLocal({ date: query.date, tz: plutZone(scope) });
  const end = new Date(start.getTime() + 86_400_000);
  return tx(ctx, async (t) => {
    const byDay =
      query.mode === "ready"
        ? and(eq(orders.mode, "ready"), sql`${orders.createdAt} >= ${start} and ${orders.createdAt} < ${end}`)
        : query.mode === "preorder"
          ? and(eq(orders.mode, "preorder"), eq(orders.supplyDate, query.date))
          : sql`(${orders.supplyDate} = ${query.date} or (${orders.mode} = 'ready' and ${orders.createdAt} >= ${start} and ${orders.createdAt} < ${end}))`;
    const product = query.productId
      ? sql`exists (select 1 from market.order_items i where i.order_id = ${orders.id} and i.product_id = ${query.productId})`
      : sql`true`;
    const rows = await t
      .select()
      .from(orders)
      .where(and(byDay, product))
      .orderBy(orders.createdAt)
      .limit(20_000);
    return withItems(t, rows);
  });
}

export async function orderForUpdate(ctx: Ctx, t: Tx, id: string): Promise<OrderRow> {
  const [order] = await t.select().from(orders).where(eq(orders.id, id)).for("update").limit(1);
  if (!order) throw notFound();
  requireScope(ctx, order.regionCode);
  return order;
}

/**
 * Units that left the shelf for this order go back: a ready order's to the shelf, an allocated
 * pre-order's to its day's wait-list first (the caller took the day's lock with lockOrderDays).
 */
export async function releaseUnits(
  ctx: Ctx,
  t: Tx,
  order: OrderRow,
  freed: FreedReason = "cancelled",
): Promise<void> {
  const id = order.id;
  const lines = await t.select().from(orderItems).where(eq(orderItems.orderId, id));
  for (const line of lines) {
    if (order.mode === "preorder") {
      const units = order.status === "allocated" ? (line.allocated ?? 0) : 0;
      await passOnUnits(ctx, t, order, { productId: line.productId, units }, freed);
      continue;
    }
    const units = line.quantity;
    if (units === 0) continue;
    await addReadyStock(t, { productId: line.productId, regionCode: order.regionCode, quantity: units });
    await t.execute(sql`insert into market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, note, actor, at)
        values (${newId()}, ${order.regionCode}, ${line.productId}, ${plutToday(order.regionCode, ctx.now)}::date, 'ready', 'release',
          ${units}, ${id}, 'pesanan dibatalkan', ${actorName(ctx.actor)}, ${ctx.now})`);
  }
}

/** Cancels an unpaid order; units of a ready order go back on the shelf (ledger "release"). */
export async function cancelOrder({ ctx, id }: { ctx: Ctx; id: string }): Promise<StaffOrder> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    await lockOrderDays(t, id);
    const order = await orderForUpdate(ctx, t, id);
    requireMove(order, "cancel");
    await releaseUnits(ctx, t, order);
    await t
      .update(orders)
      .set({ status: "cancelled", message: "cancelled_by_staff", updatedAt: ctx.now })
      .where(eq(orders.id, id));
    await releaseBuyerSlot(t, order.buyerId);
    await recordAudit(t, ctx, {
      action: "market.cancel-order",
      entityType: "order",
      entityId: id,
      entityRegion: order.regionCode,
      before: { status: order.status },
      after: { status: "cancelled" },
    });
    const [after] = await withItems(t, [{ ...order, status: "cancelled" }]);
    if (!after) throw notFound();
    return after;
  });
}
