// Units a confirmed pre-order day gets back (an allocated order cancelled, refunded before hand-over,
// or left unpaid past its deadline) go to the day's orders still short of what they ordered — the
// wait-listed ones and the unpaid ones the supply served only in part — in the published allocation
// order, each with its explanation and its own payment deadline; what nobody waits for goes on the
// shelf. Every path takes the day's lock before any order row, and the database re-checks at commit
// that the day never gives out more than it holds (migration 0023).
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx } from "../../access";
import { addReadyStock } from "../consignment/take-stock";
import { type FreedReason, offerFreedUnits, paymentDeadline } from "../domain";
import { plutToday } from "../domain/supply-day";
import type { orders } from "../schema-orders";
import { dayLockKey } from "./allocation-inputs";

type OrderRow = typeof orders.$inferSelect;

/** Takes the locks of every pre-order day the order belongs to (before its row lock). */
export async function lockOrderDays(t: Tx, orderId: string): Promise<void> {
  const res = await t.execute(sql`
    select distinct i.product_id::text as product_id, o.supply_date::text as supply_date
    from market.orders o join market.order_items i on i.order_id = o.id
    where o.id = ${orderId} and o.mode = 'preorder' and o.supply_date is not null
    order by 1, 2`);
  for (const r of res.rows as Array<{ product_id: string; supply_date: string }>) {
    await t.execute(sql`select pg_advisory_xact_lock(${dayLockKey(r.product_id, r.supply_date)})`);
  }
}

/** Hours a buyer has to pay an allocation or offer, per PLUT (24 when the PLUT set none). */
export async function paymentHours(t: Tx, regionCode: string): Promise<number> {
  const res = await t.execute(
    sql`select payment_hours from market.plut_settings where region_code = ${regionCode} limit 1`,
  );
  return Number((res.rows[0] as { payment_hours?: number } | undefined)?.payment_hours ?? 24);
}

type Waiting = { order_id: string; item_id: string; wanted: number; held: number };

/**
 * Orders of the day still short, oldest first: wait-listed ones, and allocated ones the supply served
 * only in part (reason "sold_out" or "equal_share") that are unpaid and not past their deadline. An
 * order held back by the policy (per-buyer cap, institution quota) already has what it may have; a
 * paid or proof-sent one keeps its amount (its money is settled or being checked).
 */
async function shortOrders(
  t: Tx,
  day: { supplyDate: string; productId: string; except: string; now: Date },
): Promise<Waiting[]> {
  const res = await t.execute(sql`
    select o.id as order_id, i.id as item_id, (i.quantity - coalesce(i.allocated, 0))::int as wanted,
      coalesce(i.allocated, 0)::int as held
    from market.orders o join market.order_items i on i.order_id = o.id
    where o.supply_date = ${day.supplyDate}::date and o.mode = 'preorder' and i.product_id = ${day.productId}
      and o.id <> ${day.except}
      and (o.status = 'waitlisted'
        or (o.status = 'allocated' and o.payment_status = 'unpaid' and coalesce(i.allocated, 0) < i.quantity
          and (o.pay_by is null or o.pay_by > ${day.now})
          and coalesce(i.allocation->>'reason', 'sold_out') in ('sold_out', 'equal_share')))
    order by o.created_at, o.id
    for update of o`);
  return (res.rows as Waiting[]).map((w) => ({ ...w, wanted: Number(w.wanted), held: Number(w.held) }));
}

async function shelve(
  ctx: Ctx,
  t: Tx,
  line: { productId: string; supplyDate: string; units: number },
  order: OrderRow,
) {
  await addReadyStock(t, { productId: line.productId, regionCode: order.regionCode, quantity: line.units });
  await t.execute(sql`insert into market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, note, actor, at)
    values (${newId()}, ${order.regionCode}, ${line.productId}, ${plutToday(order.regionCode, ctx.now)}::date, 'ready', 'release',
      ${line.units}, ${order.id}, 'pesanan dibatalkan', ${actorName(ctx.actor)}, ${ctx.now})`);
  await t.execute(sql`update market.allocation_runs set held_units = greatest(coalesce(held_units, 0) - ${line.units}, 0)
    where product_id = ${line.productId} and supply_date = ${line.supplyDate}::date and is_confirmed`);
}

/**
 * Passes the units of a pre-order line the buyer gives up to the wait-list (caller holds the day's
 * lock); returns how many orders received an offer.
 */
export async function passOnUnits(
  ctx: Ctx,
  t: Tx,
  order: OrderRow,
  line: { productId: string; units: number },
  freed: FreedReason,
): Promise<number> {
  const supplyDate = order.supplyDate;
  if (!supplyDate || line.units <= 0) return 0;
  const waiting = await shortOrders(t, {
    supplyDate,
    productId: line.productId,
    except: order.id,
    now: ctx.now,
  });
  const { offers, left } = offerFreedUnits(
    line.units,
    waiting.map((w) => ({ orderId: w.order_id, quantity: w.wanted, held: w.held })),
    freed,
  );
  if (offers.length > 0) {
    const payBy = paymentDeadline(ctx.now, await paymentHours(t, order.regionCode));
    const rows = JSON.stringify(
      offers.map((o) => {
        const w = waiting.find((x) => x.order_id === o.orderId);
        return {
          ...o,
          item_id: w?.item_id,
          allocated: (w?.held ?? 0) + o.units,
          offer: {
            units: o.units,
            position: o.position,
            waiting: o.waiting,
            freed: o.freed,
            held: o.held ?? 0,
          },
        };
      }),
    );
    await t.execute(sql`
      update market.order_items i set allocated = v.allocated,
        allocation = coalesce(i.allocation, '{}'::jsonb) || jsonb_build_object('offer', v.offer)
      from jsonb_to_recordset(${rows}::jsonb) as v(item_id uuid, allocated int, offer jsonb)
      where i.id = v.item_id`);
    await t.execute(sql`
      update market.orders o set status = 'allocated', message = 'waitlist_offer', pay_by = ${payBy},
        subtotal = v.allocated * i.unit_price, total = v.allocated * i.unit_price + o.delivery_fee, updated_at = ${ctx.now}
      from jsonb_to_recordset(${rows}::jsonb) as v("orderId" uuid, item_id uuid, allocated int), market.order_items i
      where o.id = v."orderId" and i.id = v.item_id`);
    const given = offers.reduce((s, o) => s + o.units, 0);
    await t.execute(sql`
      insert into market.stock_ledger (id, region_code, product_id, entry_date, pool, kind, delta, order_id, note, actor, at)
      select gen_random_uuid(), ${order.regionCode}, ${line.productId}, ${supplyDate}::date, 'preorder', v.kind, v.delta, v.order_id,
        'daftar tunggu', ${actorName(ctx.actor)}, ${ctx.now}
      from (select 'release' as kind, ${given}::int as delta, ${order.id}::uuid as order_id
        union all select 'sale', -v.units, v."orderId"
        from jsonb_to_recordset(${rows}::jsonb) as v("orderId" uuid, units int)) v`);
  }
  if (left > 0) await shelve(ctx, t, { productId: line.productId, supplyDate, units: left }, order);
  return offers.length;
}
