// Money at the counter: a payment the staff checked (cash, transfer, QRIS), the hand-over that needs
// the money in (or records the cash in the same step), and the refund, the only way back from paid.
import { eq } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { lockOrderDays } from "../allocation/waitlist";
import type { StaffOrder } from "../contract-orders";
import type { FulfilBody, PaymentBody, RefundBody } from "../contract-payments";
import { orderForUpdate, releaseUnits, withItems } from "../fulfilment/staff-orders";
import { releaseBuyerSlot } from "../orders/order-insert";
import { recordReceived, requireMove } from "../orders/order-moves";
import { requirePermission } from "../permissions";
import { payments } from "../schema-money";
import { orders } from "../schema-orders";

/** Records a payment confirmed by staff (cash at the counter, or a transfer/QRIS they checked). */
export async function markPaid({ ctx, id, input }: { ctx: Ctx; id: string; input: PaymentBody }) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t): Promise<StaffOrder> => {
    const order = await orderForUpdate(ctx, t, id);
    const to = requireMove(order, "record_payment");
    await recordReceived(ctx, t, order, input);
    const next = { ...order, ...to, paymentMethod: input.method, updatedAt: ctx.now };
    await t.update(orders).set(next).where(eq(orders.id, id));
    await recordAudit(t, ctx, {
      action: "market.mark-paid",
      entityType: "order",
      entityId: id,
      entityRegion: order.regionCode,
      before: { paymentStatus: order.paymentStatus },
      after: { paymentStatus: to.paymentStatus, method: input.method, amount: order.total },
    });
    const [after] = await withItems(t, [next]);
    if (!after) throw notFound();
    return after;
  });
}

/** Hands the goods over: paid orders only, unless the cash of the total is recorded in this step. */
export async function fulfilOrder({ ctx, id, input }: { ctx: Ctx; id: string; input?: FulfilBody }) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t): Promise<StaffOrder> => {
    const order = await orderForUpdate(ctx, t, id);
    const to = requireMove(order, "fulfil", { cashReceived: input?.cashReceived ?? null });
    const paysNow = to.paymentStatus === "paid" && order.paymentStatus !== "paid";
    if (paysNow) await recordReceived(ctx, t, order, { method: "cash" });
    const next = {
      ...order,
      ...to,
      ...(paysNow ? { paymentMethod: "cash" as const } : {}),
      updatedAt: ctx.now,
    };
    await t.update(orders).set(next).where(eq(orders.id, id));
    await releaseBuyerSlot(t, order.buyerId);
    await recordAudit(t, ctx, {
      action: "market.fulfil-order",
      entityType: "order",
      entityId: id,
      entityRegion: order.regionCode,
      before: { status: order.status, paymentStatus: order.paymentStatus },
      after: {
        status: to.status,
        paymentStatus: to.paymentStatus,
        ...(paysNow ? { cash: order.total } : {}),
      },
    });
    const [after] = await withItems(t, [next]);
    if (!after) throw notFound();
    return after;
  });
}

/**
 * Gives the money back with a reason: a refund row (negative amount) and an audit event; before
 * hand-over the order is cancelled and its units return to the shelf. The buyer's receipt becomes a
 * refund receipt; a sale already settled is deducted in the producer's next settlement.
 */
export async function refundOrder({ ctx, id, input }: { ctx: Ctx; id: string; input: RefundBody }) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t): Promise<StaffOrder> => {
    await lockOrderDays(t, id);
    const order = await orderForUpdate(ctx, t, id);
    const to = requireMove(order, "refund", { reason: input.reason });
    const reason = input.reason.trim();
    await t.insert(payments).values({
      id: newId(),
      regionCode: order.regionCode,
      orderId: order.id,
      method: order.paymentMethod ?? "cash",
      kind: "refund",
      amount: -order.total,
      status: "confirmed",
      reason,
      confirmedBy: actorName(ctx.actor),
      confirmedAt: ctx.now,
    });
    if (to.status === "cancelled") {
      await releaseUnits(ctx, t, order);
      await releaseBuyerSlot(t, order.buyerId);
    }
    const next = {
      ...order,
      ...to,
      message: to.status === "cancelled" ? "refunded" : order.message,
      updatedAt: ctx.now,
    };
    await t.update(orders).set(next).where(eq(orders.id, id));
    await recordAudit(t, ctx, {
      action: "market.refund-order",
      entityType: "order",
      entityId: id,
      entityRegion: order.regionCode,
      before: { status: order.status, paymentStatus: order.paymentStatus },
      after: { status: to.status, paymentStatus: to.paymentStatus, amount: order.total, reason },
    });
    const [after] = await withItems(t, [next]);
    if (!after) throw notFound();
    return after;
  });
}
