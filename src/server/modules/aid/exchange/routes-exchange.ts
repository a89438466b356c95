// HTTP edge of exports, imports, reconciliation, recipients' status and reports.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FindingParams, IdParams } from "../contract";
import { aidError } from "../errors";
import { myAidStatus, statusLetter } from "../handovers/recipient-status";
import { requirePermission } from "../permissions";
import { readUploadedFile } from "../proposals/read-upload";
import { aidReport } from "../reports/aid-report";
import {
  AidReport,
  BatchOut,
  DecisionResultOut,
  DisbursementAccepted,
  FindingOut,
  RecipientStatus,
  ReconciliationOut,
  ReconciliationQuery,
  ReportQuery,
  ResolveBody,
} from "./contract-exchange";
import { exportDecree } from "./export-decree";
import { exportTemplate } from "./export-template";
import { fileRow } from "./file-row";
import { importDecision } from "./import-decision";
import { importDisbursement } from "./import-disbursement";
import { getReconciliation, listBatches, resolveFinding } from "./read-exchange";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function aidExchangeRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["aid"];
  const base = "/api/aid";

  app.get(`${base}/proposals/:id/export`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await exportTemplate({ ctx: req.ctx, proposalId: req.params.id });
    if (file.sha256) reply.header("x-list-sha256", file.sha256);
    return reply
      .header("content-type", XLSX)
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(file.data);
  });
  app.get(`${base}/proposals/:id/decree.pdf`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await exportDecree({ ctx: req.ctx, proposalId: req.params.id });
    return reply
      .header("content-type", "application/pdf")
      .header("x-list-sha256", file.sha256)
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(file.data);
  });
  app.post(
    `${base}/proposals/:id/decision`,
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ["multipart/form-data"],
        response: { 200: DecisionResultOut },
      },
    },
    async (req) => {
      requirePermission(req.ctx, "aid.verify");
      const file = await readUploadedFile(req);
      return importDecision({ ctx: req.ctx, proposalId: req.params.id, file });
    },
  );
  app.post(
    `${base}/proposals/:id/disbursements`,
    {
      schema: {
        tags,
        params: IdParams,
        consumes: ["multipart/form-data"],
        response: { 201: DisbursementAccepted },
      },
    },
    async (req, reply) => {
      requirePermission(req.ctx, "aid.verify");
      const file = await readUploadedFile(req);
      const out = await importDisbursement({ ctx: req.ctx, proposalId: req.params.id, file });
      if (out.kind === "rejected") {
        throw aidError("AID_BANK_FILE_REJECTED", {
          text: {
            id: `Berkas bank ditolak seluruhnya: ${out.conflicts.length} konflik.`,
            en: `Bank file rejected as a whole: ${out.conflicts.length} conflicts.`,
          },
          // Words only: the conflicts' codes are in the rejected batch the audit log points to.
          issues: out.conflicts.slice(0, 200).map((c) => ({
            path: fileRow(c.row, req.ctx.lang),
            message: c.text[req.ctx.lang],
          })),
          details: { batchId: out.batchId },
        });
      }
      const { kind: _kind, ...rest } = out;
      return reply.status(201).send({ status: "accepted" as const, ...rest });
    },
  );
  app.get(
    `${base}/proposals/:id/disbursements`,
    { schema: { tags, params: IdParams, response: { 200: z.array(BatchOut) } } },
    (req) => listBatches({ ctx: req.ctx, proposalId: req.params.id }),
  );
  app.get(
    `${base}/proposals/:id/reconciliation`,
    {
      schema: {
        tags,
        params: IdParams,
        querystring: ReconciliationQuery,
        response: { 200: ReconciliationOut },
      },
    },
    (req) => getReconciliation({ ctx: req.ctx, proposalId: req.params.id, query: req.query }),
  );
  app.post(
    `${base}/proposals/:id/reconciliation/:findingId/resolve`,
    { schema: { tags, params: FindingParams, body: ResolveBody, response: { 200: FindingOut } } },
    (req) =>
      resolveFinding({
        ctx: req.ctx,
        proposalId: req.params.id,
        findingId: req.params.findingId,
        input: req.body,
      }),
  );
  app.get(`${base}/items/:id/letter.pdf`, { schema: { tags, params: IdParams } }, async (req, reply) => {
    const file = await statusLetter({ ctx: req.ctx, itemId: req.params.id });
    return reply
      .header("content-type", "application/pdf")
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(file.data);
  });
  app.get(`${base}/my-status`, { schema: { tags, response: { 200: z.array(RecipientStatus) } } }, (req) =>
    myAidStatus({ ctx: req.ctx }),
  );
  app.get(
    `${base}/reports`,
    { schema: { tags, querystring: ReportQuery, response: { 200: AidReport } } },
    (req) => aidReport({ ctx: req.ctx, programmeId: req.query.programmeId }),
  );
}
