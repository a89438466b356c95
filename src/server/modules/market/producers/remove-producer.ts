// Removing a producer registered by mistake (e.g. from a bulk registration): allowed only before its
// first consignment, settlement or purchase order, so no stock or money ever loses its owner.
import { eq, sql } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { consignmentTerms, producers, productProducers } from "../schema";

export async function removeProducer({ ctx, id }: { ctx: Ctx; id: string }): Promise<{ id: string }> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [row] = await t.select().from(producers).where(eq(producers.id, id)).for("update").limit(1);
    if (!row) throw notFound();
    requireScope(ctx, row.regionCode);
    const used = await t.execute(sql`
      select exists (select 1 from market.stock_ledger where producer_id = ${id})
        or exists (select 1 from market.settlements where producer_id = ${id})
        or exists (select 1 from market.purchase_orders where producer_id = ${id}) as used`);
    if ((used.rows[0] as { used: boolean } | undefined)?.used) throw marketError("PRODUCER_IN_USE");
    await t.delete(productProducers).where(eq(productProducers.producerId, id));
    await t.delete(consignmentTerms).where(eq(consignmentTerms.producerId, id));
    await t.delete(producers).where(eq(producers.id, id));
    await recordAudit(t, ctx, {
      action: "market.remove-producer",
      entityType: "producer",
      entityId: id,
      entityRegion: row.regionCode,
      before: { name: row.name, businessId: row.businessId },
    });
    return { id };
  });
}
