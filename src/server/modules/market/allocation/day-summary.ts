import { and, desc, eq, sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import type { DaySummary } from "../contract-orders";
import { cutoffInstant } from "../domain/supply-day";
import { requirePermission } from "../permissions";
import { allocationRuns } from "../schema-orders";
import { loadDaySupply } from "./allocation-inputs";
import { productForDay } from "./run-allocation";

/** A pre-order day of a product at a glance: supply, demand, buyers, cut-off and the latest run. */
export async function getDaySummary({
  ctx,
  productId,
  supplyDate,
}: {
  ctx: Ctx;
  productId: string;
  supplyDate: string;
}): Promise<DaySummary> {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    const product = await productForDay(ctx, t, productId);
    const supply = await loadDaySupply(t, product.id, supplyDate);
    const demand = await t.execute(sql`
      select coalesce(sum(i.quantity), 0)::int as demand, count(*)::int as orders, count(distinct o.buyer_id)::int as buyers
      from market.orders o join market.order_items i on i.order_id = o.id
      where o.supply_date = ${supplyDate}::date and o.mode = 'preorder' and i.product_id = ${product.id} and o.status <> 'cancelled'`);
    const d = (demand.rows[0] ?? { demand: 0, orders: 0, buyers: 0 }) as {
      demand: number;
      orders: number;
      buyers: number;
    };
    const [run] = await t
      .select()
      .from(allocationRuns)
      .where(and(eq(allocationRuns.productId, product.id), eq(allocationRuns.supplyDate, supplyDate)))
      .orderBy(desc(allocationRuns.isConfirmed), desc(allocationRuns.createdAt))
      .limit(1);
    return {
      productId: product.id,
      supplyDate,
      cutoffAt: cutoffInstant({
        regionCode: product.regionCode,
        supplyDate,
        cutoffTime: product.cutoffTime,
      }).toISOString(),
      supply: supply.supply,
      preorderSupply: supply.preorderNet,
      fromShelf: supply.fromShelf,
      demand: d.demand,
      orders: d.orders,
      buyers: d.buyers,
      run: run
        ? {
            runId: run.id,
            seed: run.seed,
            policy: (run.policy as { kind: string }).kind,
            allocated: run.allocatedUnits,
            confirmed: run.isConfirmed,
            createdAt: run.createdAt.toISOString(),
          }
        : null,
    };
  });
}
