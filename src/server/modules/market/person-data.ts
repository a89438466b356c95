// What the store holds about one person (UU PDP Pasal 32): orders placed with their phone number
// (buyers are known by WhatsApp number only) and the producer record of their businesses.
// Runs in the caller's transaction (row-level security applies).
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";

export type MarketPersonData = {
  orders: {
    code: string;
    placedAt: string;
    buyerName: string;
    buyerPhone: string;
    institution: string | null;
    deliveryAddress: string | null;
    status: string;
    paymentStatus: string;
    total: number;
    items: { product: string; quantity: number; allocated: number | null; unitPrice: number }[];
  }[];
  producers: { name: string; ownerName: string | null; phone: string | null; dailyCapacity: number }[];
};

type Subject = { phone: string | null; businessIds: readonly string[] };

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The store's part of a person's data (empty lists when nothing is held). */
export async function personDataOf(t: Tx, who: Subject): Promise<MarketPersonData> {
  const orders = who.phone
    ? await t.execute<Record<string, unknown>>(sql`
        select o.id, o.code, o.created_at, o.buyer_name, o.buyer_phone, o.institution,
          o.delivery_address, o.status, o.payment_status, o.total
        from market.orders o where o.buyer_phone = ${who.phone} order by o.created_at, o.id`)
    : { rows: [] };
  const orderIds = sql.param(orders.rows.map((o) => String(o.id)));
  const items = await t.execute<Record<string, unknown>>(sql`
    select i.order_id, p.name, i.quantity, i.allocated, i.unit_price
    from market.order_items i join market.products p on p.id = i.product_id
    where i.order_id = any(${orderIds}::uuid[]) order by p.name`);
  const producers = await t.execute<Record<string, unknown>>(sql`
    select name, owner_name, phone, daily_capacity from market.producers
    where business_id = any(${sql.param([...who.businessIds])}::uuid[]) order by name`);
  return {
    orders: orders.rows.map((o) => ({
      code: String(o.code),
      placedAt: new Date(o.created_at as Date).toISOString(),
      buyerName: String(o.buyer_name),
      buyerPhone: String(o.buyer_phone),
      institution: text(o.institution),
      deliveryAddress: text(o.delivery_address),
      status: String(o.status),
      paymentStatus: String(o.payment_status),
      total: Number(o.total),
      items: items.rows
        .filter((i) => i.order_id === o.id)
        .map((i) => ({
          product: String(i.name),
          quantity: Number(i.quantity),
          allocated: i.allocated === null ? null : Number(i.allocated),
          unitPrice: Number(i.unit_price),
        })),
    })),
    producers: producers.rows.map((p) => ({
      name: String(p.name),
      ownerName: text(p.owner_name),
      phone: text(p.phone),
      dailyCapacity: Number(p.daily_capacity),
    })),
  };
}
