import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchStatement, type OpenOrder, type StatementLine } from "./match-statement";
import { generateOrderCode } from "./order-code";
import { assignTransferAmount } from "./transfer-amount";

const code = (seed: number): string =>
  generateOrderCode({ random: (n) => (seed * 7 + 3) % n, prefix: "MSK" });
const A = code(1);
const B = code(2);
const orders: OpenOrder[] = [
  { orderId: "a", code: A, amount: 50_123, createdOn: "2020-04-06" },
  { orderId: "b", code: B, amount: 25_456, createdOn: "2020-04-06" },
  { orderId: "c", code: code(3), amount: 25_456, createdOn: "2020-04-06" },
  { orderId: "late", code: code(4), amount: 75_789, createdOn: "2020-04-09" },
];
const line = (lineId: string, amount: number, description = "", date = "2020-04-07"): StatementLine => ({
  lineId,
  date,
  amount,
  description,
});

describe("matchStatement", () => {
  it.each([
    [
      "exact amount",
      line("1", 50_123, "TRF DARI ANI"),
      { kind: "match", lineId: "1", orderId: "a", basis: "amount" },
    ],
    [
      "amount and code",
      line("1", 50_123, `TRSF E-BANKING ${A} ANI`),
      { kind: "match", lineId: "1", orderId: "a", basis: "amount_and_code" },
    ],
    [
      "code without dash",
      line("1", 50_123, `bayar ${A.replace("-", "").toLowerCase()}`),
      { kind: "match", lineId: "1", orderId: "a", basis: "amount_and_code" },
    ],
    [
      "code settles an ambiguous amount",
      line("1", 25_456, `PEMBAYARAN ${B}`),
      { kind: "match", lineId: "1", orderId: "b", basis: "amount_and_code" },
    ],
    [
      "ambiguous amount",
      line("1", 25_456),
      { kind: "review", lineId: "1", orderIds: ["b", "c"], reason: "AMBIGUOUS_AMOUNT" },
    ],
    [
      "code but other amount",
      line("1", 50_000, `${A}`),
      { kind: "review", lineId: "1", orderIds: ["a"], reason: "CODE_AMOUNT_MISMATCH" },
    ],
    ["nothing fits", line("1", 12_345), { kind: "unmatched", lineId: "1" }],
    [
      "paid before the order existed",
      line("1", 75_789, "", "2020-04-08"),
      { kind: "unmatched", lineId: "1" },
    ],
  ])("%s", (_name, statementLine, proposal) => {
    expect(matchStatement([statementLine], orders)).toEqual([proposal]);
  });

  it("sends two lines claiming one order to review", () => {
    expect(matchStatement([line("1", 50_123), line("2", 50_123)], orders)).toEqual([
      { kind: "review", lineId: "1", orderIds: ["a"], reason: "ORDER_CLAIMED_TWICE" },
      { kind: "review", lineId: "2", orderIds: ["a"], reason: "ORDER_CLAIMED_TWICE" },
    ]);
  });
});

describe("assignTransferAmount", () => {
  it.each([
    [50_000, [], 0, 50_001, 1],
    [50_000, [50_001, 50_002], 0, 50_003, 3],
    [50_000, [], 998, 50_999, 999],
  ])("base %d, taken %j, pick %d → %d", (base, taken, pick, amount, uniqueCode) => {
    expect(assignTransferAmount({ base, openAmounts: new Set(taken), random: () => pick })).toEqual({
      ok: true,
      amount,
      uniqueCode,
    });
  });

  it.each([
    [0, "INVALID_BASE"],
    [12.5, "INVALID_BASE"],
  ])("rejects base %d", (base, reason) => {
    expect(assignTransferAmount({ base, openAmounts: new Set(), random: () => 0 })).toEqual({
      ok: false,
      reason,
    });
  });

  it("reports when every code is taken", () => {
    const all = new Set(Array.from({ length: 999 }, (_, i) => 5_000 + i + 1));
    expect(assignTransferAmount({ base: 5_000, openAmounts: all, random: () => 0 })).toEqual({
      ok: false,
      reason: "NO_FREE_CODE",
    });
  });

  it("amounts assigned one after another are all distinct, so each statement line matches one order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(5_000, 10_000, 25_000), { maxLength: 300 }),
        fc.integer({ min: 0 }),
        (bases, r) => {
          const open = new Set<number>();
          const assigned: OpenOrder[] = [];
          for (const [i, base] of bases.entries()) {
            const out = assignTransferAmount({ base, openAmounts: open, random: (n) => (r + i * 13) % n });
            if (!out.ok) throw new Error(out.reason);
            expect(out.amount - base).toBeGreaterThanOrEqual(1);
            expect(out.amount - base).toBeLessThanOrEqual(999);
            open.add(out.amount);
            assigned.push({ orderId: `o${i}`, code: "", amount: out.amount, createdOn: "2020-04-06" });
          }
          expect(open.size).toBe(bases.length);
          const proposals = matchStatement(
            assigned.map((o, i) => line(`l${i}`, o.amount)),
            assigned,
          );
          expect(proposals.every((p) => p.kind === "match")).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });
});
