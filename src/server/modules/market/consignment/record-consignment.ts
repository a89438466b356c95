import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { ConsignmentBatchBody, ConsignmentBody, StockEntryOut } from "../contract-stock";
import type { StockPool } from "../domain/market-enums";
import { plutToday } from "../domain/supply-day";
import { requirePermission } from "../permissions";
import { producers, productProducers, products, stockLedger } from "../schema";
import { addReadyStock } from "./take-stock";

/** Goods consigned for a later day are that day's pre-order supply; anything else goes on the shelf. */
export function defaultPool(regionCode: string, date: string, now: Date): StockPool {
  return date > plutToday(regionCode, now) ? "preorder" : "ready";
}

async function productInScope(ctx: Ctx, t: Tx, productId: string) {
  const [product] = await t
    .select({ id: products.id, regionCode: products.regionCode })
    .from(products)
    .where(eq(products.id, productId))
    .limit(1);
  if (!product)
    throw new AppError("NOT_FOUND", { text: { id: "Produk tidak ditemukan.", en: "Product not found." } });
  requireScope(ctx, product.regionCode);
  return product;
}

async function linkProducers(
  t: Tx,
  product: { id: string; regionCode: string },
  producerIds: string[],
): Promise<void> {
  const found = await t
    .select({ id: producers.id })
    .from(producers)
    .where(inArray(producers.id, producerIds));
  if (found.length !== new Set(producerIds).size)
    throw notFound({ id: "Produsen tidak ditemukan.", en: "Producer not found." });
  await t
    .insert(productProducers)
    .values(
      producerIds.map((producerId) => ({
        productId: product.id,
        producerId,
        regionCode: product.regionCode,
      })),
    )
    .onConflictDoNothing();
}

type Intake = {
  productId: string;
  date: string;
  pool?: StockPool | undefined;
  note?: string | undefined;
  entries: Array<{ producerId: string; quantity: number }>;
};

async function recordIntake(ctx: Ctx, input: Intake): Promise<StockEntryOut[]> {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const product = await productInScope(ctx, t, input.productId);
    await linkProducers(
      t,
      product,
      input.entries.map((e) => e.producerId),
    );
    const pool = input.pool ?? defaultPool(product.regionCode, input.date, ctx.now);
    const rows = input.entries.map((e) => ({
      id: newId(),
      regionCode: product.regionCode,
      productId: product.id,
      producerId: e.producerId,
      entryDate: input.date,
      pool,
      kind: "intake" as const,
      delta: e.quantity,
      note: input.note ?? null,
      actor: actorName(ctx.actor),
      at: ctx.now,
    }));
    await t.insert(stockLedger).values(rows);
    const total = rows.reduce((s, r) => s + r.delta, 0);
    if (pool === "ready")
      await addReadyStock(t, { productId: product.id, regionCode: product.regionCode, quantity: total });
    await recordAudit(t, ctx, {
      action: "market.record-consignment",
      entityType: "product",
      entityId: product.id,
      entityRegion: product.regionCode,
      after: { date: input.date, pool, total, entries: input.entries },
    });
    return rows.map((r) => ({
      id: r.id,
      productId: r.productId,
      producerId: r.producerId,
      date: r.entryDate,
      pool,
      kind: r.kind,
      delta: r.delta,
    }));
  });
}

/** One producer's consignment intake of one product on a day. */
export async function recordConsignment({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ConsignmentBody;
}): Promise<StockEntryOut> {
  const [entry] = await recordIntake(ctx, {
    productId: input.productId,
    date: input.date,
    pool: input.pool,
    note: input.note,
    entries: [{ producerId: input.producerId, quantity: input.quantity }],
  });
  if (!entry) throw notFound();
  return entry;
}

/** Quick entry: many producers' intake of one product on one day (40 tailors × 50 masks). */
export async function recordConsignmentBatch({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ConsignmentBatchBody;
}): Promise<StockEntryOut[]> {
  const ids = input.entries.map((e) => e.producerId);
  if (new Set(ids).size !== ids.length) {
    throw new AppError("VALIDATION", {
      issues: [{ path: "entries", message: "Produsen tercantum dua kali." }],
    });
  }
  return recordIntake(ctx, input);
}

/** Entries of the ledger for one product (newest first), for the staff stock screen. */
export async function listLedger({ ctx, productId }: { ctx: Ctx; productId: string }) {
  requirePermission(ctx, "market.read");
  return tx(ctx, async (t) => {
    await productInScope(ctx, t, productId);
    return t
      .select()
      .from(stockLedger)
      .where(and(eq(stockLedger.productId, productId)))
      .orderBy(stockLedger.at)
      .limit(5000);
  });
}
