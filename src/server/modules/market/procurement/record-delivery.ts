// S5 deliveries: each time a producer hands units over against its purchase order the PLUT records
// one delivery with its hand-over record (BAST, berita acara serah terima). The PO's delivered
// total is the sum of its deliveries, so a signed BAST is never taken back by lowering the total.
import { eq, inArray, sql } from "drizzle-orm";
import { notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, requireScope, tx } from "../../access";
import { plutToday } from "../domain/supply-day";
import { marketError } from "../errors";
import { requirePermission } from "../permissions";
import { products } from "../schema";
import { procurementDeliveries, procurements, purchaseOrders } from "../schema-money";
import { orderItems, orders } from "../schema-orders";

type PoStatus = "issued" | "partly_delivered" | "delivered";

const statusOf = (delivered: number, quantity: number): PoStatus =>
  delivered >= quantity ? "delivered" : delivered > 0 ? "partly_delivered" : "issued";

/** Records a delivery so that the PO's delivered total becomes `quantity` (capped at the PO). */
export async function recordDelivery({
  ctx,
  id,
  quantity,
  receivedBy,
}: {
  ctx: Ctx;
  id: string;
  quantity: number;
  receivedBy?: string | undefined;
}) {
  requirePermission(ctx, "market.manage");
  return tx(ctx, async (t) => {
    const [po] = await t
      .select()
      .from(purchaseOrders)
      .where(eq(purchaseOrders.id, id))
      .for("update")
      .limit(1);
    if (!po) throw notFound();
    requireScope(ctx, po.regionCode);
    const delivered = Math.min(quantity, po.quantity);
    if (delivered < po.delivered)
      throw marketError("DELIVERY_BELOW_RECORDED", {
        text: {
          id: `Sudah ${po.delivered} unit diserahkan dengan berita acara; jumlah tidak bisa dikurangi.`,
          en: `${po.delivered} units are already handed over with signed records; the total cannot go down.`,
        },
      });
    const status = statusOf(delivered, po.quantity);
    const step = delivered - po.delivered;
    let bast: string | null = null;
    let deliveryId: string | null = null;
    if (step > 0) {
      deliveryId = newId();
      const [n] = await t
        .select({ n: sql<number>`count(*)::int` })
        .from(procurementDeliveries)
        .where(eq(procurementDeliveries.purchaseOrderId, po.id));
      bast = `BAST-${po.number.replace(/^PO-/, "")}-${(Number(n?.n ?? 0) + 1).toString().padStart(2, "0")}`;
      await t.insert(procurementDeliveries).values({
        id: deliveryId,
        regionCode: po.regionCode,
        purchaseOrderId: po.id,
        number: bast,
        quantity: step,
        deliveredOn: plutToday(po.regionCode, ctx.now),
        receivedBy: receivedBy ?? actorName(ctx.actor),
        recordedBy: actorName(ctx.actor),
        createdAt: ctx.now,
      });
    }
    await t
      .update(purchaseOrders)
      .set({ delivered, status, updatedAt: ctx.now })
      .where(eq(purchaseOrders.id, id));
    await recordAudit(t, ctx, {
      action: "market.record-delivery",
      entityType: "purchase_order",
      entityId: id,
      entityRegion: po.regionCode,
      before: { delivered: po.delivered },
      after: { delivered, status, bast },
    });
    return { id, delivered, status, bast, deliveryId };
  });
}

/** What an in-kind aid programme may hand out from a procurement: its delivered units. */
export type ProcurementStock = {
  procurementId: string;
  orderCode: string;
  institution: string;
  productName: string;
  ordered: number;
  delivered: number;
};

/**
 * Procurements with their delivered units, for in-kind aid (read across scopes: the PLUT's rows lie
 * in the province, an aid office in a regency; only counts and names leave).
 */
export async function procurementStock(ctx: Ctx, ids?: readonly string[]): Promise<ProcurementStock[]> {
  const sys: Ctx = { ...ctx, actor: { kind: "system", name: "procurement-stock", scope: "*" } };
  return tx(sys, async (t) => {
    const rows = await t
      .select({
        id: procurements.id,
        code: orders.code,
        institution: sql<string>`coalesce(${orders.institution}, ${orders.buyerName})`,
        productName: products.name,
        ordered: procurements.quantity,
        delivered: sql<number>`(select coalesce(sum(po.delivered), 0)::int from market.purchase_orders po where po.procurement_id = ${procurements.id})`,
      })
      .from(procurements)
      .innerJoin(orders, eq(orders.id, procurements.orderId))
      .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
      .innerJoin(products, eq(products.id, orderItems.productId))
      .where(ids ? inArray(procurements.id, [...ids, "00000000-0000-0000-0000-000000000000"]) : undefined)
      .orderBy(procurements.createdAt);
    return rows.map((r) => ({
      procurementId: r.id,
      orderCode: r.code,
      institution: r.institution,
      productName: r.productName,
      ordered: r.ordered,
      delivered: Number(r.delivered),
    }));
  });
}
