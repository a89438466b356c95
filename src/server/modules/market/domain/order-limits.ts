// Limits that stop hoarding and bots before an order is queued: units per order and open orders per
// WhatsApp number. Institutions order in bulk, so they have their own limits.

import { groupDigits } from "../../../../shared/money";
import type { BuyerKind } from "./allocation-types";

export type OrderLimits = {
  minQuantity: number;
  maxQuantityPerOrder: number;
  maxOpenOrdersPerPhone: number;
};

export const DEFAULT_ORDER_LIMITS: Readonly<Record<BuyerKind, OrderLimits>> = {
  individual: { minQuantity: 1, maxQuantityPerOrder: 50, maxOpenOrdersPerPhone: 3 },
  institution: { minQuantity: 1, maxQuantityPerOrder: 10_000, maxOpenOrdersPerPhone: 20 },
};

export type LimitViolation =
  | { code: "QUANTITY_NOT_WHOLE" }
  | { code: "BELOW_MINIMUM"; limit: number }
  | { code: "ABOVE_MAXIMUM"; limit: number }
  | { code: "TOO_MANY_OPEN_ORDERS"; limit: number };

export type OrderLimitCheck = { ok: true } | { ok: false; violation: LimitViolation };

/** Checks a new order of `quantity` units from a phone that already has `openOrders` open orders. */
export function checkOrderLimits(options: {
  quantity: number;
  openOrders: number;
  limits: OrderLimits;
}): OrderLimitCheck {
  const { quantity, openOrders, limits } = options;
  if (!Number.isSafeInteger(quantity)) return { ok: false, violation: { code: "QUANTITY_NOT_WHOLE" } };
  if (quantity < Math.max(1, limits.minQuantity)) {
    return { ok: false, violation: { code: "BELOW_MINIMUM", limit: Math.max(1, limits.minQuantity) } };
  }
  if (quantity > limits.maxQuantityPerOrder) {
    return { ok: false, violation: { code: "ABOVE_MAXIMUM", limit: limits.maxQuantityPerOrder } };
  }
  if (openOrders >= limits.maxOpenOrdersPerPhone) {
    return { ok: false, violation: { code: "TOO_MANY_OPEN_ORDERS", limit: limits.maxOpenOrdersPerPhone } };
  }
  return { ok: true };
}

/** The message shown to the buyer for a violated limit. */
export function limitMessage(violation: LimitViolation, lang: "id" | "en"): string {
  const n = (x: number): string => groupDigits(x, lang === "id" ? "." : ",");
  switch (violation.code) {
    case "QUANTITY_NOT_WHOLE":
      return lang === "id" ? "Jumlah pesanan harus bilangan bulat." : "The quantity must be a whole number.";
    case "BELOW_MINIMUM":
      return lang === "id"
        ? `Pesanan minimal ${n(violation.limit)} unit.`
        : `The minimum order is ${n(violation.limit)} units.`;
    case "ABOVE_MAXIMUM":
      return lang === "id"
        ? `Pesanan paling banyak ${n(violation.limit)} unit per pesanan.`
        : `At most ${n(violation.limit)} units per order.`;
    case "TOO_MANY_OPEN_ORDERS":
      return lang === "id"
        ? `Nomor WhatsApp ini sudah punya ${n(violation.limit)} pesanan yang belum selesai. Selesaikan atau batalkan salah satunya dulu.`
        : `This WhatsApp number already has ${n(violation.limit)} open orders. Complete or cancel one first.`;
  }
}
