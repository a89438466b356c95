// The three published policies, each turning buyers and a supply into per-order units with a reason.

import type { AllocationReason, BuyerOutcome, Pool, PoolSummary } from "./allocation-types";
import { type Buyer, compareOrders, splitAmongOrders } from "./group-buyers";
import { waterFill } from "./water-fill";

export type OrderOutcome = { allocated: number; reason: AllocationReason; pool: Pool; buyer: BuyerOutcome };

export type PolicyOutcome = {
  orders: Map<string, OrderOutcome>;
  publicPool: PoolSummary;
  quotaPool: PoolSummary | null;
};

function entitledOf(buyer: Buyer, cap: number | undefined): number {
  return cap === undefined ? buyer.demand : Math.min(buyer.demand, cap);
}

function limitedReason(buyer: Buyer, cap: number | undefined, allocated: number): AllocationReason {
  return cap !== undefined && allocated === cap && buyer.demand > cap ? "per_buyer_cap" : "equal_share";
}

/** Water-fills one pool and writes each order's outcome; `limit` says why a buyer was limited. */
function fillPool(options: {
  buyers: readonly Buyer[];
  supply: number;
  seed: string;
  pool: Pool;
  entitled: (b: Buyer) => number;
  limit: (b: Buyer, allocated: number) => AllocationReason;
  into: Map<string, OrderOutcome>;
}): PoolSummary {
  const { buyers, pool, into } = options;
  const claims = buyers.map((b) => ({ key: b.key, entitled: options.entitled(b) }));
  const fill = waterFill({ claims, supply: options.supply, seed: options.seed });
  const candidates = new Set(fill.lotteryCandidates);
  let allocatedTotal = 0;
  for (const [i, buyer] of buyers.entries()) {
    const allocated = fill.allocated.get(buyer.key) ?? 0;
    allocatedTotal += allocated;
    const lottery = !candidates.has(buyer.key) ? "not_drawn" : fill.winners.has(buyer.key) ? "won" : "lost";
    const outcome: BuyerOutcome = {
      orders: buyer.orders.length,
      demand: buyer.demand,
      entitled: claims[i]?.entitled ?? 0,
      allocated,
      lottery: fill.lotteryUnits > 0 ? lottery : "not_drawn",
    };
    const reason = allocated === buyer.demand ? "filled" : options.limit(buyer, allocated);
    for (const [orderId, units] of splitAmongOrders(buyer, allocated)) {
      const order = buyer.orders.find((o) => o.orderId === orderId);
      const full = order !== undefined && units === order.quantity;
      into.set(orderId, { allocated: units, reason: full ? "filled" : reason, pool, buyer: outcome });
    }
  }
  return {
    supply: options.supply,
    allocated: allocatedTotal,
    buyers: buyers.length,
    level: fill.level,
    lotteryUnits: fill.lotteryUnits,
    lotteryCandidates: fill.lotteryUnits > 0 ? fill.lotteryCandidates.length : 0,
  };
}

/** Default: equal shares capped by demand and the per-buyer cap, remainder by lottery. */
export function allocateEqual(
  buyers: readonly Buyer[],
  supply: number,
  cap: number | undefined,
  seed: string,
): PolicyOutcome {
  const orders = new Map<string, OrderOutcome>();
  const publicPool = fillPool({
    buyers,
    supply,
    seed,
    pool: "public",
    entitled: (b) => entitledOf(b, cap),
    limit: (b, allocated) => limitedReason(b, cap, allocated),
    into: orders,
  });
  return { orders, publicPool, quotaPool: null };
}

/** Contracted institution quotas first (outside the public pool), then equal shares for the rest. */
export function allocateWithQuotas(
  buyers: readonly Buyer[],
  supply: number,
  cap: number | undefined,
  seed: string,
): PolicyOutcome {
  const orders = new Map<string, OrderOutcome>();
  const contracted = buyers.filter((b) => b.kind === "institution" && b.quota > 0);
  const quotaPool = fillPool({
    buyers: contracted,
    supply,
    // A separate seed domain keeps the two draws independent.
    seed: `${seed}:quota`,
    pool: "quota",
    entitled: (b) => Math.min(b.demand, b.quota),
    limit: (b, allocated) => (allocated === b.quota ? "quota" : "equal_share"),
    into: orders,
  });
  const rest = buyers.filter((b) => !(b.kind === "institution" && b.quota > 0));
  const publicPool = fillPool({
    buyers: rest,
    supply: supply - quotaPool.allocated,
    seed,
    pool: "public",
    entitled: (b) => entitledOf(b, cap),
    limit: (b, allocated) => limitedReason(b, cap, allocated),
    into: orders,
  });
  return { orders, publicPool, quotaPool };
}

/** First come, first served by order time; the per-buyer cap still applies across a buyer's orders. */
export function allocateFifo(
  buyers: readonly Buyer[],
  supply: number,
  cap: number | undefined,
): PolicyOutcome {
  const orders = new Map<string, OrderOutcome>();
  const queue = buyers
    .flatMap((b) => b.orders.map((order) => ({ order, buyer: b })))
    .sort((x, y) => compareOrders(x.order, y.order));
  const given = new Map<string, number>();
  let left = supply;
  for (const { order, buyer } of queue) {
    const buyerLeft = cap === undefined ? Number.POSITIVE_INFINITY : cap - (given.get(buyer.key) ?? 0);
    const take = Math.min(order.quantity, left, buyerLeft);
    given.set(buyer.key, (given.get(buyer.key) ?? 0) + take);
    left -= take;
    const reason: AllocationReason =
      take === order.quantity ? "filled" : take === buyerLeft ? "per_buyer_cap" : "sold_out";
    orders.set(order.orderId, { allocated: take, reason, pool: "public", buyer: emptyOutcome() });
  }
  for (const buyer of buyers) {
    const allocated = given.get(buyer.key) ?? 0;
    const outcome: BuyerOutcome = {
      orders: buyer.orders.length,
      demand: buyer.demand,
      entitled: entitledOf(buyer, cap),
      allocated,
      lottery: "not_drawn",
    };
    for (const order of buyer.orders) {
      const o = orders.get(order.orderId);
      if (o) o.buyer = outcome;
    }
  }
  const publicPool: PoolSummary = {
    supply,
    allocated: supply - left,
    buyers: buyers.length,
    level: null,
    lotteryUnits: 0,
    lotteryCandidates: 0,
  };
  return { orders, publicPool, quotaPool: null };
}

function emptyOutcome(): BuyerOutcome {
  return { orders: 0, demand: 0, entitled: 0, allocated: 0, lottery: "not_drawn" };
}
