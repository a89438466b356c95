// A producer's own view (pelaku usaha): what they consigned at the PLUT, what was sold, what is left.
import { eq } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { buildStockReport } from "../consignment/stock-report";
import type { MyStock } from "../contract-staff";
import { requirePermission } from "../permissions";
import { producers, productProducers, products } from "../schema";

export async function getMyStock({ ctx }: { ctx: Ctx }): Promise<MyStock> {
  requirePermission(ctx, "business.own");
  const businessId = ctx.actor.kind === "user" ? ctx.actor.businessId : null;
  if (!businessId) return { producerName: null, products: [] };
  // The PLUT's rows lie in the province, the owner's scope in a regency: read across, only their own.
  return tx({ ...ctx, actor: { kind: "system", name: "own-business", scope: "*" } }, async (t) => {
    const [producer] = await t.select().from(producers).where(eq(producers.businessId, businessId)).limit(1);
    if (!producer) return { producerName: null, products: [] };
    const links = await t
      .select({ id: products.id, name: products.name })
      .from(productProducers)
      .innerJoin(products, eq(products.id, productProducers.productId))
      .where(eq(productProducers.producerId, producer.id));
    const rows = [];
    for (const p of links) {
      const mine = (await buildStockReport(t, p.id, producer.id)).producers[0];
      if (mine)
        rows.push({
          productId: p.id,
          productName: p.name,
          intake: mine.intake,
          returned: mine.returned,
          damaged: mine.damaged,
          sold: mine.sold,
          onHand: mine.onHand,
        });
    }
    return { producerName: producer.name, products: rows };
  });
}
