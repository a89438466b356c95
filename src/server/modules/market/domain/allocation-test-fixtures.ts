// Test helpers shared by the allocation tests.
import { allocateSupply } from "./allocate-supply";
import type { AllocationInput, AllocationPolicy, AllocationResult, PreOrder } from "./allocation-types";

const t0 = Date.parse("2020-04-06T01:00:00Z");
export function order(
  id: string,
  buyer: string,
  quantity: number,
  minute = 0,
  extra: Partial<PreOrder> = {},
): PreOrder {
  return {
    orderId: id,
    buyerKey: buyer,
    quantity,
    createdAt: new Date(t0 + minute * 60_000),
    kind: "individual",
    ...extra,
  };
}

export function run(input: AllocationInput): AllocationResult {
  const out = allocateSupply(input);
  if (!out.ok) throw new Error(`unexpected ${out.error.code}`);
  return out.result;
}

export const byOrder = (r: AllocationResult): Record<string, number> =>
  Object.fromEntries(r.allocations.map((a) => [a.orderId, a.allocated]));

export const equal = (extra: Partial<AllocationPolicy> = {}): AllocationPolicy => ({
  kind: "equal",
  seed: "s1",
  ...extra,
});
