import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { settle } from "./settlement";
import type { ConsignmentTerms, SettlementInput, SettlementLine } from "./settlement-types";

const period = { from: "2020-04-01", to: "2020-04-30" };
const share85: ConsignmentTerms = { producerShareBps: 8500, damaged: "producer_bears" };
const terms = new Map<string, ConsignmentTerms>([
  ["ani", share85],
  ["budi", { producerShareBps: 8000, damaged: "plut_bears", feePerPeriod: 2_000 }],
  ["citra", share85],
]);
const line = (
  lineId: string,
  quantity: number,
  amount: number,
  sources: [string, number][],
): SettlementLine => ({
  lineId,
  quantity,
  amount,
  sources: sources.map(([producerId, units]) => ({ producerId, units })),
});
const input = (patch: Partial<SettlementInput>): SettlementInput => ({
  period,
  terms,
  sales: [],
  returns: [],
  damaged: [],
  ...patch,
});

describe("settle", () => {
  it("pays units sold × price × share, minus returns, with the PLUT fee as the difference", () => {
    const out = settle(
      input({
        sales: [
          line("l1", 100, 500_000, [
            ["ani", 60],
            ["budi", 40],
          ]),
          line("l2", 10, 50_000, [["ani", 10]]),
        ],
        returns: [line("r1", 2, 10_000, [["ani", 2]])],
        damaged: [{ producerId: "budi", units: 3, unitPrice: 5_000 }],
      }),
    );
    expect(out.ok && out.statements).toEqual([
      {
        producerId: "ani",
        unitsSold: 70,
        unitsReturned: 2,
        unitsDamaged: 0,
        grossSales: 350_000,
        returns: 10_000,
        netSales: 340_000,
        producerShareBps: 8500,
        producerShare: 289_000,
        plutFee: 51_000,
        damagedCompensation: 0,
        feePerPeriod: 0,
        payable: 289_000,
      },
      {
        producerId: "budi",
        unitsSold: 40,
        unitsReturned: 0,
        unitsDamaged: 3,
        grossSales: 200_000,
        returns: 0,
        netSales: 200_000,
        producerShareBps: 8000,
        producerShare: 160_000,
        plutFee: 40_000,
        damagedCompensation: 12_000,
        feePerPeriod: 2_000,
        payable: 170_000,
      },
    ]);
    expect(out.ok && out.totals).toMatchObject({
      grossSales: 550_000,
      netSales: 540_000,
      producerShares: 449_000,
      plutFees: 91_000,
      payable: 459_000,
    });
  });

  it("splits a discounted line among producers by largest remainder, losing no Rupiah", () => {
    // Three masks for Rp14.000 (a bundle) from three tailors: 4.667 + 4.667 + 4.666.
    const out = settle(
      input({
        sales: [
          line("l1", 3, 14_000, [
            ["ani", 1],
            ["budi", 1],
            ["citra", 1],
          ]),
        ],
      }),
    );
    expect(out.ok && out.statements.map((s) => [s.producerId, s.grossSales])).toEqual([
      ["ani", 4_667],
      ["budi", 4_667],
      ["citra", 4_666],
    ]);
  });

  it("rounds a producer's share once per period, halves up", () => {
    // 85 % of Rp5.001 = 4.250,85 → 4.251; 85 % of Rp10 = 8,5 → 9.
    const a = settle(input({ sales: [line("l1", 1, 5_001, [["ani", 1]])] }));
    expect(a.ok && [a.statements[0]?.producerShare, a.statements[0]?.plutFee]).toEqual([4_251, 750]);
    const b = settle(input({ sales: [line("l1", 1, 10, [["ani", 1]])] }));
    expect(b.ok && b.statements[0]?.producerShare).toBe(9);
  });

  it("shows a negative payable when returns exceed sales in the period", () => {
    const out = settle(input({ returns: [line("r1", 2, 10_000, [["ani", 2]])] }));
    expect(
      out.ok && [out.statements[0]?.netSales, out.statements[0]?.producerShare, out.statements[0]?.payable],
    ).toEqual([-10_000, -8_500, -8_500]);
  });

  it.each<[string, Partial<SettlementInput>, string, string]>([
    ["unknown producer", { sales: [line("l1", 1, 5_000, [["dedi", 1]])] }, "MISSING_TERMS", "dedi"],
    ["sources not adding up", { sales: [line("l1", 3, 15_000, [["ani", 2]])] }, "SOURCES_MISMATCH", "l1"],
    ["fractional amount", { sales: [line("l1", 1, 5_000.5, [["ani", 1]])] }, "INVALID_LINE", "l1"],
    [
      "share above 100 %",
      { terms: new Map([["ani", { producerShareBps: 10_001, damaged: "producer_bears" }]]) },
      "INVALID_TERMS",
      "ani",
    ],
    [
      "negative damaged",
      { damaged: [{ producerId: "ani", units: -1, unitPrice: 5_000 }] },
      "INVALID_DAMAGED",
      "ani",
    ],
  ])("rejects %s", (_name, patch, code, ref) => {
    expect(settle(input(patch))).toEqual({ ok: false, error: { code, ref } });
  });

  it("never loses a Rupiah: parts add up to the lines, and share + fee = net sales", () => {
    const producers = ["ani", "budi", "citra"];
    const lineArb = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 2_000_000 }),
      )
      .filter(([units]) => units.some((u) => u > 0))
      .map(([units, amount]) =>
        line(
          "l",
          units.reduce((s, u) => s + u, 0),
          amount,
          producers.map((p, k): [string, number] => [p, units[k] ?? 0]),
        ),
      );
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 30 }),
        fc.array(lineArb, { maxLength: 5 }),
        (sales, returns) => {
          const out = settle(input({ sales, returns }));
          if (!out.ok) throw new Error(out.error.code);
          const sum = (ls: SettlementLine[]) => ls.reduce((s, l) => s + l.amount, 0);
          expect(out.totals.grossSales).toBe(sum(sales));
          expect(out.totals.returns).toBe(sum(returns));
          for (const s of out.statements) {
            expect(s.producerShare + s.plutFee).toBe(s.netSales);
            expect(
              Math.abs(s.producerShare - (s.netSales * s.producerShareBps) / 10_000),
            ).toBeLessThanOrEqual(0.5);
          }
        },
      ),
    );
  });
});
