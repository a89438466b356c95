import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkStockEntry,
  entryDelta,
  STOCK_ENTRY_KINDS,
  type StockEntry,
  type StockEntryKind,
  stockBalance,
  stockBalances,
} from "./stock";

describe("entryDelta", () => {
  it.each<[StockEntryKind, number, number]>([
    ["intake", 50, 50],
    ["release", 3, 3],
    ["sale", 5, -5],
    ["return_to_producer", 10, -10],
    ["damaged", 2, -2],
    ["adjustment", -4, -4],
    ["adjustment", 4, 4],
  ])("%s %d → %d", (kind, quantity, delta) => {
    expect(entryDelta(kind, quantity)).toBe(delta);
  });
});

describe("checkStockEntry", () => {
  it.each<[StockEntryKind, number, number, ReturnType<typeof checkStockEntry>]>([
    ["intake", 50, 0, { ok: true, balanceAfter: 50 }],
    ["sale", -5, 50, { ok: true, balanceAfter: 45 }],
    ["sale", -50, 50, { ok: true, balanceAfter: 0 }],
    ["sale", -51, 50, { ok: false, reason: "INSUFFICIENT_STOCK", available: 50 }],
    ["damaged", -1, 0, { ok: false, reason: "INSUFFICIENT_STOCK", available: 0 }],
    ["adjustment", -3, 10, { ok: true, balanceAfter: 7 }],
    ["adjustment", -11, 10, { ok: false, reason: "INSUFFICIENT_STOCK", available: 10 }],
    ["sale", 5, 50, { ok: false, reason: "WRONG_SIGN" }],
    ["intake", -5, 50, { ok: false, reason: "WRONG_SIGN" }],
    ["intake", 0, 50, { ok: false, reason: "ZERO_QUANTITY" }],
    ["intake", 1.5, 50, { ok: false, reason: "NOT_INTEGER" }],
  ])("%s %d on %d", (kind, delta, balance, expected) => {
    expect(checkStockEntry({ kind, delta }, balance)).toEqual(expected);
  });
});

describe("ledger", () => {
  it("keeps balances per producer and product", () => {
    const e = (kind: StockEntryKind, q: number, producerId: string, productId = "masker"): StockEntry => ({
      kind,
      delta: entryDelta(kind, q),
      producerId,
      productId,
    });
    const entries = [
      e("intake", 50, "ani"),
      e("intake", 50, "budi"),
      e("sale", 20, "ani"),
      e("damaged", 1, "budi"),
      e("release", 5, "ani"),
    ];
    expect(stockBalance(entries)).toBe(84);
    expect(stockBalances(entries)).toEqual(
      new Map([
        ["ani|masker", 35],
        ["budi|masker", 49],
      ]),
    );
  });

  it("a ledger built only from accepted entries never goes below zero and equals intake − outflow", () => {
    const movement = fc.record({
      kind: fc.constantFrom(...STOCK_ENTRY_KINDS),
      quantity: fc.integer({ min: -30, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 80 }), (moves) => {
        const accepted: { kind: StockEntryKind; delta: number }[] = [];
        let balance = 0;
        for (const m of moves) {
          const entry = { kind: m.kind, delta: entryDelta(m.kind, m.quantity) };
          const check = checkStockEntry(entry, balance);
          if (check.ok) {
            accepted.push(entry);
            balance = check.balanceAfter;
          }
          expect(balance).toBeGreaterThanOrEqual(0);
        }
        expect(stockBalance(accepted)).toBe(balance);
      }),
    );
  });
});
