import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { CatalogueItem, CatalogueProduct, CatalogueQuery, PhotoParams, ProductIdParams } from "../contract";
import { getCatalogueProduct, listCatalogue, readProductPhoto } from "./catalogue";
import { readIndexHtml, withProductTags } from "./og-page";
import { productSquarePng } from "./og-png";

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "localhost"}`;

/** The store pages' reads: product cards, the product page, photos, and product links with OpenGraph tags. */
export async function marketStoreRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];

  app.get(
    "/api/market/catalogue",
    {
      schema: { tags, security: [], querystring: CatalogueQuery, response: { 200: z.array(CatalogueItem) } },
    },
    (req) => listCatalogue({ ctx: req.ctx, q: req.query.q, category: req.query.category }),
  );
  app.get(
    "/api/market/catalogue/:id",
    { schema: { tags, security: [], params: ProductIdParams, response: { 200: CatalogueProduct } } },
    (req) => getCatalogueProduct({ ctx: req.ctx, id: req.params.id }),
  );
  app.get(
    "/api/market/catalogue/:id/photos/:fileId",
    { schema: { tags, security: [], params: PhotoParams } },
    async (req, reply) => {
      const file = await readProductPhoto({ ctx: req.ctx, id: req.params.id, fileId: req.params.fileId });
      return reply
        .type(file.mime)
        .header("cache-control", "public, max-age=86400, immutable")
        .header("etag", `"${file.sha256}"`)
        .send(file.data);
    },
  );
  app.get(
    "/api/market/catalogue/:id/og.png",
    { schema: { tags, security: [], params: ProductIdParams } },
    async (req, reply) => {
      const png = await productSquarePng({ ctx: req.ctx, id: req.params.id, origin: originOf(req) });
      return reply.type("image/png").header("cache-control", "public, max-age=3600").send(png);
    },
  );

  // Not under /api: the SPA page of a product, with its OpenGraph tags for link previews.
  app.get("/toko/produk/:id", { schema: { hide: true } }, async (req, reply) => {
    const html = readIndexHtml();
    if (!html) throw new AppError("NOT_FOUND");
    const id = (req.params as { id?: string }).id ?? "";
    const product = /^[0-9a-f-]{36}$/i.test(id)
      ? await getCatalogueProduct({ ctx: req.ctx, id }).catch(() => null)
      : null;
    const origin = originOf(req);
    return reply
      .type("text/html")
      .header("cache-control", "no-cache")
      .send(product ? withProductTags(html, product, origin) : html);
  });
}
