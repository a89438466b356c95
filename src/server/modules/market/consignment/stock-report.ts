import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { type Ctx, tx } from "../../access";
import { productForDay } from "../allocation/run-allocation";
import type { StockReport } from "../contract-stock";
import { attributeSales } from "../domain/attribute-sales";
import { requirePermission } from "../permissions";

type Row = { producer_id: string | null; name: string | null; kind: string; units: number };

/** Per producer of a product: consigned, returned, damaged, adjusted, sold (attributed) and on hand. */
export async function buildStockReport(t: Tx, productId: string, producerId?: string): Promise<StockReport> {
  const res = await t.execute(sql`
    select l.producer_id, pr.name, l.kind, sum(l.delta)::int as units
    from market.stock_ledger l left join market.producers pr on pr.id = l.producer_id
    where l.product_id = ${productId} and not (l.kind = 'adjustment' and l.producer_id is null)
    group by l.producer_id, pr.name, l.kind`);
  const rows = res.rows as Row[];
  const shelf = await t.execute(
    sql`select coalesce(sum(qty), 0)::int as n from market.stock_slots where product_id = ${productId}`,
  );
  const sold = -rows
    .filter((r) => r.producer_id === null && (r.kind === "sale" || r.kind === "release"))
    .reduce((s, r) => s + r.units, 0);
  const byProducer = new Map<
    string,
    { name: string; intake: number; returned: number; damaged: number; adjusted: number }
  >();
  for (const r of rows) {
    if (!r.producer_id) continue;
    const p = byProducer.get(r.producer_id) ?? {
      name: r.name ?? "",
      intake: 0,
      returned: 0,
      damaged: 0,
      adjusted: 0,
    };
    if (r.kind === "intake") p.intake += r.units;
    else if (r.kind === "return_to_producer") p.returned -= r.units;
    else if (r.kind === "damaged") p.damaged -= r.units;
    else if (r.kind === "adjustment") p.adjusted += r.units;
    byProducer.set(r.producer_id, p);
  }
  const list = [...byProducer].sort((a, b) => a[1].name.localeCompare(b[1].name));
  const attributed = attributeSales({
    sold,
    producers: list.map(([id, p]) => ({
      producerId: id,
      netIntake: p.intake - p.returned - p.damaged + p.adjusted,
    })),
  });
  const producers = list.map(([id, p], i) => ({
    producerId: id,
    ...p,
    sold: attributed.shares[i]?.sold ?? 0,
    onHand: attributed.shares[i]?.onHand ?? 0,
  }));
  return {
    productId,
    shelf: Number((shelf.rows[0] as { n: number } | undefined)?.n ?? 0),
    sold,
    producers: producerId ? producers.filter((p) => p.producerId === producerId) : producers,
  };
}

export async function getStockReport({
  ctx,
  productId,
}: {
  ctx: Ctx;
  productId: string;
}): Promise<StockReport> {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    const product = await productForDay(ctx, t, productId);
    return buildStockReport(t, product.id);
  });
}
