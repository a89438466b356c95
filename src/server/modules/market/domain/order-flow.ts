// The order's life: queued (pre-order) → allocated | waitlisted | cancelled; reserved (ready stock)
// → fulfilled | cancelled; and, beside it, the money: unpaid → pending (proof sent) → paid → refunded.
// Pure transition table and the named business facts ("awaiting payment", "sold"); every buyer and
// staff verb asks here first, and the database refuses what this table refuses (migration 0015).
import type { OrderStatus, PaymentStatus } from "./market-enums";

export type OrderState = { status: OrderStatus; paymentStatus: PaymentStatus; total: number };

export const ORDER_ACTIONS = [
  "submit_proof",
  "accept_payment",
  "reject_payment",
  "record_payment",
  "fulfil",
  "cancel",
  "refund",
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export type OrderRefusal =
  | "ALREADY_PAID"
  | "PAYMENT_REQUIRED"
  | "CASH_MISMATCH"
  | "REASON_REQUIRED"
  | "NOT_PAID"
  | "ORDER_STATE";

export type OrderTransition =
  | { readonly kind: "ok"; readonly to: Pick<OrderState, "status" | "paymentStatus"> }
  | { readonly kind: "refused"; readonly code: OrderRefusal };

/** Holding goods for the buyer: ready stock taken, or a pre-order that received units. */
export const HOLDING_STATUSES: readonly OrderStatus[] = ["reserved", "allocated"];
const HOLDING = HOLDING_STATUSES;
export const AWAITING_PAYMENT_STATUSES: readonly PaymentStatus[] = ["unpaid", "pending"];
export const SOLD_PAYMENT_STATUS: PaymentStatus = "paid";

/** Awaiting payment: goods held, something to pay, and no payment recorded yet. */
export function isAwaitingPayment(o: OrderState): boolean {
  return HOLDING.includes(o.status) && o.total > 0 && AWAITING_PAYMENT_STATUSES.includes(o.paymentStatus);
}

/** Sold: the money is in (paid and not refunded). Settlement and reports count exactly these. */
export function isSold(o: Pick<OrderState, "paymentStatus">): boolean {
  return o.paymentStatus === SOLD_PAYMENT_STATUS;
}

/** Settled, or nothing to pay: the goods may leave the counter. */
function paymentSettled(o: OrderState): boolean {
  return o.paymentStatus === "paid" || o.total === 0;
}

const refuse = (code: OrderRefusal): OrderTransition => ({ kind: "refused", code });
const ok = (status: OrderStatus, paymentStatus: PaymentStatus): OrderTransition => ({
  kind: "ok",
  to: { status, paymentStatus },
});

export function orderTransition(
  o: OrderState,
  action: OrderAction,
  opts: { cashReceived?: number | null; reason?: string | null } = {},
): OrderTransition {
  switch (action) {
    case "submit_proof":
      if (o.paymentStatus === "paid") return refuse("ALREADY_PAID");
      return isAwaitingPayment(o) ? ok(o.status, "pending") : refuse("ORDER_STATE");
    case "accept_payment":
    case "record_payment":
      if (o.paymentStatus === "paid") return refuse("ALREADY_PAID");
      // A hand-over recorded unpaid before these rules existed may still get its cash recorded.
      if (o.status === "fulfilled" && o.total > 0 && o.paymentStatus !== "refunded")
        return ok("fulfilled", "paid");
      return isAwaitingPayment(o) ? ok(o.status, "paid") : refuse("ORDER_STATE");
    case "reject_payment":
      if (o.paymentStatus === "paid") return refuse("ALREADY_PAID");
      return o.paymentStatus === "pending" ? ok(o.status, "unpaid") : refuse("ORDER_STATE");
    case "fulfil":
      if (!HOLDING.includes(o.status)) return refuse("ORDER_STATE");
      if (paymentSettled(o)) return ok("fulfilled", o.paymentStatus);
      if (opts.cashReceived == null) return refuse("PAYMENT_REQUIRED");
      if (opts.cashReceived !== o.total) return refuse("CASH_MISMATCH");
      return ok("fulfilled", "paid");
    case "cancel":
      if (o.paymentStatus === "paid") return refuse("ALREADY_PAID");
      return o.status === "fulfilled" || o.status === "cancelled"
        ? refuse("ORDER_STATE")
        : ok("cancelled", o.paymentStatus);
    case "refund":
      if (o.paymentStatus !== "paid") return refuse("NOT_PAID");
      if (!opts.reason?.trim()) return refuse("REASON_REQUIRED");
      // Money back before hand-over cancels the order (its units go back); after it, the goods came back.
      return ok(o.status === "fulfilled" ? "fulfilled" : "cancelled", "refunded");
  }
}

/** Per-refusal status and message, for the HTTP edge's error envelope. */
export const ORDER_REFUSAL_TEXT: Record<OrderRefusal, { status: number; id: string; en: string }> = {
  ALREADY_PAID: {
    status: 409,
    id: "Pesanan ini sudah lunas. Pengembalian uang memakai tombol Kembalikan dana.",
    en: "This order is already paid. Money goes back only through a refund.",
  },
  PAYMENT_REQUIRED: {
    status: 409,
    id: "Pesanan belum dibayar. Catat pembayaran tunai saat menyerahkan barang.",
    en: "The order is unpaid. Record the cash payment when handing the goods over.",
  },
  CASH_MISMATCH: {
    status: 409,
    id: "Uang tunai yang dicatat harus sama dengan total pesanan.",
    en: "The cash recorded must equal the order total.",
  },
  REASON_REQUIRED: {
    status: 400,
    id: "Tuliskan alasan pengembalian dana.",
    en: "Give the reason for the refund.",
  },
  NOT_PAID: { status: 409, id: "Pesanan ini belum lunas.", en: "This order is not paid." },
  ORDER_STATE: {
    status: 409,
    id: "Langkah ini tidak berlaku untuk status pesanan sekarang.",
    en: "This step does not apply to the order's current status.",
  },
};
