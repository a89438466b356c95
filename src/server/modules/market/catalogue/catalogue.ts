// The store's catalogue: product cards and the product page, public photos of products, and staff
// photo uploads (resized in the browser before upload, kept in PostgreSQL with their SHA-256).
import { and, eq, sql } from "drizzle-orm";
import { AppError, notFound } from "../../../platform/errors";
import { readFile, storeFile } from "../../../platform/files";
import { type Ctx, recordAudit, requireScope, tx } from "../../access";
import { supplyDatesOf } from "../allocation/supply-dates";
import type { CatalogueItem, CatalogueProduct } from "../contract";
import { DEFAULT_ORDER_LIMITS } from "../domain";
import { toPlutInfo } from "../fulfilment/plut-settings";
import { storeCtx } from "../orders/store-ctx";
import { requirePermission } from "../permissions";
import { products } from "../schema";
import { plutSettings } from "../schema-money";
import { forgetProduct } from "./product-cache";

const productNotFound = () =>
  new AppError("NOT_FOUND", { text: { id: "Produk tidak ditemukan.", en: "Product not found." } });

type CardRow = {
  id: string;
  name: string;
  price: number;
  unit: string;
  category: string;
  photo_ids: string[];
  stock: number;
  producers: number;
  first_producer: string | null;
};

/** Cards of the store: active products with ready stock, a photo and who made them. */
export async function listCatalogue({
  ctx,
  q,
  category,
}: {
  ctx: Ctx;
  q?: string | undefined;
  category?: string | undefined;
}): Promise<CatalogueItem[]> {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const res = await tx(storeCtx(ctx), (t) =>
    t.execute(sql`
      select p.id, p.name, p.price, p.unit, p.category, p.photo_file_ids as photo_ids, coalesce(s.qty, 0)::int as stock,
        coalesce(pp.n, 0)::int as producers, pp.first_producer
      from market.products p
      left join lateral (select sum(qty) as qty from market.stock_slots where product_id = p.id) s on true
      left join lateral (select count(*) as n, min(pr.name) as first_producer from market.product_producers x
        join market.producers pr on pr.id = x.producer_id where x.product_id = p.id) pp on true
      where p.is_active and (${pattern}::text is null or p.name ilike ${pattern} or p.category ilike ${pattern})
        and (${category ?? null}::text is null or p.category = ${category ?? null})
      order by p.name limit 500`),
  );
  return (res.rows as CardRow[]).map((r) => ({
    id: r.id,
    name: r.name,
    price: Number(r.price),
    unit: r.unit,
    category: r.category,
    photoId: r.photo_ids[0] ?? null,
    stockAvailable: r.stock,
    producer: !r.first_producer
      ? "PLUT"
      : r.producers > 1
        ? `${r.first_producer} +${r.producers - 1}`
        : r.first_producer,
  }));
}

/** The product page: description, photos, producers, ready stock and the next pre-order day. */
export async function getCatalogueProduct({ ctx, id }: { ctx: Ctx; id: string }): Promise<CatalogueProduct> {
  return tx(storeCtx(ctx), async (t) => {
    const [p] = await t
      .select()
      .from(products)
      .where(and(eq(products.id, id), eq(products.isActive, true)))
      .limit(1);
    if (!p) throw productNotFound();
    const makers = await t.execute(sql`
      select pr.name, r.name as region_name from market.product_producers x join market.producers pr on pr.id = x.producer_id
      left join regions.regions r on r.code = pr.region_code where x.product_id = ${id} order by pr.name limit 200`);
    const stock = await t.execute(
      sql`select coalesce(sum(qty), 0)::int as n from market.stock_slots where product_id = ${id}`,
    );
    const [plut] = await t
      .select()
      .from(plutSettings)
      .where(eq(plutSettings.regionCode, p.regionCode))
      .limit(1);
    const supplyDates = await supplyDatesOf(t, p, ctx.now);
    return {
      id: p.id,
      regionCode: p.regionCode,
      name: p.name,
      price: p.price,
      unit: p.unit,
      unitLabel: p.unitLabel,
      category: p.category,
      description: p.description,
      photoIds: p.photoFileIds,
      producers: (makers.rows as Array<{ name: string; region_name: string | null }>).map((m) => ({
        name: m.name,
        regionName: m.region_name,
      })),
      stockAvailable: Number((stock.rows[0] as { n: number } | undefined)?.n ?? 0),
      minOrder: p.minOrder,
      maxPerOrder: p.maxPerOrder ?? DEFAULT_ORDER_LIMITS.individual.maxQuantityPerOrder,
      nextSupplyDate: supplyDates.next.date,
      cutoffAt: supplyDates.next.cutoffAt,
      supplyDates: supplyDates.dates,
      plut: plut ? toPlutInfo(plut) : null,
    };
  });
}

/** A product photo, only when it belongs to an active product (files are not public otherwise). */
export async function readProductPhoto({ ctx, id, fileId }: { ctx: Ctx; id: string; fileId: string }) {
  return tx(storeCtx(ctx), async (t) => {
    const [p] = await t
      .select({ photos: products.photoFileIds })
      .from(products)
      .where(eq(products.id, id))
      .limit(1);
    if (!p?.photos.includes(fileId)) throw notFound();
    const file = await readFile(t, fileId);
    if (!file) throw notFound();
    return file;
  });
}

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** Adds a photo (already resized by the browser, ≤ 2 MB) to a product. */
export async function addProductPhoto({
  ctx,
  id,
  file,
}: {
  ctx: Ctx;
  id: string;
  file: { name: string; mime: string; data: Buffer };
}) {
  requirePermission(ctx, "market.manage");
  if (!IMAGE_TYPES.includes(file.mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
  if (file.data.length > 2 * 1024 * 1024) throw new AppError("PAYLOAD_TOO_LARGE");
  return tx(ctx, async (t) => {
    const [p] = await t.select().from(products).where(eq(products.id, id)).limit(1);
    if (!p) throw productNotFound();
    requireScope(ctx, p.regionCode);
    const stored = await storeFile(t, {
      ...file,
      uploadedBy: ctx.actor.kind === "user" ? ctx.actor.username : null,
    });
    const photoFileIds = [...p.photoFileIds, stored.id].slice(-6);
    await t.update(products).set({ photoFileIds, updatedAt: ctx.now }).where(eq(products.id, id));
    await recordAudit(t, ctx, {
      action: "market.add-product-photo",
      entityType: "product",
      entityId: id,
      entityRegion: p.regionCode,
      after: { fileId: stored.id, sha256: stored.sha256 },
    });
    forgetProduct(id);
    return { photoIds: photoFileIds };
  });
}
