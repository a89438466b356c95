// Store sales per business for reports (the "naik kelas" report): units given to buyers (the sold
// figure's definition) of the products the business supplies to the PLUT, and their value. A
// product with several producers counts for each of them.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";

export type StoreSales = { units: number; amount: number };

export async function readStoreSalesByBusiness(
  t: Tx,
  businessIds: readonly string[],
): Promise<Map<string, StoreSales>> {
  const out = new Map<string, StoreSales>();
  if (businessIds.length === 0) return out;
  const rows = await t.execute<{ business_id: string; units: string; amount: string }>(sql`
    select pr.business_id, coalesce(sum(coalesce(i.allocated, 0)), 0)::bigint as units,
      coalesce(sum(coalesce(i.allocated, 0) * i.unit_price), 0)::bigint as amount
    from market.producers pr
    join market.product_producers pp on pp.producer_id = pr.id
    join market.order_items i on i.product_id = pp.product_id
    join market.orders o on o.id = i.order_id and o.status in ('reserved', 'allocated', 'fulfilled')
    where pr.business_id = any(${sql.param([...businessIds])}::uuid[])
    group by pr.business_id`);
  for (const r of rows.rows) out.set(r.business_id, { units: Number(r.units), amount: Number(r.amount) });
  return out;
}
