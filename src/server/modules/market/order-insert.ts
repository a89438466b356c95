// The writes of a new order, as few round trips as possible: they run for every buyer of a rush.
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import { newId } from "../../platform/ids";
import { generateOrderCode } from "./domain";
import type { BuyerType, FulfilmentMethod, OrderMode, OrderStatus } from "./domain/market-enums";

export type BuyerUpsert = { phone: string; name: string; type: BuyerType; institution: string | null };

/**
 * Finds or creates the buyer of a phone number and counts the new order as open, unless the phone
 * already holds `cap` open orders (null cap: no limit). Returns null when over the cap.
 */
export async function claimBuyerSlot(t: Tx, buyer: BuyerUpsert, cap: number | null): Promise<string | null> {
  const res = await t.execute(sql`
    insert into market.buyers (id, phone, name, type, institution, open_orders)
    values (${newId()}, ${buyer.phone}, ${buyer.name}, ${buyer.type}, ${buyer.institution}, 1)
    on conflict (phone) do update set
      open_orders = market.buyers.open_orders + 1, name = excluded.name, type = excluded.type,
      institution = coalesce(excluded.institution, market.buyers.institution), updated_at = now()
    where ${cap === null} or market.buyers.open_orders < ${cap ?? 0}
    returning id`);
  const row = res.rows[0] as { id: string } | undefined;
  return row?.id ?? null;
}

/** Gives back a buyer's place under the per-phone cap when an order is closed. */
export async function releaseBuyerSlot(t: Tx, buyerId: string): Promise<void> {
  await t.execute(
    sql`update market.buyers set open_orders = greatest(open_orders - 1, 0) where id = ${buyerId}`,
  );
}

export type NewOrderLine = {
  productId: string;
  quantity: number;
  allocated: number | null;
  unitPrice: number;
};

export type NewOrder = {
  regionCode: string;
  codePrefix: string;
  mode: OrderMode;
  supplyDate: string | null;
  status: OrderStatus;
  buyerId: string;
  buyer: BuyerUpsert;
  userId: string | null;
  originRegionCode: string | null;
  fulfilment: FulfilmentMethod;
  deliveryAddress: string | null;
  channel: string | null;
  lines: NewOrderLine[];
  /** Ready orders write their sales to the stock ledger in the same statement. */
  ledgerDate: string | null;
  actor: string;
};

/** Inserts the order, its lines and (ready stock) its ledger sales in one statement; returns the code. */
export async function insertOrder(t: Tx, order: NewOrder): Promise<{ id: string; code: string }> {
  const total = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  for (let attempt = 0; attempt < 5; attempt++) {
    const id = newId();
    const code = generateOrderCode({ random: randomInt, prefix: order.codePrefix });
    const items = sql.join(
      order.lines.map(
        (l) =>
          sql`(${newId()}::uuid, ${l.productId}::uuid, ${l.quantity}::int, ${l.allocated}::int, ${l.unitPrice}::bigint)`,
      ),
      sql`, `,
    );
    const sales = sql.join(
      order.lines.map((l) => sql`(${newId()}::uuid, ${l.productId}::uuid, ${-l.quantity}::int)`),
      sql`, `,
    );
    const ledger =
      order.ledgerDate === null
        ? sql``
        : sql`, l as (
            insert into market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, actor)
            select v.id, ${order.regionCode}, v.product_id, ${order.ledgerDate}::date, 'ready', 'sale', v.delta, o.id, ${order.actor}
            from o, (values ${sales}) as v(id, product_id, delta))`;
    const res = await t.execute(sql`
      with o as (
        insert into market.orders (id, region_code, code, mode, supply_date, buyer_id, buyer_name, buyer_phone, buyer_type,
          institution, user_id, origin_region_code, fulfilment, delivery_address, status, subtotal, total, channel)
        values (${id}, ${order.regionCode}, ${code}, ${order.mode}, ${order.supplyDate}::date, ${order.buyerId}, ${order.buyer.name},
          ${order.buyer.phone}, ${order.buyer.type}, ${order.buyer.institution}, ${order.userId}, ${order.originRegionCode},
          ${order.fulfilment}, ${order.deliveryAddress}, ${order.status}, ${total}, ${total}, ${order.channel})
        on conflict (code) do nothing
        returning id),
      i as (
        insert into market.order_items (id, order_id, region_code, product_id, quantity, allocated, unit_price)
        select v.id, o.id, ${order.regionCode}, v.product_id, v.quantity, v.allocated, v.unit_price
        from o, (values ${items}) as v(id, product_id, quantity, allocated, unit_price))
      ${ledger}
      select id from o`);
    if (res.rows.length === 1) return { id, code };
  }
  throw new Error("no free order code after 5 attempts");
}
