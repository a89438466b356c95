// Shared product links (WhatsApp, Facebook) preview with OpenGraph tags. Link previews do not run
// JavaScript, so /toko/produk/<id> is answered with the SPA's index.html plus the product's tags.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatRupiah } from "../../../../shared/money";
import type { CatalogueProduct } from "../contract";

const INDEX_HTML = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../../../dist/web/index.html",
);

let cached: { mtime: number; html: string } | undefined;

/** The built index.html, or undefined when the web app is not built. */
export function readIndexHtml(): string | undefined {
  if (!existsSync(INDEX_HTML)) return undefined;
  const mtime = Math.floor(Date.now() / 5_000);
  if (!cached || cached.mtime !== mtime) cached = { mtime, html: readFileSync(INDEX_HTML, "utf8") };
  return cached.html;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** index.html with title, description and OpenGraph/Twitter tags of the product. */
export function withProductTags(html: string, product: CatalogueProduct, origin: string): string {
  const url = `${origin}/toko/produk/${product.id}`;
  const title = `${product.name} — ${formatRupiah(product.price)}/${product.unit}`;
  const makers = product.producers
    .slice(0, 3)
    .map((p) => p.name)
    .join(", ");
  const description = (
    product.description ||
    `Produk UMKM${makers ? ` oleh ${makers}` : ""}. Pesan di ${product.plut?.name ?? "Toko PLUT"}.`
  ).slice(0, 200);
  // A PNG drawn on the server: chat apps show neither SVG nor PDF previews.
  const image = `${origin}/api/market/catalogue/${product.id}/og.png`;
  const tags = [
    ["og:type", "product"],
    ["og:title", title],
    ["og:description", description],
    ["og:url", url],
    ["og:image", image],
    ["og:image:type", "image/png"],
    ["og:image:width", "1080"],
    ["og:image:height", "1080"],
    ["og:site_name", product.plut?.name ?? "Toko PLUT"],
    ["og:locale", "id_ID"],
  ]
    .map(([k, v]) => `<meta property="${k}" content="${escapeHtml(v ?? "")}" />`)
    .concat([
      `<meta name="twitter:card" content="summary_large_image" />`,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    ])
    .join("\n    ");
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, "")
    .replace("</head>", `    ${tags}\n  </head>`);
}
