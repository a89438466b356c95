// The writes of a new order in one round trip: market.place_order (drizzle/0007_market_place_order.sql)
// claims the buyer's place under the per-phone cap, takes ready stock from the product's slots,
// and inserts the order, its lines and ledger sales, all in one implicit transaction. The rush of
// buyers runs this for every order, so it is one statement instead of seven.
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database, Tx } from "../../platform/db/pool";
import { newId } from "../../platform/ids";
import { generateOrderCode } from "./domain";
import type { BuyerType, FulfilmentMethod, OrderMode, OrderStatus } from "./domain/market-enums";
import { STOCK_SLOTS } from "./domain/market-enums";

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

export type PlaceOrderOutcome =
  | { ok: true; code: string }
  | { ok: false; reason: "TOO_MANY_OPEN_ORDERS" | "PREORDER_CLOSED" }
  | { ok: false; reason: "OUT_OF_STOCK"; index: number; available: number };

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
  const res = await database.pool.query<{ r: PlaceOrderOutcome }>(
    "select market.place_order($1::jsonb) as r",
    [JSON.stringify(payload)],
  );
  const outcome = res.rows[0]?.r;
  if (!outcome) throw new Error("market.place_order returned nothing");
  return outcome;
}

/** Gives back a buyer's place under the per-phone cap when an order is closed. */
export async function releaseBuyerSlot(t: Tx, buyerId: string): Promise<void> {
  await t.execute(
    sql`update market.buyers set open_orders = greatest(open_orders - 1, 0) where id = ${buyerId}`,
  );
}
