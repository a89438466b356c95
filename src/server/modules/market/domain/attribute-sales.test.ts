import { describe, expect, it } from "vitest";
import { attributeSales } from "./attribute-sales";

describe("attributeSales", () => {
  it.each([
    { sold: 1_000, intakes: [50, 50, 50, 50], expected: [50, 50, 50, 50], unattributed: 800 },
    { sold: 100, intakes: [50, 50, 50, 50], expected: [25, 25, 25, 25], unattributed: 0 },
    { sold: 3, intakes: [50, 50], expected: [2, 1], unattributed: 0 },
    { sold: 60, intakes: [10, 90], expected: [6, 54], unattributed: 0 },
    { sold: 0, intakes: [10, 0], expected: [0, 0], unattributed: 0 },
  ])("splits $sold sold over $intakes", ({ sold, intakes, expected, unattributed }) => {
    const out = attributeSales({
      sold,
      producers: intakes.map((netIntake, i) => ({ producerId: `p${i}`, netIntake })),
    });
    expect(out.shares.map((s) => s.sold)).toEqual(expected);
    expect(out.shares.reduce((s, x) => s + x.sold, 0) + out.unattributed).toBe(sold);
    expect(out.unattributed).toBe(unattributed);
    for (const [i, s] of out.shares.entries()) expect(s.onHand).toBe((intakes[i] ?? 0) - s.sold);
  });
});
