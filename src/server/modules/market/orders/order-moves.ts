// The HTTP side of the order life-cycle: asks the pure table (domain/order-flow.ts) and turns a
// refusal into the error envelope; records payments so that a pending proof never outlives the money.
import { and, eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import type { PaymentMethod } from "../domain/market-enums";
import { ORDER_REFUSAL_TEXT, type OrderAction, type OrderState, orderTransition } from "../domain/order-flow";
import { marketError } from "../errors";
import { payments } from "../schema-money";
import type { orders } from "../schema-orders";

type OrderRow = typeof orders.$inferSelect;

/** The state the order moves to, or the refusal as an AppError (409, or 400 for a missing reason). */
export function requireMove(
  order: Pick<OrderRow, "status" | "paymentStatus" | "total">,
  action: OrderAction,
  opts: { cashReceived?: number | null; reason?: string | null } = {},
): Pick<OrderState, "status" | "paymentStatus"> {
  const move = orderTransition(
    { status: order.status, paymentStatus: order.paymentStatus, total: order.total },
    action,
    opts,
  );
  if (move.kind === "ok") return move.to;
  const text = ORDER_REFUSAL_TEXT[move.code];
  if (move.code === "REASON_REQUIRED")
    throw new AppError("VALIDATION", { issues: [{ path: "reason", message: text.id }] });
  throw marketError(move.code);
}

/**
 * Records the money of an order as received: a proof waiting with the same method becomes the
 * confirmed payment; other waiting proofs are closed (rejected as superseded) so the queue empties.
 */
export async function recordReceived(
  ctx: Ctx,
  t: Tx,
  order: OrderRow,
  input: { method: PaymentMethod; reference?: string | null },
): Promise<void> {
  const pending = await t
    .select()
    .from(payments)
    .where(and(eq(payments.orderId, order.id), eq(payments.status, "pending")));
  const same = pending.find((p) => p.method === input.method);
  const confirmed = {
    status: "confirmed" as const,
    reference: input.reference ?? null,
    confirmedBy: actorName(ctx.actor),
    confirmedAt: ctx.now,
  };
  for (const p of pending) {
    if (p === same) {
      await t
        .update(payments)
        .set({ ...confirmed, amount: order.total })
        .where(eq(payments.id, p.id));
    } else {
      await t
        .update(payments)
        .set({
          status: "rejected",
          reference: "superseded",
          confirmedBy: actorName(ctx.actor),
          confirmedAt: ctx.now,
        })
        .where(eq(payments.id, p.id));
    }
  }
  if (!same) {
    await t.insert(payments).values({
      id: newId(),
      regionCode: order.regionCode,
      orderId: order.id,
      method: input.method,
      amount: order.total,
      ...confirmed,
    });
  }
}
