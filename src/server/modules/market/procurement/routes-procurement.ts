import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DeliveredBody, IdParams, ProcurementBody, ProcurementOut } from "../contract-staff";
import { createProcurement, listProcurements, recordDelivery } from "./procurement";
import { procurementInvoice } from "./procurement-invoice";

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
    async (req, reply) => {
      const { name, pdf } = await procurementInvoice({ ctx: req.ctx, id: req.params.id });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${name}"`)
        .send(pdf);
    },
  );
  app.post(
    "/api/market/purchase-orders/:id/delivered",
    { schema: { tags, params: IdParams, body: DeliveredBody } },
    (req) => recordDelivery({ ctx: req.ctx, id: req.params.id, quantity: req.body.quantity }),
  );
}
