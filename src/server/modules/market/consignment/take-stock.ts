// Staff-side moves of ready stock (intake, leftover supply, returns, damage) on the product's stock
// slots. Buyers' takes run in market.place_order (one round trip per order); these lock every slot
// of the product in slot order, the same order the careful take there uses, so they never deadlock.
import { randomInt } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { STOCK_SLOTS } from "../domain/market-enums";

export type TakeStockResult = { ok: true } | { ok: false; available: number };

type SlotRow = { slot: number; qty: number };

/** Locks every slot of the product (slot order) and takes the units from as many as needed. */
export async function takeReadyStockCareful(
  t: Tx,
  productId: string,
  quantity: number,
): Promise<TakeStockResult> {
  const res = await t.execute(sql`
    select slot, qty from market.stock_slots where product_id = ${productId} order by slot for update`);
  const slots = res.rows as SlotRow[];
  const available = slots.reduce((sum, s) => sum + s.qty, 0);
  if (available < quantity) return { ok: false, available };
  let left = quantity;
  const takes: Array<{ slot: number; take: number }> = [];
  for (const s of [...slots].sort((a, b) => b.qty - a.qty)) {
    if (left === 0) break;
    const take = Math.min(s.qty, left);
    if (take > 0) takes.push({ slot: s.slot, take });
    left -= take;
  }
  const values = sql.join(
    takes.map((x) => sql`(${x.slot}::smallint, ${x.take}::int)`),
    sql`, `,
  );
  await t.execute(sql`
    update market.stock_slots s set qty = s.qty - v.take
    from (values ${values}) as v(slot, take)
    where s.product_id = ${productId} and s.slot = v.slot`);
  return { ok: true };
}

/** Puts units back on the shelf (a cancelled ready order, an intake, a leftover pre-order supply). */
export async function addReadyStock(
  t: Tx,
  options: { productId: string; regionCode: string; quantity: number },
): Promise<void> {
  const { productId, regionCode, quantity } = options;
  await ensureSlots(t, productId, regionCode);
  // Spread the units evenly so every slot can serve buyers.
  const base = Math.floor(quantity / STOCK_SLOTS);
  const extra = quantity % STOCK_SLOTS;
  const offset = randomInt(STOCK_SLOTS);
  // Lock in slot order, as the several-slot take does, so the two never deadlock.
  await t.execute(
    sql`select slot from market.stock_slots where product_id = ${productId} order by slot for update`,
  );
  await t.execute(sql`
    update market.stock_slots
    set qty = qty + ${base} + case when (slot + ${STOCK_SLOTS} - ${offset}) % ${STOCK_SLOTS} < ${extra} then 1 else 0 end
    where product_id = ${productId}`);
}

/** Removes units from the shelf for a return to the producer or damaged goods; false when short. */
export async function removeReadyStock(t: Tx, productId: string, quantity: number): Promise<TakeStockResult> {
  return takeReadyStockCareful(t, productId, quantity);
}

export async function ensureSlots(t: Tx, productId: string, regionCode: string): Promise<void> {
  await t.execute(sql`
    insert into market.stock_slots (product_id, slot, qty, region_code)
    select ${productId}, g, 0, ${regionCode} from generate_series(0, ${STOCK_SLOTS - 1}) g
    on conflict do nothing`);
}
