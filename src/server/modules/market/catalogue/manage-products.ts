import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import { ensureSlots } from "../consignment/take-stock";
import type { ProductBody, ProductPatch, StaffProduct } from "../contract-staff";
import { requirePermission } from "../permissions";
import { producers, productProducers, products, stockSlots } from "../schema";
import { forgetProduct } from "./product-cache";

export function defaultRegion(ctx: Ctx, input: { regionCode?: string | undefined }): string {
  if (input.regionCode) return input.regionCode;
  if (ctx.actor.scope !== "*") return ctx.actor.scope.slice(0, 2);
  throw new AppError("VALIDATION", {
    issues: [{ path: "regionCode", message: "Wilayah PLUT wajib diisi." }],
  });
}

async function setProducers(
  t: Tx,
  productId: string,
  regionCode: string,
  producerIds: readonly string[],
): Promise<void> {
  await t.delete(productProducers).where(eq(productProducers.productId, productId));
  if (producerIds.length === 0) return;
  const found = await t
    .select({ id: producers.id })
    .from(producers)
    .where(inArray(producers.id, [...producerIds]));
  if (found.length !== new Set(producerIds).size) {
    throw new AppError("VALIDATION", {
      issues: [{ path: "producerIds", message: "Produsen tidak ditemukan." }],
    });
  }
  await t
    .insert(productProducers)
    .values([...new Set(producerIds)].map((producerId) => ({ productId, producerId, regionCode })));
}

/** Staff view of products in scope: terms of sale, producers and ready stock. */
export async function loadStaffProducts(t: Tx, ids?: readonly string[]): Promise<StaffProduct[]> {
  const rows = await (ids
    ? t
        .select()
        .from(products)
        .where(inArray(products.id, [...ids]))
    : t.select().from(products)
  ).then((r) => r.sort((a, b) => a.name.localeCompare(b.name)));
  if (rows.length === 0) return [];
  const productIds = rows.map((r) => r.id);
  const links = await t
    .select({
      productId: productProducers.productId,
      id: producers.id,
      name: producers.name,
      regionCode: producers.regionCode,
    })
    .from(productProducers)
    .innerJoin(producers, eq(producers.id, productProducers.producerId))
    .where(inArray(productProducers.productId, productIds));
  const stock = await t
    .select({ productId: stockSlots.productId, qty: sql<number>`sum(${stockSlots.qty})::int` })
    .from(stockSlots)
    .where(inArray(stockSlots.productId, productIds))
    .groupBy(stockSlots.productId);
  return rows.map((r) => ({
    id: r.id,
    regionCode: r.regionCode,
    name: r.name,
    unit: r.unit,
    unitLabel: r.unitLabel,
    category: r.category,
    price: r.price,
    minOrder: r.minOrder,
    maxPerOrder: r.maxPerOrder,
    perBuyerCap: r.perBuyerCap,
    description: r.description,
    photoFileIds: r.photoFileIds,
    codePrefix: r.codePrefix,
    cutoffTime: r.cutoffTime,
    unmetAction: r.unmetAction,
    isActive: r.isActive,
    sourcePivotId: r.sourcePivotId,
    stockAvailable: stock.find((s) => s.productId === r.id)?.qty ?? 0,
    producers: links
      .filter((l) => l.productId === r.id)
      .map(({ id, name, regionCode }) => ({ id, name, regionCode })),
  }));
}

export async function listStaffProducts({ ctx }: { ctx: Ctx }): Promise<StaffProduct[]> {
  requirePermission(ctx, "market.read");
  return tx(ctx, (t) => loadStaffProducts(t));
}

export async function createProduct({ ctx, input }: { ctx: Ctx; input: ProductBody }): Promise<StaffProduct> {
  requirePermission(ctx, "market.manage");
  const regionCode = defaultRegion(ctx, input);
  requireScope(ctx, regionCode);
  return tx(ctx, (t) => insertProduct(t, ctx, regionCode, input));
}

/** Inserts a product with its producers and stock slots, audited (in the caller's transaction). */
export async function insertProduct(
  t: Tx,
  ctx: Ctx,
  regionCode: string,
  input: ProductBody,
  sourcePivotId: string | null = null,
): Promise<StaffProduct> {
  const id = newId();
  await t.insert(products).values({
    id,
    regionCode,
    name: input.name,
    unit: input.unit,
    unitLabel: input.unitLabel ?? input.unit,
    category: input.category,
    price: input.price,
    minOrder: input.minOrder ?? 1,
    maxPerOrder: input.maxPerOrder ?? null,
    perBuyerCap: input.perBuyerCap ?? null,
    description: input.description ?? "",
    codePrefix: input.codePrefix ?? "TK",
    cutoffTime: input.cutoffTime ?? "17:00",
    unmetAction: input.unmetAction ?? "waitlist",
    sourcePivotId,
  });
  await setProducers(t, id, regionCode, input.producerIds ?? []);
  await ensureSlots(t, id, regionCode);
  const [product] = await loadStaffProducts(t, [id]);
  if (!product) throw notFound();
  await recordAudit(t, ctx, {
    action: "market.create-product",
    entityType: "product",
    entityId: id,
    entityRegion: regionCode,
    after: product,
  });
  return product;
}

export async function updateProduct({
  ctx,
  id,
  input,
}: {
  ctx: Ctx;
  id: string;
  input: ProductPatch;
}): Promise<StaffProduct> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [before] = await loadStaffProducts(t, [id]);
    if (!before) throw notFound();
    requireScope(ctx, before.regionCode);
    const { producerIds, regionCode: _ignored, ...fields } = input;
    const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (Object.keys(set).length > 0)
      await t
        .update(products)
        .set({ ...set, updatedAt: ctx.now })
        .where(eq(products.id, id));
    if (producerIds) await setProducers(t, id, before.regionCode, producerIds);
    const [after] = await loadStaffProducts(t, [id]);
    if (!after) throw notFound();
    forgetProduct(id);
    await recordAudit(t, ctx, {
      action: "market.update-product",
      entityType: "product",
      entityId: id,
      entityRegion: before.regionCode,
      before,
      after,
    });
    return after;
  });
}
