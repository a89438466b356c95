import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FlyerQuery, MarketReport, PeriodQuery } from "../contract-staff";
import { DEFAULT_CAMPAIGN, loadFlyerContact, loadFlyerProducts } from "../flyers/flyer-data";
import { flyerPdf, flyerSvg } from "../flyers/flyer-pdf";
import { buildReport } from "./reports";

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "localhost"}`;

/** Flyers of S8 (A4 PDF, square SVG for a PNG) and the PLUT's reports. */
export async function marketReportRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];
  app.get(
    "/api/market/flyers/catalogue.pdf",
    { schema: { tags, querystring: FlyerQuery } },
    async (req, reply) => {
      const products = await loadFlyerProducts({ ctx: req.ctx, query: req.query, origin: originOf(req) });
      const pdf = await flyerPdf(products, {
        title: req.query.category
          ? `Produk ${req.query.category} UMKM binaan PLUT`
          : "Produk unggulan UMKM binaan PLUT",
        contact: await loadFlyerContact(req.ctx),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", 'inline; filename="ayo-beli-produk-umkm.pdf"')
        .send(pdf);
    },
  );
  app.get(
    "/api/market/flyers/square.svg",
    { schema: { tags, querystring: FlyerQuery } },
    async (req, reply) => {
      const products = await loadFlyerProducts({ ctx: req.ctx, query: req.query, origin: originOf(req) });
      const svg = await flyerSvg(
        products,
        `${originOf(req)}/toko?src=${req.query.campaign ?? DEFAULT_CAMPAIGN}`,
        "Pesan di Toko PLUT",
      );
      return reply.type("image/svg+xml").header("cache-control", "no-store").send(svg);
    },
  );
  app.get(
    "/api/market/admin/reports",
    {
      schema: {
        tags,
        querystring: PeriodQuery.extend({
          campaign: z
            .string()
            .regex(/^[a-z0-9-]{2,40}$/)
            .optional(),
        }),
        response: { 200: MarketReport },
      },
    },
    (req) =>
      buildReport({
        ctx: req.ctx,
        period: { from: req.query.from, to: req.query.to },
        ...(req.query.campaign ? { campaign: req.query.campaign } : {}),
      }),
  );
}
