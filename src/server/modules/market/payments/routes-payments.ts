import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../platform/errors";
import { OrderCodeParams, PaymentOptions, TrackQuery } from "../contract";
import { PendingPayment, StatementBody, StatementProposal, VerifyBody } from "../contract-payments";
import { IdParams } from "../contract-staff";
import { limitOrderCode, limitProofUpload } from "../orders/order-code-limits";
import { getPaymentOptions, submitTransferProof } from "./buyer-payments";
import { PROOF_MAX_BYTES, proofTooLarge } from "./proof-file";
import { renderReceipt } from "./receipt-pdf";
import { listPendingPayments, matchStatementCsv, readPaymentProof, verifyPayment } from "./staff-payments";

/** Paying an order (QRIS, transfer with proof), receipts, and the konsultan's payment checks. */
export async function marketPaymentRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["market"];

  app.get(
    "/api/market/orders/:code/payment",
    {
      schema: { tags, security: [], params: OrderCodeParams, response: { 200: PaymentOptions } },
      onRequest: limitOrderCode,
    },
    (req) => getPaymentOptions({ ctx: req.ctx, code: req.params.code }),
  );
  app.post(
    "/api/market/orders/:code/proof",
    {
      schema: { tags, security: [], params: OrderCodeParams },
      onRequest: limitOrderCode,
      // Counted once the request is known to be well formed, before the upload itself is read.
      preHandler: limitProofUpload,
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
      const part = await req.file({ limits: { fileSize: PROOF_MAX_BYTES, files: 1 } });
      if (!part)
        throw new AppError("VALIDATION", {
          issues: [{ path: "file", message: "Pilih berkas bukti transfer." }],
        });
      const data = await part.toBuffer().catch((err: { code?: string }) => {
        throw err.code === "FST_REQ_FILE_TOO_LARGE" ? proofTooLarge() : err;
      });
      return reply.status(201).send(
        await submitTransferProof({
          ctx: req.ctx,
          code: req.params.code,
          file: { name: part.filename, mime: part.mimetype, data },
        }),
      );
    },
  );
  app.get(
    "/api/market/orders/:code/receipt.pdf",
    {
      schema: { tags, security: [], params: OrderCodeParams, querystring: TrackQuery },
      onRequest: limitOrderCode,
    },
    async (req, reply) => {
      const { name, pdf } = await renderReceipt({
        ctx: req.ctx,
        code: req.params.code,
        phoneLast4: req.query.phone,
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="${name}"`)
        .send(pdf);
    },
  );

  app.get(
    "/api/market/admin/payments",
    { schema: { tags, response: { 200: z.array(PendingPayment) } } },
    (req) => listPendingPayments({ ctx: req.ctx }),
  );
  app.post(
    "/api/market/admin/payments/:id/verify",
    { schema: { tags, params: IdParams, body: VerifyBody } },
    (req) => verifyPayment({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.get(
    "/api/market/admin/payments/:id/proof",
    { schema: { tags, params: IdParams } },
    async (req, reply) => {
      const file = await readPaymentProof({ ctx: req.ctx, id: req.params.id });
      return reply.type(file.mime).header("cache-control", "private, no-store").send(file.data);
    },
  );
  app.post(
    "/api/market/admin/statements",
    { schema: { tags, body: StatementBody, response: { 200: z.array(StatementProposal) } } },
    (req) => matchStatementCsv({ ctx: req.ctx, csv: req.body.csv }),
  );
}
