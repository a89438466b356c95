// What a flyer shows: the chosen products (by ids, a category or the producers' region) with price,
// makers, a photo and the link its QR code opens (tagged with the campaign, so orders are counted).
import { eq, sql } from "drizzle-orm";
import { readFile } from "../../../platform/files";
import { type Ctx, tx } from "../../access";
import type { FlyerQuery } from "../contract-reports";
import { requirePermission } from "../permissions";
import { plutSettings } from "../schema-money";

export type FlyerProduct = {
  id: string;
  name: string;
  price: number;
  unit: string;
  category: string;
  makers: string;
  photo: { mime: string; data: Buffer } | null;
  url: string;
};

export const DEFAULT_CAMPAIGN = "ayo-beli-umkm";

type Row = {
  id: string;
  name: string;
  price: number;
  unit: string;
  category: string;
  photo_ids: string[];
  makers: string | null;
  n: number;
};

export async function loadFlyerProducts({
  ctx,
  query,
  origin,
}: {
  ctx: Ctx;
  query: FlyerQuery;
  origin: string;
}): Promise<FlyerProduct[]> {
  requirePermission(ctx, "market.read");
  const ids = (query.productIds ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => /^[0-9a-f-]{36}$/.test(s));
  const campaign = query.campaign ?? DEFAULT_CAMPAIGN;
  return tx(ctx, async (t) => {
    const res = await t.execute(sql`
      select p.id, p.name, p.price, p.unit, p.category, p.photo_file_ids as photo_ids,
        (select string_agg(name, ', ') from (select pr.name from market.product_producers x join market.producers pr on pr.id = x.producer_id
          where x.product_id = p.id order by pr.name limit 3) m) as makers,
        (select count(*)::int from market.product_producers x where x.product_id = p.id) as n
      from market.products p
      where p.is_active
        and (${ids.length === 0} or p.id = any(${sql.param(ids)}::uuid[]))
        and (${query.category ?? null}::text is null or p.category = ${query.category ?? null})
        and (${query.region ?? null}::text is null or exists (select 1 from market.product_producers x join market.producers pr on pr.id = x.producer_id
          where x.product_id = p.id and (pr.region_code = ${query.region ?? null} or pr.region_code like ${`${query.region ?? ""}.%`})))
      order by p.category, p.name limit 12`);
    const rows = res.rows as Row[];
    const out: FlyerProduct[] = [];
    for (const r of rows) {
      const fileId = r.photo_ids[0];
      const file = fileId ? await readFile(t, fileId) : undefined;
      const more = r.n > 3 ? ` dan ${r.n - 3} lainnya` : "";
      out.push({
        id: r.id,
        name: r.name,
        price: Number(r.price),
        unit: r.unit,
        category: r.category,
        makers: r.makers ? `${r.makers}${more}` : "UMKM binaan PLUT",
        photo:
          file && (file.mime === "image/jpeg" || file.mime === "image/png")
            ? { mime: file.mime, data: file.data }
            : null,
        url: `${origin}/toko/produk/${r.id}?src=${campaign}`,
      });
    }
    return out;
  });
}

/** The PLUT's name, address and WhatsApp for the flyer's footer (the caller's province PLUT). */
export async function loadFlyerContact(ctx: Ctx): Promise<string> {
  requirePermission(ctx, "market.read");
  const province = ctx.actor.scope.split(".")[0] ?? "";
  const [plut] = await tx(ctx, (t) =>
    t.select().from(plutSettings).where(eq(plutSettings.regionCode, province)).limit(1),
  );
  if (!plut) return "PLUT";
  return [plut.name, plut.address, plut.city, plut.whatsapp ? `WhatsApp ${plut.whatsapp}` : ""]
    .filter(Boolean)
    .join(" · ");
}
