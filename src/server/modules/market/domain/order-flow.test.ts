import { describe, expect, it } from "vitest";
import { isAwaitingPayment, isSold, type OrderState, orderTransition } from "./order-flow";

const order = (o: Partial<OrderState> = {}): OrderState => ({
  status: "reserved",
  paymentStatus: "unpaid",
  total: 10_000,
  ...o,
});

describe("order life-cycle", () => {
  it("refuses to reject or re-accept a payment once the order is paid", () => {
    const paid = order({ paymentStatus: "paid" });
    expect(orderTransition(paid, "reject_payment")).toEqual({ kind: "refused", code: "ALREADY_PAID" });
    expect(orderTransition(paid, "accept_payment")).toEqual({ kind: "refused", code: "ALREADY_PAID" });
    expect(orderTransition(paid, "cancel")).toEqual({ kind: "refused", code: "ALREADY_PAID" });
  });

  it("hands over only paid orders, or records the exact cash in the same step", () => {
    expect(orderTransition(order(), "fulfil")).toEqual({ kind: "refused", code: "PAYMENT_REQUIRED" });
    expect(orderTransition(order(), "fulfil", { cashReceived: 9_000 })).toEqual({
      kind: "refused",
      code: "CASH_MISMATCH",
    });
    expect(orderTransition(order(), "fulfil", { cashReceived: 10_000 })).toEqual({
      kind: "ok",
      to: { status: "fulfilled", paymentStatus: "paid" },
    });
    expect(orderTransition(order({ paymentStatus: "paid" }), "fulfil").kind).toBe("ok");
    expect(orderTransition(order({ total: 0 }), "fulfil").kind).toBe("ok");
    expect(orderTransition(order({ status: "queued" }), "fulfil")).toEqual({
      kind: "refused",
      code: "ORDER_STATE",
    });
  });

  it("reverses a payment only as a refund with a reason", () => {
    expect(orderTransition(order(), "refund").kind).toBe("refused");
    expect(orderTransition(order({ paymentStatus: "paid" }), "refund", { reason: " " })).toEqual({
      kind: "refused",
      code: "REASON_REQUIRED",
    });
    expect(orderTransition(order({ paymentStatus: "paid" }), "refund", { reason: "barang cacat" })).toEqual({
      kind: "ok",
      to: { status: "cancelled", paymentStatus: "refunded" },
    });
    expect(
      orderTransition(order({ status: "fulfilled", paymentStatus: "paid" }), "refund", { reason: "retur" }),
    ).toEqual({ kind: "ok", to: { status: "fulfilled", paymentStatus: "refunded" } });
  });

  it("lets a legacy unpaid hand-over get its cash recorded", () => {
    expect(orderTransition(order({ status: "fulfilled" }), "record_payment")).toEqual({
      kind: "ok",
      to: { status: "fulfilled", paymentStatus: "paid" },
    });
  });

  it("names awaiting payment and sold once", () => {
    expect(isAwaitingPayment(order())).toBe(true);
    expect(isAwaitingPayment(order({ paymentStatus: "pending" }))).toBe(true);
    expect(isAwaitingPayment(order({ paymentStatus: "paid" }))).toBe(false);
    expect(isAwaitingPayment(order({ status: "queued" }))).toBe(false);
    expect(isAwaitingPayment(order({ total: 0 }))).toBe(false);
    expect(isSold({ paymentStatus: "paid" })).toBe(true);
    expect(isSold({ paymentStatus: "refunded" })).toBe(false);
  });
});
