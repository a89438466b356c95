// Products as the order path needs them, cached for a moment: a rush of buyers orders the same few
// products, and a price change reaching the shelf two seconds late is harmless (staff edits in this
// process drop the entry at once).
import { eq } from "drizzle-orm";
import type { Database } from "../../../platform/db/pool";
import { inScope } from "../../../platform/db/pool";
import { products } from "../schema";

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
  cutoffTime: string;
  allocationPolicy: "equal" | "fifo" | "institution_quota";
  unmetAction: "waitlist" | "cancel";
  isActive: boolean;
};

const TTL_MS = 2_000;
type Entry = { at: number; product: OrderableProduct | null };
const cache = new Map<string, Entry>();
/** One load in flight per product: a rush of buyers arriving on a cold cache waits on the same query. */
const loading = new Map<string, Promise<Entry>>();

export function forgetProduct(id: string): void {
  cache.delete(id);
}

async function loadOne(database: Database, id: string): Promise<Entry> {
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
        cutoffTime: products.cutoffTime,
        allocationPolicy: products.allocationPolicy,
        unmetAction: products.unmetAction,
        isActive: products.isActive,
      })
      .from(products)
      .where(eq(products.id, id)),
  );
  const entry = { at: Date.now(), product: rows[0] ?? null };
  if (cache.size > 5_000) cache.clear();
  cache.set(id, entry);
  return entry;
}

function refresh(database: Database, id: string): Promise<Entry> {
  let p = loading.get(id);
  if (!p) {
    p = loadOne(database, id).finally(() => loading.delete(id));
    loading.set(id, p);
  }
  return p;
}

/**
 * The products with these ids (missing ones absent from the map). A stale entry is served while
 * one refresh runs in the background; a product never seen is loaded once for all waiting buyers.
 */
export async function loadOrderableProducts(
  database: Database,
  ids: readonly string[],
): Promise<Map<string, OrderableProduct>> {
  const now = Date.now();
  const entries = await Promise.all(
    ids.map((id) => {
      const hit = cache.get(id);
      if (!hit) return refresh(database, id);
      if (now - hit.at >= TTL_MS) void refresh(database, id).catch(() => {});
      return hit;
    }),
  );
  const out = new Map<string, OrderableProduct>();
  ids.forEach((id, i) => {
    const product = entries[i]?.product;
    if (product) out.set(id, product);
  });
  return out;
}
