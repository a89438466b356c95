// Allocates one supply day of one product over its pre-orders by the published policy. Pure and
// deterministic: the same supply, orders and seed always give the same result, whatever the order in
// which the pre-orders are listed, so a run can be repeated until a konsultan confirms it.

import { allocateEqual, allocateFifo, allocateWithQuotas, type PolicyOutcome } from "./allocation-policies";
import type {
  AllocateSupplyResult,
  AllocationErrorCode,
  AllocationInput,
  OrderAllocation,
  UnitLabel,
} from "./allocation-types";
import { groupBuyers } from "./group-buyers";

const DEFAULT_UNIT: UnitLabel = { id: "unit", en: "units" };

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

function validate(input: AllocationInput): { code: AllocationErrorCode; orderId?: string } | null {
  if (!isCount(input.supply)) return { code: "INVALID_SUPPLY" };
  const cap = input.policy.perBuyerCap;
  if (cap !== undefined && !(isCount(cap) && cap > 0)) return { code: "INVALID_CAP" };
  if (input.policy.seed.trim() === "") return { code: "EMPTY_SEED" };
  const seen = new Set<string>();
  for (const o of input.preOrders) {
    if (seen.has(o.orderId)) return { code: "DUPLICATE_ORDER", orderId: o.orderId };
    seen.add(o.orderId);
    if (!(isCount(o.quantity) && o.quantity > 0)) return { code: "INVALID_QUANTITY", orderId: o.orderId };
    if (o.quota !== undefined && !isCount(o.quota)) return { code: "INVALID_QUOTA", orderId: o.orderId };
    if (Number.isNaN(o.createdAt.getTime())) return { code: "INVALID_DATE", orderId: o.orderId };
  }
  return null;
}

/**
 * Allocates `supply` units over the pre-orders. Policies: "equal" (default; water-filling with a
 * per-buyer cap and a seeded lottery for the remainder), "fifo", "institution_quota" (contracted
 * quotas served first outside the public pool, the rest equal).
 */
export function allocateSupply(input: AllocationInput): AllocateSupplyResult {
  const error = validate(input);
  if (error) return { ok: false, error };
  const { supply, policy } = input;
  const buyers = groupBuyers(input.preOrders);
  const outcome: PolicyOutcome =
    policy.kind === "fifo"
      ? allocateFifo(buyers, supply, policy.perBuyerCap)
      : policy.kind === "institution_quota"
        ? allocateWithQuotas(buyers, supply, policy.perBuyerCap, policy.seed)
        : allocateEqual(buyers, supply, policy.perBuyerCap, policy.seed);

  const allocations: OrderAllocation[] = input.preOrders.map((order) => {
    const o = outcome.orders.get(order.orderId);
    if (!o) throw new Error(`order ${order.orderId} left out of the allocation`);
    return {
      orderId: order.orderId,
      buyerKey: order.buyerKey,
      kind: order.kind,
      requested: order.quantity,
      allocated: o.allocated,
      unmet: order.quantity - o.allocated,
      reason: o.reason,
      pool: o.pool,
      buyer: o.buyer,
    };
  });

  let demand = 0;
  let allocated = 0;
  for (const a of allocations) {
    demand += a.requested;
    allocated += a.allocated;
  }
  const buyerTotals = new Map<string, { demand: number; allocated: number }>();
  for (const a of allocations)
    buyerTotals.set(a.buyerKey, { demand: a.buyer.demand, allocated: a.buyer.allocated });
  let fully = 0;
  let nothing = 0;
  for (const b of buyerTotals.values()) {
    if (b.allocated === b.demand) fully++;
    if (b.allocated === 0) nothing++;
  }
  return {
    ok: true,
    result: {
      policy,
      seed: policy.seed,
      unit: input.unit ?? DEFAULT_UNIT,
      allocations,
      totals: {
        supply,
        demand,
        allocated,
        unmet: demand - allocated,
        buyers: buyerTotals.size,
        buyersFullyServed: fully,
        buyersWithNothing: nothing,
      },
      publicPool: outcome.publicPool,
      quotaPool: outcome.quotaPool,
    },
  };
}
