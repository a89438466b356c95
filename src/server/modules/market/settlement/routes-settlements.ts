import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { PeriodQuery, SettlementRow } from "../contract-reports";
import { IdParams, MyDailySale, MyIntake, MyStock } from "../contract-staff";
import { consignmentReceiptPdf, listMyIntakes } from "../producers/consignment-receipt";
import { listMyDailySales } from "../producers/my-sales";
import { getMyStock } from "../producers/my-stock";
import { closeSettlementPeriod } from "./close-settlement";
import { settlementPdf, settlementsXlsx } from "./settlement-docs";
import { listMySettlements, listSettlements, markSettlementPaid } from "./settlements";

/** Producer settlements: period statements, closing a period, payment, PDF and xlsx, producers' own view. */
export async function marketSettlementRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];
  app.get(
    "/api/market/admin/settlements",
    { schema: { tags, querystring: PeriodQuery, response: { 200: z.array(SettlementRow) } } },
    (req) => listSettlements({ ctx: req.ctx, period: req.query }),
  );
  app.post(
    "/api/market/admin/settlements",
    { schema: { tags, body: PeriodQuery, response: { 201: z.array(SettlementRow) } } },
    async (req, reply) =>
      reply.status(201).send(await closeSettlementPeriod({ ctx: req.ctx, period: req.body })),
  );
  app.post("/api/market/admin/settlements/:id/paid", { schema: { tags, params: IdParams } }, (req) =>
    markSettlementPaid({ ctx: req.ctx, id: req.params.id }),
  );
  app.get(
    "/api/market/settlements/:id/statement.pdf",
    { schema: { tags, params: IdParams } },
    async (req, reply) => {
      const { name, pdf } = await settlementPdf({ ctx: req.ctx, id: req.params.id });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${name}"`)
        .send(pdf);
    },
  );
  app.get(
    "/api/market/admin/settlements.xlsx",
    { schema: { tags, querystring: PeriodQuery } },
    async (req, reply) => {
      const { name, xlsx } = await settlementsXlsx({ ctx: req.ctx, period: req.query });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="${name}"`)
        .send(xlsx);
    },
  );
  app.get(
    "/api/market/my/settlements",
    { schema: { tags, response: { 200: z.array(SettlementRow) } } },
    (req) => listMySettlements({ ctx: req.ctx }),
  );
  app.get("/api/market/my/intakes", { schema: { tags, response: { 200: z.array(MyIntake) } } }, (req) =>
    listMyIntakes({ ctx: req.ctx }),
  );
  app.get(
    "/api/market/consignments/:id/receipt.pdf",
    { schema: { tags, params: IdParams } },
    async (req, reply) => {
      const { name, pdf } = await consignmentReceiptPdf({ ctx: req.ctx, id: req.params.id });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${name}"`)
        .send(pdf);
    },
  );
  app.get("/api/market/my/stock", { schema: { tags, response: { 200: MyStock } } }, (req) =>
    getMyStock({ ctx: req.ctx }),
  );
  app.get("/api/market/my/sales", { schema: { tags, response: { 200: z.array(MyDailySale) } } }, (req) =>
    listMyDailySales({ ctx: req.ctx }),
  );
}
