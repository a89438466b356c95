import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DeliveredBody, ProcurementBody, ProcurementOut } from "../contract-procurement";
import { IdParams } from "../contract-staff";
import { createProcurement, listProcurements } from "./procurement";
import { deliveryBastPdf, purchaseOrderPdf } from "./procurement-docs";
import { procurementInvoice } from "./procurement-invoice";
import { recordDelivery } from "./record-delivery";

const pdfReply = (reply: FastifyReply, { name, pdf }: { name: string; pdf: Buffer }) =>
  reply.type("application/pdf").header("content-disposition", `inline; filename="${name}"`).send(pdf);

/** Institutional orders split across producers (S5): create, list, invoice, deliveries per purchase order. */
export async function marketProcurementRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];
  app.post(
    "/api/market/procurements",
    { schema: { tags, body: ProcurementBody, response: { 201: ProcurementOut } } },
    async (req, reply) => reply.status(201).send(await createProcurement({ ctx: req.ctx, input: req.body })),
  );
  app.get(
    "/api/market/procurements",
    { schema: { tags, response: { 200: z.array(ProcurementOut) } } },
    (req) => listProcurements({ ctx: req.ctx }),
  );
  app.get(
    "/api/market/procurements/:id/invoice.pdf",
    { schema: { tags, params: IdParams } },
    async (req, reply) => pdfReply(reply, await procurementInvoice({ ctx: req.ctx, id: req.params.id })),
  );
  app.get(
    "/api/market/purchase-orders/:id/po.pdf",
    { schema: { tags, params: IdParams } },
    async (req, reply) => pdfReply(reply, await purchaseOrderPdf({ ctx: req.ctx, id: req.params.id })),
  );
  app.get(
    "/api/market/procurement-deliveries/:id/bast.pdf",
    { schema: { tags, params: IdParams } },
    async (req, reply) => pdfReply(reply, await deliveryBastPdf({ ctx: req.ctx, id: req.params.id })),
  );
  app.post(
    "/api/market/purchase-orders/:id/delivered",
    { schema: { tags, params: IdParams, body: DeliveredBody } },
    (req) =>
      recordDelivery({
        ctx: req.ctx,
        id: req.params.id,
        quantity: req.body.quantity,
        receivedBy: req.body.receivedBy,
      }),
  );
}
