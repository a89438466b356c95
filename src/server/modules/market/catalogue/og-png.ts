// The product's picture for link previews (og:image): a 1080×1080 PNG with photo, name, price, the
// PLUT and a QR code to the product page tagged with the flyer campaign.
import { svgToPng } from "../../../platform/png";
import type { Ctx } from "../../access";
import { DEFAULT_CAMPAIGN } from "../flyers/flyer-data";
import { productSquareSvg } from "../flyers/flyer-square";
import { getCatalogueProduct, readProductPhoto } from "./catalogue";

/** Drawn pictures by what they show, so a shared link's preview storm costs one render (~50 ms). */
const drawn = new Map<string, Buffer>();
const KEEP = 200;

export async function productSquarePng({ ctx, id, origin }: { ctx: Ctx; id: string; origin: string }) {
  const product = await getCatalogueProduct({ ctx, id });
  const fileId = product.photoIds[0];
  const key = JSON.stringify([
    id,
    origin,
    product.name,
    product.price,
    product.unit,
    product.category,
    product.plut?.name,
    fileId,
  ]);
  const hit = drawn.get(key);
  if (hit) return hit;
  const file = fileId ? await readProductPhoto({ ctx, id, fileId }).catch(() => undefined) : undefined;
  const svg = await productSquareSvg({
    name: product.name,
    price: product.price,
    unit: product.unit,
    category: product.category,
    plut: product.plut?.name ?? "Toko PLUT",
    photo: file && (file.mime === "image/jpeg" || file.mime === "image/png") ? file : null,
    url: `${origin}/toko/produk/${product.id}?src=${DEFAULT_CAMPAIGN}`,
  });
  const png = await svgToPng(svg);
  if (drawn.size >= KEEP) drawn.delete(drawn.keys().next().value ?? "");
  drawn.set(key, png);
  return png;
}
