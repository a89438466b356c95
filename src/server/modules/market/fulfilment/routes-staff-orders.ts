import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { getDaySummary } from "../allocation/day-summary";
import { expireOverdue } from "../allocation/expire-unpaid";
import { addProductPhoto } from "../catalogue/catalogue";
import { recordMovement } from "../consignment/record-movement";
import { getStockReport } from "../consignment/stock-report";
import { DayOrdersQuery, DayQuery, DaySummary, DeliveryBody, StaffOrder } from "../contract-orders";
import { FulfilBody, PaymentBody, RefundBody } from "../contract-payments";
import { IdParams } from "../contract-staff";
import { MovementBody, ProductQuery, StockEntryOut, StockReport } from "../contract-stock";
import { fulfilOrder, markPaid, refundOrder } from "../payments/counter-money";
import { setDelivery } from "./deliveries";
import { cancelOrder, listDayOrders } from "./staff-orders";

/** Staff API for the PLUT counter: day lists, payments, handing over, stock per producer, photos. */
export async function marketCounterRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];

  app.get(
    "/api/market/admin/orders",
    { schema: { tags, querystring: DayOrdersQuery, response: { 200: z.array(StaffOrder) } } },
    async (req) => {
      if (req.query.mode !== "ready") await expireOverdue(req.ctx, { supplyDate: req.query.date });
      return listDayOrders({ ctx: req.ctx, query: req.query });
    },
  );
  app.post(
    "/api/market/admin/orders/:id/pay",
    { schema: { tags, params: IdParams, body: PaymentBody, response: { 200: StaffOrder } } },
    (req) => markPaid({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    "/api/market/admin/orders/:id/fulfil",
    { schema: { tags, params: IdParams, body: FulfilBody.nullish(), response: { 200: StaffOrder } } },
    (req) => fulfilOrder({ ctx: req.ctx, id: req.params.id, input: req.body ?? undefined }),
  );
  app.post(
    "/api/market/admin/orders/:id/refund",
    { schema: { tags, params: IdParams, body: RefundBody, response: { 200: StaffOrder } } },
    (req) => refundOrder({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    "/api/market/admin/orders/:id/cancel",
    { schema: { tags, params: IdParams, response: { 200: StaffOrder } } },
    (req) => cancelOrder({ ctx: req.ctx, id: req.params.id }),
  );
  app.post(
    "/api/market/admin/orders/:id/delivery",
    { schema: { tags, params: IdParams, body: DeliveryBody } },
    (req) => setDelivery({ ctx: req.ctx, orderId: req.params.id, input: req.body }),
  );
  app.get(
    "/api/market/admin/days",
    { schema: { tags, querystring: DayQuery, response: { 200: DaySummary } } },
    (req) =>
      getDaySummary({ ctx: req.ctx, productId: req.query.productId, supplyDate: req.query.supplyDate }),
  );
  app.get(
    "/api/market/admin/stock",
    { schema: { tags, querystring: ProductQuery, response: { 200: StockReport } } },
    (req) => getStockReport({ ctx: req.ctx, productId: req.query.productId }),
  );
  app.post(
    "/api/market/stock-movements",
    { schema: { tags, body: MovementBody, response: { 201: StockEntryOut } } },
    async (req, reply) => reply.status(201).send(await recordMovement({ ctx: req.ctx, input: req.body })),
  );
  app.post(
    "/api/market/admin/products/:id/photos",
    { schema: { tags, params: IdParams, response: { 201: z.object({ photoIds: z.array(z.string()) }) } } },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
      const part = await req.file();
      if (!part) throw new AppError("VALIDATION", { issues: [{ path: "file", message: "Pilih foto." }] });
      const data = await part.toBuffer();
      return reply.status(201).send(
        await addProductPhoto({
          ctx: req.ctx,
          id: req.params.id,
          file: { name: part.filename, mime: part.mimetype, data },
        }),
      );
    },
  );
}
