// Delivery of an order by ojek online in the city or by courier to other regions: fee (added to the
// order total while unpaid), tracking number and status; delivered closes the order.
import { desc, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { DeliveryBody } from "../contract-orders";
import { marketError } from "../errors";
import { releaseBuyerSlot } from "../orders/order-insert";
import { requireMove } from "../orders/order-moves";
import { requirePermission } from "../permissions";
import { deliveries } from "../schema-money";
import { orders } from "../schema-orders";

export async function setDelivery({
  ctx,
  orderId,
  input,
}: {
  ctx: Ctx;
  orderId: string;
  input: DeliveryBody;
}) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [order] = await t.select().from(orders).where(eq(orders.id, orderId)).for("update").limit(1);
    if (!order) throw notFound();
    requireScope(ctx, order.regionCode);
    if (order.fulfilment !== "delivery" || !["reserved", "allocated", "fulfilled"].includes(order.status)) {
      throw marketError("ORDER_STATE", {
        text: { id: "Pesanan ini tidak untuk diantar.", en: "This order is not for delivery." },
      });
    }
    const [existing] = await t
      .select()
      .from(deliveries)
      .where(eq(deliveries.orderId, orderId))
      .orderBy(desc(deliveries.createdAt))
      .limit(1);
    const values = {
      carrier: input.carrier,
      fee: input.fee,
      trackingNumber: input.trackingNumber ?? null,
      status: input.status,
      updatedAt: ctx.now,
    };
    if (existing) await t.update(deliveries).set(values).where(eq(deliveries.id, existing.id));
    else await t.insert(deliveries).values({ id: newId(), regionCode: order.regionCode, orderId, ...values });
    const fee = order.paymentStatus === "paid" ? order.deliveryFee : input.fee;
    const closes = input.status === "delivered" && order.status !== "fulfilled";
    // Delivered is a hand-over: the life-cycle's rule for fulfilling applies (money first).
    if (closes) requireMove({ ...order, total: order.subtotal + fee }, "fulfil");
    await t
      .update(orders)
      .set({
        deliveryFee: fee,
        total: order.subtotal + fee,
        ...(closes ? { status: "fulfilled" as const } : {}),
        updatedAt: ctx.now,
      })
      .where(eq(orders.id, orderId));
    if (closes) await releaseBuyerSlot(t, order.buyerId);
    await recordAudit(t, ctx, {
      action: "market.set-delivery",
      entityType: "order",
      entityId: orderId,
      entityRegion: order.regionCode,
      before: existing ?? null,
      after: values,
    });
    return { orderId, ...values, updatedAt: ctx.now.toISOString() };
  });
}

/** The latest delivery of an order, for its tracking page. */
export async function deliveryOf(t: Tx, orderId: string) {
  const [d] = await t
    .select()
    .from(deliveries)
    .where(eq(deliveries.orderId, orderId))
    .orderBy(desc(deliveries.createdAt))
    .limit(1);
  return d ? { carrier: d.carrier, fee: d.fee, trackingNumber: d.trackingNumber, status: d.status } : null;
}
