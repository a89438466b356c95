// The writes of a new order: the buyer's place under the per-phone cap, ready stock from the
// product's slots, the order, its lines and ledger sales. Orders arriving together share one round
// trip and one commit (market.place_orders, source: orders/sql/place-order.sql); an order that found no free slot is
// retried alone with the careful take (market.place_order, same file).
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { generateOrderCode } from "../domain";
import type { BuyerType, FulfilmentMethod, OrderMode, OrderStatus } from "../domain/market-enums";
import { STOCK_SLOTS } from "../domain/market-enums";
import { orderBatcher } from "./order-batcher";

export type BuyerUpsert = { phone: string; name: string; type: BuyerType; institution: string | null };

export type NewOrderLine = {
  productId: string;
  quantity: number;
  allocated: number | null;
  unitPrice: number;
};

export type NewOrder = {
  scope: string;
  regionCode: string;
  codePrefix: string;
  mode: OrderMode;
  supplyDate: string | null;
  status: OrderStatus;
  buyer: BuyerUpsert;
  /** Most open orders one phone may hold; null: no cap (MARKET_RATE_LIMIT=off). */
  cap: number | null;
  userId: string | null;
  originRegionCode: string | null;
  fulfilment: FulfilmentMethod;
  deliveryAddress: string | null;
  channel: string | null;
  lines: NewOrderLine[];
  ledgerDate: string | null;
  actor: string;
};

/** How orders were written since the process started (batched, retried alone, retried carefully). */
export const orderWriteStats = { batched: 0, single: 0, careful: 0 };

export type PlaceOrderOutcome =
  | { ok: true; code: string }
  | { ok: false; reason: "TOO_MANY_OPEN_ORDERS" | "PREORDER_CLOSED" }
  | {
      ok: false;
      reason: "OUT_OF_STOCK";
      /** The short line's place in NewOrder.lines; the caller maps it back to what the buyer sent. */
      index: number;
      available: number;
    };

/** Runs market.place_order for a validated order; outcomes the buyer must hear about come back as values. */
export async function writeOrder(database: Database, order: NewOrder): Promise<PlaceOrderOutcome> {
  const codes = Array.from({ length: 3 }, () =>
    generateOrderCode({ random: randomInt, prefix: order.codePrefix }),
  );
  const total = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const payload = {
    scope: order.scope,
    mode: order.mode,
    supplyDate: order.supplyDate,
    region: order.regionCode,
    cap: order.cap,
    slots: STOCK_SLOTS,
    start: randomInt(STOCK_SLOTS),
    buyer: { id: newId(), ...order.buyer },
    order: {
      id: newId(),
      codes,
      userId: order.userId,
      origin: order.originRegionCode,
      fulfilment: order.fulfilment,
      address: order.deliveryAddress,
      channel: order.channel,
      status: order.status,
      total,
      ledgerDate: order.ledgerDate,
      actor: order.actor,
    },
    items: order.lines.map((l) => ({ ...l, id: newId(), ledgerId: newId() })),
  };
  const batched = await orderBatcher(database).submit(payload);
  orderWriteStats.batched++;
  if (batched.ok) return { ok: true, code: batched.code };
  if (batched.state === "MK001") return { ok: false, reason: "TOO_MANY_OPEN_ORDERS" };
  if (batched.state === "MK004") return { ok: false, reason: "PREORDER_CLOSED" };
  if (batched.state === "MK003") return outOfStock(batched.message);
  if (batched.state !== "MK002" && batched.state !== "40P01") {
    throw new Error(`market.place_orders: ${batched.state} ${batched.message}`);
  }
  // No free slot held enough, or two batches crossed: this order alone — first waiting on one slot
  // that has enough, and only when none has, the careful take that locks every slot. Going careful at
  // once would lock all slots on every retry and push the other buyers onto the same slow path.
  const single = (careful: boolean) => {
    orderWriteStats[careful ? "careful" : "single"]++;
    return database.pool.query<{ r: { code: string } }>("select market.place_order($1::jsonb) as r", [
      JSON.stringify({ ...payload, careful }),
    ]);
  };
  try {
    const res = await single(false).catch((err: unknown) => {
      if (sqlState(err) === "MK002" || sqlState(err) === "40P01") return single(true);
      throw err;
    });
    const code = res.rows[0]?.r.code;
    if (!code) throw new Error("market.place_order returned nothing");
    return { ok: true, code };
  } catch (err) {
    const state = sqlState(err);
    if (state === "MK001") return { ok: false, reason: "TOO_MANY_OPEN_ORDERS" };
    if (state === "MK004") return { ok: false, reason: "PREORDER_CLOSED" };
    if (state === "MK003") return outOfStock(String((err as Error).message));
    throw err;
  }
}

function outOfStock(message: string): PlaceOrderOutcome {
  const [index, available] = message.split(":").map(Number);
  return { ok: false, reason: "OUT_OF_STOCK", index: index ?? 0, available: available ?? 0 };
}

function sqlState(err: unknown): string | undefined {
  return typeof err === "object" && err !== null && "code" in err
    ? String((err as { code: unknown }).code)
    : undefined;
}

/** Gives back a buyer's place under the per-phone cap when an order is closed. */
export async function releaseBuyerSlot(t: Tx, buyerId: string): Promise<void> {
  await t.execute(
    sql`update market.buyers set open_orders = greatest(open_orders - 1, 0) where id = ${buyerId}`,
  );
}
