// S5: an office buys e.g. 10,000 masks for a date from local UMKM. The order is a contracted quota
// outside the public pool; it is split across the product's producers in proportion to what each can
// make by then (daily capacity × days + stock on hand), explainably, with one purchase order each.
import { eq, inArray } from "drizzle-orm";
import { parseMobilePhone } from "../../../../shared/phone";
import type { Tx } from "../../../platform/db/pool";
import { AppError, notFound } from "../../../platform/errors";
import { newId } from "../../../platform/ids";
import { actorName, type Ctx, recordAudit, tx } from "../../access";
import { buildStockReport } from "../consignment/stock-report";
import type { ProcurementBody, ProcurementOut } from "../contract-procurement";
import { explainProcurementShare, type SplitProcurementResult, splitProcurement } from "../domain";
import { plutToday } from "../domain/supply-day";
import { marketError } from "../errors";
import { writeOrder } from "../orders/order-insert";
import { requirePermission } from "../permissions";
import { producers, productProducers, products } from "../schema";
import { procurementDeliveries, procurements, purchaseOrders } from "../schema-money";
import { orderItems, orders } from "../schema-orders";

// Orders of the store are public, and an office's account sits in its own regency, not the PLUT's
// province: procurements are read and written across scopes; who may see one is checked here.
const storeCtx = (ctx: Ctx): Ctx => ({ ...ctx, actor: { kind: "system", name: "procurement", scope: "*" } });

const daysUntil = (from: string, to: string): number =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

async function splitFor(t: Tx, productId: string, quantity: number, days: number) {
  const makers = await t
    .select({ id: producers.id, name: producers.name, capacity: producers.dailyCapacity })
    .from(productProducers)
    .innerJoin(producers, eq(producers.id, productProducers.producerId))
    .where(eq(productProducers.productId, productId));
  const stock = await buildStockReport(t, productId);
  const split = splitProcurement({
    quantity,
    days,
    producers: makers.map((m) => ({
      producerId: m.id,
      dailyCapacity: m.capacity,
      stock: Math.max(stock.producers.find((p) => p.producerId === m.id)?.onHand ?? 0, 0),
    })),
  });
  return { split, names: new Map(makers.map((m) => [m.id, m.name])) };
}

/** Places an institution's bulk order for a date, splits it across producers and issues purchase orders. */
export async function createProcurement({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: ProcurementBody;
}): Promise<ProcurementOut> {
  requirePermission(ctx, "market.institution_order");
  const phone = parseMobilePhone(input.phone);
  if (!phone.ok)
    throw new AppError("VALIDATION", { issues: [{ path: "phone", message: "Nomor WhatsApp tidak valid." }] });
  const sctx = storeCtx(ctx);
  const product = await tx(
    sctx,
    async (t) => (await t.select().from(products).where(eq(products.id, input.productId)).limit(1))[0],
  );
  if (!product?.isActive)
    throw new AppError("NOT_FOUND", { text: { id: "Produk tidak ditemukan.", en: "Product not found." } });
  const today = plutToday(product.regionCode, ctx.now);
  if (input.dueDate <= today)
    throw new AppError("VALIDATION", {
      issues: [{ path: "dueDate", message: "Tanggal kirim harus setelah hari ini." }],
    });
  const { split, names } = await tx(sctx, (t) =>
    splitFor(t, product.id, input.quantity, daysUntil(today, input.dueDate)),
  );
  if (!split.ok)
    throw new AppError("VALIDATION", { issues: [{ path: "quantity", message: split.error.code }] });
  if (split.assigned === 0) throw marketError("NO_CAPACITY");
  const placed = await writeOrder(ctx.db, {
    scope: "*",
    regionCode: product.regionCode,
    codePrefix: product.codePrefix,
    mode: "preorder",
    supplyDate: input.dueDate,
    status: "allocated",
    buyer: {
      phone: phone.e164,
      name: input.contactName,
      type: "institution",
      institution: input.institution,
    },
    cap: null,
    userId: ctx.actor.kind === "user" && ctx.actor.role === "pembeli_instansi" ? ctx.actor.userId : null,
    originRegionCode: null,
    fulfilment: input.address ? "delivery" : "pickup",
    deliveryAddress: input.address ?? null,
    channel: "procurement",
    lines: [
      {
        productId: product.id,
        quantity: input.quantity,
        allocated: split.assigned,
        unitPrice: product.price,
      },
    ],
    ledgerDate: null,
    actor: actorName(ctx.actor),
  });
  if (!placed.ok)
    throw new AppError("CONFLICT", {
      text: { id: "Pesanan tidak dapat dibuat.", en: "The order could not be placed." },
    });
  return tx(sctx, async (t) => {
    const [order] = await t.select().from(orders).where(eq(orders.code, placed.code)).limit(1);
    if (!order) throw notFound();
    await t
      .update(orders)
      .set({ subtotal: split.assigned * product.price, total: split.assigned * product.price })
      .where(eq(orders.id, order.id));
    const id = newId();
    await t.insert(procurements).values({
      id,
      regionCode: product.regionCode,
      orderId: order.id,
      dueDate: input.dueDate,
      quantity: input.quantity,
      split: split,
      createdBy: actorName(ctx.actor),
    });
    const assigned = split.shares.filter((s) => s.assigned > 0);
    if (assigned.length) {
      await t.insert(purchaseOrders).values(
        assigned.map((s, i) => ({
          id: newId(),
          regionCode: product.regionCode,
          procurementId: id,
          producerId: s.producerId,
          number: `PO-${placed.code}-${String(i + 1).padStart(2, "0")}`,
          quantity: s.assigned,
        })),
      );
    }
    await recordAudit(t, ctx, {
      action: "market.create-procurement",
      entityType: "procurement",
      entityId: id,
      entityRegion: product.regionCode,
      after: {
        order: placed.code,
        quantity: input.quantity,
        assigned: split.assigned,
        producers: assigned.length,
      },
    });
    return loadProcurement(t, ctx, id, names);
  });
}

export async function loadProcurement(
  t: Tx,
  ctx: Ctx,
  id: string,
  names?: Map<string, string>,
): Promise<ProcurementOut> {
  const [row] = await t
    .select({ p: procurements, o: orders, productName: products.name })
    .from(procurements)
    .innerJoin(orders, eq(orders.id, procurements.orderId))
    .innerJoin(orderItems, eq(orderItems.orderId, orders.id))
    .innerJoin(products, eq(products.id, orderItems.productId))
    .where(eq(procurements.id, id))
    .limit(1);
  if (!row) throw notFound();
  const pos = await t
    .select()
    .from(purchaseOrders)
    .where(eq(purchaseOrders.procurementId, id))
    .orderBy(purchaseOrders.number);
  const producerNames =
    names ??
    new Map(
      (
        await t
          .select({ id: producers.id, name: producers.name })
          .from(producers)
          .where(inArray(producers.id, pos.map((p) => p.producerId).concat([id])))
      ).map((p) => [p.id, p.name]),
    );
  const split = row.p.split as SplitProcurementResult;
  const handed = pos.length
    ? await t
        .select()
        .from(procurementDeliveries)
        .where(
          inArray(
            procurementDeliveries.purchaseOrderId,
            pos.map((p) => p.id),
          ),
        )
        .orderBy(procurementDeliveries.createdAt)
    : [];
  return {
    id,
    orderCode: row.o.code,
    institution: row.o.institution ?? row.o.buyerName,
    productName: row.productName,
    quantity: row.p.quantity,
    assigned: split.ok ? split.assigned : 0,
    unfilled: split.ok ? split.unfilled : row.p.quantity,
    dueDate: row.p.dueDate,
    total: row.o.total,
    createdAt: row.p.createdAt.toISOString(),
    purchaseOrders: pos.map((po) => ({
      id: po.id,
      number: po.number,
      producerName: producerNames.get(po.producerId) ?? "",
      quantity: po.quantity,
      delivered: po.delivered,
      status: po.status,
      explanation: explainProcurementShare(split, po.producerId, ctx.lang) ?? "",
      deliveries: handed
        .filter((d) => d.purchaseOrderId === po.id)
        .map((d) => ({
          id: d.id,
          number: d.number,
          quantity: d.quantity,
          deliveredOn: d.deliveredOn,
          receivedBy: d.receivedBy,
        })),
    })),
  };
}

/** Procurements the caller may see: staff within their region scope, or the institution account that placed them. */
export async function listProcurements({ ctx }: { ctx: Ctx }): Promise<ProcurementOut[]> {
  requirePermission(ctx, "market.institution_order");
  const own = ctx.actor.kind === "user" && ctx.actor.role === "pembeli_instansi" ? ctx.actor.userId : null;
  return tx(own ? storeCtx(ctx) : ctx, async (t) => {
    const rows = await t
      .select({ id: procurements.id })
      .from(procurements)
      .innerJoin(orders, eq(orders.id, procurements.orderId))
      .where(own ? eq(orders.userId, own) : undefined)
      .orderBy(procurements.createdAt);
    return Promise.all(rows.map((r) => loadProcurement(t, ctx, r.id)));
  });
}
