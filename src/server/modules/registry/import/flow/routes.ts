// HTTP edge of the spreadsheet import (/api/registry/imports): parse → one verb → present.
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Jobs } from "../../../../platform/jobs/jobs";
import {
  CommitBody,
  DryRunBody,
  HistoryQuery,
  ImportBatch,
  ImportDetail,
  ImportIdParams,
  ImportRowsPage,
  ImportUploaded,
  JobStarted,
  RowsQuery,
} from "./contract";
import { getImport, listImportRows, listImports, prepareErrorReport } from "./read";
import { readImportUpload } from "./read-upload";
import { startCommit, startDryRun } from "./start";
import { undoImport } from "./undo";
import { uploadImport } from "./upload";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function registryImportRoutes(jobs: Jobs) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["registry-import"];
    const base = "/api/registry/imports";
    const params = ImportIdParams;

    app.post(`${base}`, { schema: { tags, response: { 201: ImportUploaded } } }, async (req, reply) => {
      const input = await readImportUpload(req);
      return reply.status(201).send(await uploadImport({ ctx: req.ctx, input }));
    });
    app.get(
      `${base}`,
      { schema: { tags, querystring: HistoryQuery, response: { 200: z.array(ImportBatch) } } },
      (req) => listImports({ ctx: req.ctx, query: req.query }),
    );
    app.get(`${base}/:id`, { schema: { tags, params, response: { 200: ImportDetail } } }, (req) =>
      getImport({ ctx: req.ctx, id: req.params.id }),
    );
    app.post(
      `${base}/:id/dry-run`,
      { schema: { tags, params, body: DryRunBody, response: { 202: JobStarted } } },
      async (req, reply) =>
        reply.status(202).send(await startDryRun({ ctx: req.ctx, jobs, id: req.params.id, input: req.body })),
    );
    app.get(
      `${base}/:id/rows`,
      { schema: { tags, params, querystring: RowsQuery, response: { 200: ImportRowsPage } } },
      (req) => listImportRows({ ctx: req.ctx, id: req.params.id, query: req.query }),
    );
    app.get(`${base}/:id/error-report.xlsx`, { schema: { tags, params } }, async (req, reply) => {
      const prepared = await prepareErrorReport({ ctx: req.ctx, id: req.params.id });
      const stream = new PassThrough();
      prepared.write(stream).catch((err: unknown) => {
        req.log.error({ err }, "import error report failed");
        stream.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      return reply
        .header("content-type", XLSX)
        .header("content-disposition", `attachment; filename="${prepared.fileName}"`)
        .send(stream);
    });
    app.post(
      `${base}/:id/commit`,
      { schema: { tags, params, body: CommitBody, response: { 202: JobStarted } } },
      async (req, reply) =>
        reply.status(202).send(
          await startCommit({
            ctx: req.ctx,
            jobs,
            id: req.params.id,
            confirmDuplicate: req.body.confirmDuplicate ?? false,
            duplicates: req.body.duplicates,
          }),
        ),
    );
    app.post(`${base}/:id/undo`, { schema: { tags, params, response: { 200: ImportBatch } } }, (req) =>
      undoImport({ ctx: req.ctx, id: req.params.id }),
    );
  };
}
