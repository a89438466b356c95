import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allocateSupply } from "./allocate-supply";
import type { AllocationInput, AllocationPolicyKind, AllocationResult, PreOrder } from "./allocation-types";

const preOrderArb = fc.record({
  buyerKey: fc.constantFrom("A", "B", "C", "D", "E", "F", "G", "H"),
  quantity: fc.integer({ min: 1, max: 40 }),
  minute: fc.integer({ min: 0, max: 100 }),
  institution: fc.boolean(),
  quota: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
});

const inputArb = (kind: AllocationPolicyKind) =>
  fc
    .record({
      supply: fc.integer({ min: 0, max: 300 }),
      raw: fc.array(preOrderArb, { maxLength: 40 }),
      cap: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
      seed: fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== ""),
    })
    .map(({ supply, raw, cap, seed }): AllocationInput => {
      const preOrders: PreOrder[] = raw.map((r, i) => ({
        orderId: `o${i}`,
        buyerKey: r.buyerKey,
        quantity: r.quantity,
        createdAt: new Date(Date.UTC(2020, 3, 6, 1, r.minute)),
        // A buyer's kind must not depend on which of their orders is looked at.
        kind: r.institution && r.buyerKey < "D" ? "institution" : "individual",
        ...(r.quota !== undefined && r.buyerKey < "D" ? { quota: r.quota } : {}),
      }));
      return { supply, preOrders, policy: { kind, seed, ...(cap ? { perBuyerCap: cap } : {}) } };
    });

function run(input: AllocationInput): AllocationResult {
  const out = allocateSupply(input);
  if (!out.ok) throw new Error(out.error.code);
  return out.result;
}

function perBuyer(r: AllocationResult): Map<string, { allocated: number; entitled: number }> {
  const m = new Map<string, { allocated: number; entitled: number }>();
  for (const a of r.allocations)
    m.set(a.buyerKey, { allocated: a.buyer.allocated, entitled: a.buyer.entitled });
  return m;
}

describe.each<AllocationPolicyKind>(["equal", "fifo", "institution_quota"])(
  "allocation properties: %s",
  (kind) => {
    it("never allocates more than the supply or than any order asked for", () => {
      fc.assert(
        fc.property(inputArb(kind), (input) => {
          const r = run(input);
          expect(r.totals.allocated).toBeLessThanOrEqual(input.supply);
          expect(r.totals.allocated).toBe(r.allocations.reduce((s, a) => s + a.allocated, 0));
          for (const a of r.allocations) {
            expect(a.allocated).toBeGreaterThanOrEqual(0);
            expect(a.allocated).toBeLessThanOrEqual(a.requested);
            expect(a.unmet).toBe(a.requested - a.allocated);
          }
        }),
      );
    });

    it("is deterministic whatever the order of the input", () => {
      fc.assert(
        fc.property(inputArb(kind), fc.integer(), (input, shuffleSeed) => {
          const shuffled = [...input.preOrders].sort(
            (a, b) =>
              ((a.orderId.length * 31 + shuffleSeed) % 7) - ((b.orderId.length * 17 + shuffleSeed) % 5) ||
              (a.orderId < b.orderId ? 1 : -1),
          );
          const x = run(input);
          const y = run({ ...input, preOrders: shuffled });
          const sorted = (r: AllocationResult) =>
            [...r.allocations].sort((a, b) => (a.orderId < b.orderId ? -1 : 1));
          expect(sorted(y)).toEqual(sorted(x));
        }),
      );
    });

    it("wastes nothing: leftover supply means every buyer got all they may have", () => {
      fc.assert(
        fc.property(inputArb(kind), (input) => {
          const r = run(input);
          if (r.totals.allocated < input.supply) {
            for (const b of perBuyer(r).values()) expect(b.allocated).toBe(b.entitled);
          }
        }),
      );
    });

    it("respects the per-buyer cap in the public pool", () => {
      fc.assert(
        fc.property(inputArb(kind), (input) => {
          const cap = input.policy.perBuyerCap;
          if (cap === undefined) return;
          for (const a of run(input).allocations) {
            if (a.pool === "public") expect(a.buyer.allocated).toBeLessThanOrEqual(cap);
          }
        }),
      );
    });
  },
);

describe("equal policy", () => {
  it("is envy-free up to one unit: nobody short of their entitlement trails another by more than 1", () => {
    fc.assert(
      fc.property(inputArb("equal"), (input) => {
        const buyers = [...perBuyer(run(input)).values()];
        for (const a of buyers) {
          for (const b of buyers)
            expect(a.allocated).toBeGreaterThanOrEqual(Math.min(a.entitled, b.allocated - 1));
        }
      }),
    );
  });

  it("never gives a buyer less for ordering more (no reason to shade demand)", () => {
    fc.assert(
      fc.property(inputArb("equal"), fc.integer({ min: 1, max: 30 }), (input, extra) => {
        const first = input.preOrders[0];
        if (!first) return;
        const bigger = {
          ...input,
          preOrders: [{ ...first, quantity: first.quantity + extra }, ...input.preOrders.slice(1)],
        };
        const before = perBuyer(run(input)).get(first.buyerKey)?.allocated ?? 0;
        const after = perBuyer(run(bigger)).get(first.buyerKey)?.allocated ?? 0;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it("hands out exactly min(supply, total entitlement)", () => {
    fc.assert(
      fc.property(inputArb("equal"), (input) => {
        const r = run(input);
        const entitled = [...perBuyer(r).values()].reduce((s, b) => s + b.entitled, 0);
        expect(r.totals.allocated).toBe(Math.min(input.supply, entitled));
      }),
    );
  });
});

describe("institution quota policy", () => {
  it("serves quota holders first and never beyond their quota", () => {
    fc.assert(
      fc.property(inputArb("institution_quota"), (input) => {
        const r = run(input);
        const quotaTotal = r.allocations
          .filter((a) => a.pool === "quota")
          .reduce((s, a) => s + a.allocated, 0);
        expect(quotaTotal).toBe(r.quotaPool?.allocated);
        for (const a of r.allocations)
          if (a.pool === "quota") expect(a.buyer.allocated).toBeLessThanOrEqual(a.buyer.entitled);
        const contractedEntitled = new Map(
          r.allocations.filter((a) => a.pool === "quota").map((a) => [a.buyerKey, a.buyer.entitled]),
        );
        const sum = [...contractedEntitled.values()].reduce((s, e) => s + e, 0);
        expect(quotaTotal).toBe(Math.min(sum, input.supply));
      }),
    );
  });
});
