import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { explainProcurementShare, type ProducerCapacity, splitProcurement } from "./split-procurement";

const p = (producerId: string, dailyCapacity: number, stock = 0, maxUnits?: number): ProducerCapacity => ({
  producerId,
  dailyCapacity,
  stock,
  ...(maxUnits !== undefined ? { maxUnits } : {}),
});

const assigned = (quantity: number, days: number, producers: ProducerCapacity[]) => {
  const out = splitProcurement({ quantity, days, producers });
  if (!out.ok) throw new Error(out.error.code);
  return [Object.fromEntries(out.shares.map((s) => [s.producerId, s.assigned])), out.unfilled] as const;
};

describe("splitProcurement", () => {
  it.each<[string, number, number, ProducerCapacity[], Record<string, number>, number]>([
    ["proportional to capacity", 1_000, 5, [p("a", 50), p("b", 150)], { a: 250, b: 750 }, 0],
    ["stock counts as capacity", 300, 2, [p("a", 50, 100), p("b", 100)], { a: 150, b: 150 }, 0],
    [
      "largest remainder, ties to the first",
      10,
      10,
      [p("a", 1), p("b", 1), p("c", 1)],
      { a: 4, b: 3, c: 3 },
      0,
    ],
    [
      "a stated maximum is respected and the rest re-split",
      1_000,
      5,
      [p("a", 50), p("b", 150, 0, 500)],
      { a: 250, b: 500 },
      250,
    ],
    [
      "a maximum frees units for others with room",
      900,
      5,
      [p("a", 50), p("b", 150, 0, 300), p("c", 100)],
      { a: 200, b: 300, c: 400 },
      0,
    ],
    [
      "capacity short: everyone full, rest unfilled",
      10_000,
      5,
      [p("a", 50), p("b", 150)],
      { a: 250, b: 750 },
      9_000,
    ],
    ["producers with no capacity get nothing", 100, 3, [p("a", 0), p("b", 40)], { a: 0, b: 100 }, 0],
  ])("%s", (_name, quantity, days, producers, expected, unfilled) => {
    expect(assigned(quantity, days, producers)).toEqual([expected, unfilled]);
  });

  it("S5: 10,000 masks from 40 tailors of 50/day over 5 days", () => {
    const tailors = Array.from({ length: 40 }, (_, i) =>
      p(`t${String(i).padStart(2, "0")}`, 50, i % 3 === 0 ? 20 : 0),
    );
    const out = splitProcurement({ quantity: 10_000, days: 5, producers: tailors });
    expect(out.ok && [out.totalCapacity, out.assigned, out.unfilled]).toEqual([10_280, 10_000, 0]);
    expect(out.ok && out.shares.every((s) => s.assigned >= 243 && s.assigned <= 270)).toBe(true);
    expect(explainProcurementShare(out, "t00", "id")).toBe(
      "Kapasitas 50/hari × 5 hari + stok 20 = 270 dari total 10.280; menerima 263 dari 10.000 unit. Pembagian sebanding dengan kapasitas.",
    );
    expect(explainProcurementShare(out, "t01", "en")).toBe(
      "Capacity 50/day × 5 days + stock 0 = 250 of 10,280 in total; receives 243 of 10,000 units. Shares are proportional to capacity.",
    );
    expect(explainProcurementShare(out, "nobody", "en")).toBeUndefined();
  });

  it.each<[string, Parameters<typeof splitProcurement>[0], string]>([
    ["zero quantity", { quantity: 0, days: 1, producers: [] }, "INVALID_QUANTITY"],
    ["negative days", { quantity: 1, days: -1, producers: [] }, "INVALID_DAYS"],
    ["duplicate producer", { quantity: 1, days: 1, producers: [p("a", 1), p("a", 2)] }, "DUPLICATE_PRODUCER"],
    ["fractional capacity", { quantity: 1, days: 1, producers: [p("a", 1.5)] }, "INVALID_PRODUCER"],
  ])("rejects %s", (_name, request, code) => {
    const out = splitProcurement(request);
    expect(out.ok ? "ok" : out.error.code).toBe(code);
  });

  it("assigns min(quantity, Σ limits), within limits, and more capacity never means a smaller share", () => {
    const producerArb = fc.record({
      daily: fc.integer({ min: 0, max: 200 }),
      stock: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 10 }),
        fc.array(producerArb, { minLength: 2, maxLength: 30 }),
        (quantity, days, raw) => {
          const producers = raw.map((r, i) => p(`p${String(i).padStart(2, "0")}`, r.daily, r.stock));
          const out = splitProcurement({ quantity, days, producers });
          if (!out.ok) throw new Error(out.error.code);
          expect(out.assigned + out.unfilled).toBe(quantity);
          expect(out.assigned).toBe(Math.min(quantity, out.totalCapacity));
          for (const s of out.shares) expect(s.assigned).toBeLessThanOrEqual(s.limit);
          for (const a of out.shares)
            for (const b of out.shares)
              if (a.capacity > b.capacity) expect(a.assigned).toBeGreaterThanOrEqual(b.assigned);
        },
      ),
    );
  });
});
