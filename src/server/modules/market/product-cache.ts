// Products as the order path needs them, cached for a moment: a rush of buyers orders the same few
// products, and a price change reaching the shelf two seconds late is harmless (staff edits in this
// process drop the entry at once).
import { inArray } from "drizzle-orm";
import type { Database } from "../../platform/db/pool";
import { inScope } from "../../platform/db/pool";
import { products } from "./schema";

export type OrderableProduct = {
  id: string;
  regionCode: string;
  name: string;
  unit: string;
  unitLabel: string;
  price: number;
  minOrder: number;
  maxPerOrder: number | null;
  perBuyerCap: number | null;
  codePrefix: string;
  allocationPolicy: "equal" | "fifo" | "institution_quota";
  unmetAction: "waitlist" | "cancel";
  isActive: boolean;
};

const TTL_MS = 2_000;
const cache = new Map<string, { at: number; product: OrderableProduct | null }>();

export function forgetProduct(id: string): void {
  cache.delete(id);
}

/** The products with these ids (missing ones absent from the map). */
export async function loadOrderableProducts(
  database: Database,
  ids: readonly string[],
  now = Date.now(),
): Promise<Map<string, OrderableProduct>> {
  const out = new Map<string, OrderableProduct>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit && now - hit.at < TTL_MS) {
      if (hit.product) out.set(id, hit.product);
    } else missing.push(id);
  }
  if (missing.length === 0) return out;
  const rows = await inScope(database, "*", (t) =>
    t
      .select({
        id: products.id,
        regionCode: products.regionCode,
        name: products.name,
        unit: products.unit,
        unitLabel: products.unitLabel,
        price: products.price,
        minOrder: products.minOrder,
        maxPerOrder: products.maxPerOrder,
        perBuyerCap: products.perBuyerCap,
        codePrefix: products.codePrefix,
        allocationPolicy: products.allocationPolicy,
        unmetAction: products.unmetAction,
        isActive: products.isActive,
      })
      .from(products)
      .where(inArray(products.id, missing)),
  );
  for (const id of missing) {
    const row = rows.find((r) => r.id === id) ?? null;
    if (cache.size > 5_000) cache.clear();
    cache.set(id, { at: now, product: row });
    if (row) out.set(id, row);
  }
  return out;
}
