// HTTP edge of in-kind hand-overs with signed receipts (S5), and the procurement whose delivered
// units a programme hands out.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { validation } from "../../../platform/errors";
import { IdParams, InKindSource, InKindStock, ItemParams, StockSourceBody } from "../contract";
import { requirePermission } from "../permissions";
import { linkInKindSource, listInKindSources } from "../programmes/in-kind-stock";
import { readUpload } from "../proposals/read-upload";
import { Handover, HandoverFields } from "./contract-handover";
import { handoverReceipt, listHandovers, recordHandover } from "./record-handover";

const NO_RECEIPT = {
  id: "Unggah tanda terima yang ditandatangani (foto atau PDF).",
  en: "Upload the signed receipt (photo or PDF).",
};

export async function aidHandoverRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["aid"];
  app.post(
    "/api/aid/proposals/:id/items/:itemId/handover",
    { schema: { tags, params: ItemParams, consumes: ["multipart/form-data"], response: { 201: Handover } } },
    async (req, reply) => {
      requirePermission(req.ctx, "aid.propose");
      const { file, fields } = await readUpload(req);
      const parsed = HandoverFields.safeParse(fields);
      if (!parsed.success)
        throw validation(parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message })));
      if (!file) throw validation([{ path: "file", message: NO_RECEIPT.id }], NO_RECEIPT);
      const out = await recordHandover({
        ctx: req.ctx,
        proposalId: req.params.id,
        itemId: req.params.itemId,
        input: parsed.data,
        receipt: file,
      });
      return reply.status(201).send(out);
    },
  );
  app.get(
    "/api/aid/proposals/:id/handovers",
    { schema: { tags, params: IdParams, response: { 200: z.array(Handover) } } },
    (req) => listHandovers({ ctx: req.ctx, proposalId: req.params.id }),
  );
  app.get("/api/aid/in-kind-sources", { schema: { tags, response: { 200: z.array(InKindSource) } } }, (req) =>
    listInKindSources({ ctx: req.ctx }),
  );
  app.post(
    "/api/aid/programmes/:id/stock-source",
    { schema: { tags, params: IdParams, body: StockSourceBody, response: { 200: InKindStock } } },
    (req) => linkInKindSource({ ctx: req.ctx, id: req.params.id, procurementId: req.body.procurementId }),
  );
  app.get("/api/aid/handovers/:id/receipt", { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await handoverReceipt({ ctx: req.ctx, id: req.params.id });
    const safe = file.name.replace(/[^\w.-]+/g, "_");
    return reply
      .header("content-type", file.mime)
      .header("content-disposition", `attachment; filename="${safe}"`)
      .send(file.data);
  });
}
