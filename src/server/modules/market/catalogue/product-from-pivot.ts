// S2 in one step: a business that pivoted (e.g. from clothes to cloth masks) gets its new product
// into the PLUT store. The pivot is read through the registry's index in the caller's scope; the
// product keeps the pivot's id (one store product per pivot) and the business as its producer.
import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, requireScope, tx } from "../../access";
import { type PivotBrief, readPivotBrief, selectBusinessBriefs } from "../../registry";
import type { ProductFromPivotBody, StaffProduct } from "../contract-staff";
import { requirePermission } from "../permissions";
import { producers, products } from "../schema";
import { defaultRegion, insertProduct } from "./manage-products";

const TAKEN = {
  id: "Produk toko dari peralihan produksi ini sudah ada.",
  en: "A store product from this production pivot already exists.",
};

/** The business's producer row, made from the registry's facts when the PLUT does not know it yet. */
async function producerOf(t: Tx, ctx: Ctx, pivot: PivotBrief): Promise<string> {
  const [known] = await t
    .select({ id: producers.id })
    .from(producers)
    .where(eq(producers.businessId, pivot.businessId))
    .limit(1);
  if (known) return known.id;
  const [brief] = await selectBusinessBriefs(t, [pivot.businessId]);
  const id = newId();
  await t.insert(producers).values({
    id,
    businessId: pivot.businessId,
    name: pivot.businessName,
    ownerName: brief?.ownerName ?? null,
    phone: brief?.phone ?? null,
    regionCode: pivot.regionCode,
    dailyCapacity: pivot.dailyCapacity ?? 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return id;
}

export async function createProductFromPivot({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ProductFromPivotBody;
}): Promise<StaffProduct> {
  requirePermission(ctx, "market.manage");
  const regionCode = defaultRegion(ctx, input);
  requireScope(ctx, regionCode);
  return tx(ctx, async (t) => {
    const pivot = await readPivotBrief(t, input.pivotId);
    if (!pivot) throw notFound();
    requireScope(ctx, pivot.regionCode);
    const [taken] = await t
      .select({ id: products.id })
      .from(products)
      .where(eq(products.sourcePivotId, pivot.id))
      .limit(1);
    if (taken) throw new AppError("CONFLICT", { text: TAKEN });
    const producerId = await producerOf(t, ctx, pivot);
    const { pivotId: _pivot, name, ...terms } = input;
    return insertProduct(
      t,
      ctx,
      regionCode,
      { ...terms, name: name ?? pivot.after, producerIds: [producerId] },
      pivot.id,
    );
  });
}
