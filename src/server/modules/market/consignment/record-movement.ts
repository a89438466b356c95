import { eq } from "drizzle-orm";
import { AppError } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import type { MovementBody, StockEntryOut } from "../contract-stock";
import { entryDelta } from "../domain";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { products, stockLedger } from "../schema";
import { buildStockReport } from "./stock-report";
import { addReadyStock, removeReadyStock } from "./take-stock";

/**
 * Unsold goods handed back to a producer, goods damaged at the PLUT, or a stock-take correction: an
 * entry in the ledger and the same change on the shelf. Never more than the producer still has there.
 */
export async function recordMovement({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: MovementBody;
}): Promise<StockEntryOut> {
  requirePermission(ctx, "market.manage");
  const delta = entryDelta(input.kind, input.quantity);
  if (delta === 0)
    throw new AppError("VALIDATION", { issues: [{ path: "quantity", message: "Jumlah tidak boleh 0." }] });
  return tx(ctx, async (t) => {
    const [product] = await t.select().from(products).where(eq(products.id, input.productId)).limit(1);
    if (!product)
      throw new AppError("NOT_FOUND", { text: { id: "Produk tidak ditemukan.", en: "Product not found." } });
    requireScope(ctx, product.regionCode);
    const report = await buildStockReport(t, product.id, input.producerId);
    const onHand = report.producers[0]?.onHand ?? 0;
    const short = () =>
      marketError("OUT_OF_STOCK", {
        issues: [{ path: "quantity", message: `Stok produsen ini di PLUT: ${onHand}.` }],
      });
    if (delta < 0 && -delta > onHand) throw short();
    const pool = input.pool ?? "ready";
    if (pool === "ready") {
      if (delta < 0) {
        const taken = await removeReadyStock(t, product.id, -delta);
        if (!taken.ok) throw short();
      } else
        await addReadyStock(t, { productId: product.id, regionCode: product.regionCode, quantity: delta });
    }
    const row = {
      id: newId(),
      regionCode: product.regionCode,
      productId: product.id,
      producerId: input.producerId,
      entryDate: input.date,
      pool,
      kind: input.kind,
      delta,
      note: input.note ?? null,
      actor: actorName(ctx.actor),
      at: ctx.now,
    };
    await t.insert(stockLedger).values(row);
    await recordAudit(t, ctx, {
      action: `market.${input.kind.replaceAll("_", "-")}`,
      entityType: "product",
      entityId: product.id,
      entityRegion: product.regionCode,
      after: row,
    });
    return {
      id: row.id,
      productId: row.productId,
      producerId: row.producerId,
      date: row.entryDate,
      pool,
      kind: row.kind,
      delta,
    };
  });
}
