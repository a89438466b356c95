// What an allocation run works on: a supply day's supply and its queued pre-orders, and a hash of
// both so a confirmation can tell whether anything changed since the run the konsultan looked at.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { PreOrder } from "../domain";

export type DaySupply = {
  /** Units consigned for the day's pre-orders (net of returns and damage). */
  preorderNet: number;
  /** Units consigned onto the shelf that day and still on it. */
  fromShelf: number;
  supply: number;
};

export type QueuedPreOrder = PreOrder & { itemId: string; code: string; buyerId: string };

export type DayInputs = { supply: DaySupply; preOrders: QueuedPreOrder[] };

/** Serialises runs, confirmations and new pre-orders of one product and day. */
export function dayLockKey(productId: string, supplyDate: string) {
  return sql`hashtextextended(${`market:${productId}:${supplyDate}`}, 0)`;
}

export async function loadDaySupply(t: Tx, productId: string, supplyDate: string): Promise<DaySupply> {
  const res = await t.execute(sql`
    select
      coalesce((select sum(delta) from market.stock_ledger where product_id = ${productId} and entry_date = ${supplyDate}::date
        and pool = 'preorder' and kind <> 'sale'), 0)::int as preorder_net,
      coalesce((select sum(delta) from market.stock_ledger where product_id = ${productId} and entry_date = ${supplyDate}::date
        and pool = 'ready' and kind in ('intake', 'return_to_producer', 'damaged')), 0)::int as ready_net,
      coalesce((select sum(qty) from market.stock_slots where product_id = ${productId}), 0)::int as shelf`);
  const row = res.rows[0] as { preorder_net: number; ready_net: number; shelf: number } | undefined;
  const preorderNet = Math.max(row?.preorder_net ?? 0, 0);
  const fromShelf = Math.min(Math.max(row?.ready_net ?? 0, 0), Math.max(row?.shelf ?? 0, 0));
  return { preorderNet, fromShelf, supply: preorderNet + fromShelf };
}

type PreOrderRow = {
  item_id: string;
  order_id: string;
  code: string;
  buyer_id: string;
  buyer_type: "individual" | "institution";
  created_at: Date | string;
  quantity: number;
};

export async function loadQueuedPreOrders(
  t: Tx,
  productId: string,
  supplyDate: string,
): Promise<QueuedPreOrder[]> {
  const res = await t.execute(sql`
    select i.id as item_id, o.id as order_id, o.code, o.buyer_id, o.buyer_type, o.created_at, i.quantity
    from market.orders o join market.order_items i on i.order_id = o.id
    where o.supply_date = ${supplyDate}::date and o.status = 'queued' and o.mode = 'preorder' and i.product_id = ${productId}
    order by o.created_at, o.id`);
  return (res.rows as PreOrderRow[]).map((r) => ({
    orderId: r.order_id,
    itemId: r.item_id,
    code: r.code,
    buyerId: r.buyer_id,
    buyerKey: r.buyer_id,
    quantity: Number(r.quantity),
    createdAt: new Date(r.created_at),
    kind: r.buyer_type,
  }));
}

export async function loadDayInputs(t: Tx, productId: string, supplyDate: string): Promise<DayInputs> {
  return {
    supply: await loadDaySupply(t, productId, supplyDate),
    preOrders: await loadQueuedPreOrders(t, productId, supplyDate),
  };
}

/** SHA-256 over the supply and the pre-orders (ids and quantities) of a day. */
export function hashInputs(productId: string, supplyDate: string, inputs: DayInputs): string {
  const h = createHash("sha256");
  h.update(`${productId}|${supplyDate}|${inputs.supply.preorderNet}|${inputs.supply.fromShelf}\n`);
  for (const o of inputs.preOrders) h.update(`${o.orderId}:${o.quantity}:${o.buyerKey}\n`);
  return h.digest("hex");
}
