import { describe, expect, it } from "vitest";
import {
  checkOrderLimits,
  DEFAULT_ORDER_LIMITS,
  type LimitViolation,
  limitMessage,
  type OrderLimits,
} from "./order-limits";

const individual = DEFAULT_ORDER_LIMITS.individual;
const institution = DEFAULT_ORDER_LIMITS.institution;
const product: OrderLimits = { minQuantity: 10, maxQuantityPerOrder: 200, maxOpenOrdersPerPhone: 2 };

describe("checkOrderLimits", () => {
  it.each<[string, number, number, OrderLimits, ReturnType<typeof checkOrderLimits>]>([
    ["a normal order", 5, 0, individual, { ok: true }],
    ["exactly the maximum", 50, 2, individual, { ok: true }],
    ["above the maximum", 51, 0, individual, { ok: false, violation: { code: "ABOVE_MAXIMUM", limit: 50 } }],
    ["institutions order in bulk", 2_000, 0, institution, { ok: true }],
    ["zero", 0, 0, individual, { ok: false, violation: { code: "BELOW_MINIMUM", limit: 1 } }],
    [
      "below a product minimum",
      9,
      0,
      product,
      { ok: false, violation: { code: "BELOW_MINIMUM", limit: 10 } },
    ],
    ["fraction", 2.5, 0, individual, { ok: false, violation: { code: "QUANTITY_NOT_WHOLE" } }],
    [
      "too many open orders",
      1,
      3,
      individual,
      { ok: false, violation: { code: "TOO_MANY_OPEN_ORDERS", limit: 3 } },
    ],
    [
      "quantity is checked before open orders",
      1,
      1,
      product,
      { ok: false, violation: { code: "BELOW_MINIMUM", limit: 10 } },
    ],
  ])("%s", (_name, quantity, openOrders, limits, expected) => {
    expect(checkOrderLimits({ quantity, openOrders, limits })).toEqual(expected);
  });
});

describe("limitMessage", () => {
  it.each<[LimitViolation, string, string]>([
    [
      { code: "ABOVE_MAXIMUM", limit: 10_000 },
      "Pesanan paling banyak 10.000 unit per pesanan.",
      "At most 10,000 units per order.",
    ],
    [{ code: "BELOW_MINIMUM", limit: 10 }, "Pesanan minimal 10 unit.", "The minimum order is 10 units."],
    [
      { code: "TOO_MANY_OPEN_ORDERS", limit: 3 },
      "Nomor WhatsApp ini sudah punya 3 pesanan yang belum selesai. Selesaikan atau batalkan salah satunya dulu.",
      "This WhatsApp number already has 3 open orders. Complete or cancel one first.",
    ],
    [
      { code: "QUANTITY_NOT_WHOLE" },
      "Jumlah pesanan harus bilangan bulat.",
      "The quantity must be a whole number.",
    ],
  ])("%j", (violation, id, en) => {
    expect(limitMessage(violation, "id")).toBe(id);
    expect(limitMessage(violation, "en")).toBe(en);
  });
});
