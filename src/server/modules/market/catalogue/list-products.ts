import { sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import type { PublicProduct } from "../contract";
import { storeCtx } from "../orders/store-ctx";

type Row = {
  id: string;
  name: string;
  price: number;
  unit: string;
  stock: number;
  producers: number;
  first_producer: string | null;
};

function producerLabel(row: Row, lang: "id" | "en"): string {
  if (!row.first_producer) return lang === "id" ? "PLUT" : "PLUT";
  if (row.producers <= 1) return row.first_producer;
  const others = row.producers - 1;
  return lang === "id"
    ? `${row.first_producer} dan ${others} produsen lain`
    : `${row.first_producer} and ${others} other producers`;
}

/** Active products of every PLUT with their ready stock, optionally filtered by a search text. */
export async function listProducts({
  ctx,
  q,
}: {
  ctx: Ctx;
  q?: string | undefined;
}): Promise<PublicProduct[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const res = await tx(storeCtx(ctx), (t) =>
    t.execute(sql`
      select p.id, p.name, p.price, p.unit, coalesce(s.qty, 0)::int as stock, coalesce(pp.n, 0)::int as producers, pp.first_producer
      from market.products p
      left join lateral (select sum(qty) as qty from market.stock_slots where product_id = p.id) s on true
      left join lateral (
        select count(*) as n, min(pr.name) as first_producer
        from market.product_producers x join market.producers pr on pr.id = x.producer_id
        where x.product_id = p.id) pp on true
      where p.is_active and (${pattern}::text is null or p.name ilike ${pattern} or p.category ilike ${pattern} or p.description ilike ${pattern})
      order by p.name
      limit 500`),
  );
  return (res.rows as Row[]).map((r) => ({
    id: r.id,
    name: r.name,
    price: Number(r.price),
    unit: r.unit,
    stockAvailable: r.stock,
    producer: producerLabel(r, ctx.lang),
  }));
}
