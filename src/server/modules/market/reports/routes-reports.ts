import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { svgToPng } from "../../../platform/png";
import { FlyerQuery, MarketReport, PeriodQuery } from "../contract-reports";
import { DEFAULT_CAMPAIGN, loadFlyerContact, loadFlyerProducts } from "../flyers/flyer-data";
import { flyerPdf } from "../flyers/flyer-pdf";
import { flyerSquareSvg } from "../flyers/flyer-square";
import { buildReport } from "./reports";

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "localhost"}`;

/** Flyers of S8 (A4 PDF, square picture as SVG and PNG) and the PLUT's reports. */
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
  const square = async (req: FastifyRequest<{ Querystring: FlyerQuery }>) =>
    flyerSquareSvg(await loadFlyerProducts({ ctx: req.ctx, query: req.query, origin: originOf(req) }), {
      storeUrl: `${originOf(req)}/toko?src=${req.query.campaign ?? DEFAULT_CAMPAIGN}`,
      title: "Pesan di Toko PLUT",
      plut: await loadFlyerContact(req.ctx),
    });
  app.get(
    "/api/market/flyers/square.svg",
    { schema: { tags, querystring: FlyerQuery } },
    async (req, reply) =>
      reply
        .type("image/svg+xml")
        .header("cache-control", "no-store")
        .send(await square(req)),
  );
  app.get(
    "/api/market/flyers/square.png",
    { schema: { tags, querystring: FlyerQuery } },
    async (req, reply) =>
      reply
        .type("image/png")
        .header("cache-control", "private, max-age=300")
        .header("content-disposition", 'inline; filename="ayo-beli-produk-umkm.png"')
        .send(svgToPng(await square(req))),
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
