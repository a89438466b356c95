// Demo of S1 at real size: 40 tailors consign 50 masks a day at Rp5.000; today's supply was
// pre-ordered and allocated; tomorrow's 2,000 masks are pre-ordered by ~50 parties (public of Kalteng,
// Kalsel and Surabaya, offices and banks) well beyond the supply, waiting for the cut-off; a few other
// products sit on the shelf as ready stock. Idempotent: nothing happens when the demo product exists.
import { and, eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { inScope } from "../../../platform/db/pool";
import { type Ctx, systemCtx, tx } from "../../access";
import { listDemoTailors } from "../../registry";
import { confirmAllocation } from "../allocation/confirm-allocation";
import { runAllocation } from "../allocation/run-allocation";
import { createProduct } from "../catalogue/manage-products";
import { recordConsignmentBatch } from "../consignment/record-consignment";
import { SAMPLE_STATIC_QRIS } from "../domain";
import { addDays, plutToday } from "../domain/supply-day";
import { placeOrder } from "../orders/place-order";
import { markPaid } from "../payments/counter-money";
import { saveProducer } from "../producers/manage-producers";
import { products } from "../schema";
import { plutSettings } from "../schema-money";
import { orders as orderRows } from "../schema-orders";
import { DEMO_BUYERS, demoPhone } from "./buyers";
import { OTHER_PRODUCTS } from "./products";

export const DEMO_MASK = "Masker kain 3 lapis";
const PLUT = "62";

export type MarketDemoResult = { skipped: boolean; producers: number; orders: number; ms: number };

async function tailorProducers(ctx: Ctx, database: Database): Promise<string[]> {
  const tailors = await inScope(database, "*", (t) => listDemoTailors(t));
  if (tailors.length > 0) {
    const ids: string[] = [];
    for (const t of tailors)
      ids.push((await saveProducer({ ctx, input: { businessId: t.businessId, producerShareBps: 8500 } })).id);
    return ids;
  }
  // Without the registry demo, 40 named tailors of Palangka Raya stand in.
  const ids: string[] = [];
  for (let i = 1; i <= 40; i++) {
    ids.push(
      (
        await saveProducer({
          ctx,
          input: {
            name: `Penjahit Palangka Raya ${i}`,
            regionCode: "62.71",
            dailyCapacity: 50,
            producerShareBps: 8500,
          },
        })
      ).id,
    );
  }
  return ids;
}

async function preorderDay(
  ctx: Ctx,
  productId: string,
  day: string,
  count: number,
  dayIndex: number,
): Promise<number> {
  let placed = 0;
  for (const [i, b] of DEMO_BUYERS.slice(0, count).entries()) {
    await placeOrder({
      ctx,
      input: {
        mode: "preorder",
        supplyDate: day,
        items: [{ productId, quantity: b.quantity }],
        buyer: {
          name: b.name,
          phone: demoPhone(i, dayIndex),
          type: b.type,
          ...(b.institution ? { institution: b.institution } : {}),
        },
        fulfilment: b.delivery
          ? { method: "delivery", address: b.delivery, regionCode: b.regionCode }
          : { method: "pickup", regionCode: b.regionCode },
      },
      options: { limits: false },
    });
    placed++;
  }
  return placed;
}

export async function seedMarketDemo(database: Database): Promise<MarketDemoResult> {
  const started = Date.now();
  const ctx = systemCtx(database, "demo");
  const existing = await inScope(database, "*", (t) =>
    t
      .select({ id: products.id })
      .from(products)
      .where(and(eq(products.name, DEMO_MASK), eq(products.regionCode, PLUT)))
      .limit(1),
  );
  if (existing.length > 0) return { skipped: true, producers: 0, orders: 0, ms: Date.now() - started };
  await inScope(database, "*", (t) =>
    t
      .insert(plutSettings)
      .values({
        regionCode: PLUT,
        name: "PLUT Kalimantan Tengah",
        city: "Palangka Raya",
        address: "Jl. Tjilik Riwut Km 1, Palangka Raya",
        whatsapp: "+6281251000200",
        openingDays: [
          ...[1, 2, 3, 4, 5].map((day) => ({ day, opens: "08:00", closes: "16:00" })),
          { day: 6, opens: "08:00", closes: "12:00" },
        ],
        mapUrl: "https://www.google.com/maps/search/?api=1&query=PLUT+KUMKM+Kalimantan+Tengah+Palangka+Raya",
        staticQris: SAMPLE_STATIC_QRIS,
        bankAccount: "Bank Kalteng 100.01.00001 a.n. PLUT KUMKM Kalteng",
      })
      .onConflictDoNothing(),
  );
  const tailors = await tailorProducers(ctx, database);
  const mask = await createProduct({
    ctx,
    input: {
      name: DEMO_MASK,
      unit: "lembar",
      unitLabel: "masker",
      category: "Masker",
      price: 5_000,
      regionCode: PLUT,
      codePrefix: "MSK",
      maxPerOrder: 500,
      description: "Masker kain katun tiga lapis, bisa dicuci. Dijahit 40 penjahit UMKM Palangka Raya.",
      producerIds: tailors,
    },
  });
  const today = plutToday(PLUT, ctx.now);
  const tomorrow = addDays(today, 1);
  const fifty = tailors.map((producerId) => ({ producerId, quantity: 50 }));
  // Today: the day's 2,000 masks were pre-ordered and allocated at yesterday's cut-off.
  await recordConsignmentBatch({
    ctx,
    input: { productId: mask.id, date: today, pool: "preorder", entries: fifty },
  });
  let orders = await preorderDay(ctx, mask.id, today, 30, 1);
  const run = await runAllocation({ ctx, input: { productId: mask.id, supplyDate: today } });
  await confirmAllocation({ ctx, runId: run.runId, input: {} });
  // A third of today's buyers already paid at the counter: the store has sales to report and settle.
  const allocated = await tx(ctx, (t) =>
    t
      .select({ id: orderRows.id })
      .from(orderRows)
      .where(and(eq(orderRows.supplyDate, today), eq(orderRows.status, "allocated")))
      .orderBy(orderRows.createdAt)
      .limit(10),
  );
  for (const o of allocated) await markPaid({ ctx, id: o.id, input: { method: "cash" } });
  // Tomorrow: 2,000 masks consigned, ~50 parties pre-ordering far more, cut-off still ahead.
  await recordConsignmentBatch({
    ctx,
    input: { productId: mask.id, date: tomorrow, pool: "preorder", entries: fifty },
  });
  orders += await preorderDay(ctx, mask.id, tomorrow, DEMO_BUYERS.length, 2);
  for (const p of OTHER_PRODUCTS) {
    const product = await createProduct({
      ctx,
      input: { ...p.product, regionCode: PLUT, producerIds: tailors.slice(0, 1) },
    });
    await recordConsignmentBatch({
      ctx,
      input: {
        productId: product.id,
        date: today,
        pool: "ready",
        entries: [{ producerId: tailors[0] ?? "", quantity: p.stock }],
      },
    });
  }
  return { skipped: false, producers: tailors.length, orders, ms: Date.now() - started };
}
