import { describe, expect, it } from "vitest";
import { producerDailySales } from "./producer-daily-sales";

describe("producerDailySales", () => {
  it("splits a shared shelf's day by consigned units, the Rupiah by units, newest day first", () => {
    const days = producerDailySales({
      producerId: "a",
      lines: [
        { date: "2026-12-01", productId: "mask", units: 7, amount: 35_000 },
        { date: "2026-12-02", productId: "mask", units: 1, amount: 5_000 },
        { date: "2026-12-02", productId: "bag", units: 2, amount: 14_000 },
        { date: "2026-12-03", productId: "other", units: 4, amount: 20_000 },
      ],
      consigned: new Map([
        [
          "mask",
          [
            { producerId: "a", units: 20 },
            { producerId: "b", units: 10 },
          ],
        ],
        ["bag", [{ producerId: "a", units: 5 }]],
        ["other", [{ producerId: "b", units: 9 }]],
      ]),
      shareBps: (date) => (date < "2026-12-02" ? 8_500 : 8_000),
    });
    // 7 masks 2:1 → 5 (largest remainder) and Rp25.000; the 1 mask of the 2nd goes to a (remainder 2/3).
    expect(days).toEqual([
      { date: "2026-12-02", unitsSold: 3, paidSales: 19_000, share: 15_200 },
      { date: "2026-12-01", unitsSold: 5, paidSales: 25_000, share: 21_250 },
    ]);
  });
});
