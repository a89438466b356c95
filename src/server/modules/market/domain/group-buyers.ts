// Several orders by the same buyer share that buyer's allocation: the day is divided among buyers,
// not among orders, so splitting one order into many gains nothing.

import type { BuyerKind, PreOrder } from "./allocation-types";

export type Buyer = {
  key: string;
  kind: BuyerKind;
  /** The buyer's orders, earliest first (ties by orderId): earlier orders are filled first. */
  orders: PreOrder[];
  demand: number;
  /** Largest contracted quota on the buyer's institution orders; 0 when none. */
  quota: number;
};

export function compareOrders(a: PreOrder, b: PreOrder): number {
  const byTime = a.createdAt.getTime() - b.createdAt.getTime();
  if (byTime !== 0) return byTime;
  return a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0;
}

/** Buyers sorted by key, so every later step is independent of the input order. */
export function groupBuyers(preOrders: readonly PreOrder[]): Buyer[] {
  const byKey = new Map<string, Buyer>();
  for (const order of preOrders) {
    let buyer = byKey.get(order.buyerKey);
    if (!buyer) {
      buyer = { key: order.buyerKey, kind: order.kind, orders: [], demand: 0, quota: 0 };
      byKey.set(order.buyerKey, buyer);
    }
    buyer.orders.push(order);
    buyer.demand += order.quantity;
    if (order.kind === "institution") {
      buyer.kind = "institution";
      buyer.quota = Math.max(buyer.quota, order.quota ?? 0);
    }
  }
  const buyers = [...byKey.values()];
  for (const b of buyers) b.orders.sort(compareOrders);
  return buyers.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Gives a buyer's units to their orders, earliest first. */
export function splitAmongOrders(buyer: Buyer, units: number): Map<string, number> {
  const out = new Map<string, number>();
  let left = units;
  for (const order of buyer.orders) {
    const take = Math.min(order.quantity, left);
    out.set(order.orderId, take);
    left -= take;
  }
  return out;
}
