// HTTP edge of linkage: parse with the contract, call one verb, present. Route list in contract.ts
// and contract-lists.ts.
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Jobs } from "../../platform/jobs/jobs";
import {
  BatchDecisionBody,
  BatchResult,
  DecisionBody,
  DecisionResult,
  EntitySources,
  HintBody,
  HintResponse,
  IdParams,
  Merge,
  ReviewItem,
  ReviewPage,
  ReviewQuery,
  Run,
  RunStarted,
  StartRunBody,
} from "./contract";
import { IrisanExportQuery, IrisanPage, IrisanQuery, ListUploaded, OutsideList } from "./contract-lists";
import { listDedupRuns, startDedupRun } from "./dedup/dedup-runs";
import { startKeyRefresh } from "./dedup/refresh-keys";
import { hintDuplicates } from "./hint/hint-duplicates";
import { getIrisan, getOutsideList, listOutsideLists, prepareIrisanExport } from "./lists/irisan";
import { relinkList } from "./lists/link-list";
import { readUpload } from "./lists/read-upload";
import { uploadList } from "./lists/upload-list";
import { requirePermission } from "./permissions";
import { decidePair, decidePairs } from "./review/decide-pair";
import { getEntitySources } from "./review/entity-sources";
import { listMerges, undoMerge } from "./review/merges";
import { getReview, listReviews } from "./review/review-queue";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function linkageRoutes(jobs: Jobs) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["linkage"];
    const base = "/api/linkage";

    app.post(
      `${base}/dedup-runs`,
      { schema: { tags, body: StartRunBody, response: { 202: RunStarted } } },
      async (req, reply) =>
        reply.status(202).send(await startDedupRun({ ctx: req.ctx, input: req.body, jobs })),
    );
    app.get(`${base}/dedup-runs`, { schema: { tags, response: { 200: z.array(Run) } } }, (req) =>
      listDedupRuns({ ctx: req.ctx }),
    );

    app.get(
      `${base}/reviews`,
      { schema: { tags, querystring: ReviewQuery, response: { 200: ReviewPage } } },
      (req) => listReviews({ ctx: req.ctx, query: req.query }),
    );
    app.post(
      `${base}/reviews/batch`,
      { schema: { tags, body: BatchDecisionBody, response: { 200: BatchResult } } },
      (req) => decidePairs({ ctx: req.ctx, input: req.body }),
    );
    app.get(
      `${base}/reviews/:id`,
      { schema: { tags, params: IdParams, response: { 200: ReviewItem } } },
      (req) => getReview({ ctx: req.ctx, id: req.params.id }),
    );
    app.post(
      `${base}/reviews/:id/decision`,
      { schema: { tags, params: IdParams, body: DecisionBody, response: { 200: DecisionResult } } },
      (req) => decidePair({ ctx: req.ctx, id: req.params.id, input: req.body }),
    );

    app.get(`${base}/merges`, { schema: { tags, response: { 200: z.array(Merge) } } }, (req) =>
      listMerges({ ctx: req.ctx }),
    );
    app.post(
      `${base}/merges/:id/undo`,
      { schema: { tags, params: IdParams, response: { 200: Merge } } },
      (req) => undoMerge({ ctx: req.ctx, id: req.params.id }),
    );

    app.get(
      `${base}/businesses/:id/entity`,
      { schema: { tags, params: IdParams, response: { 200: EntitySources } } },
      (req) => getEntitySources({ ctx: req.ctx, businessId: req.params.id }),
    );

    app.post(`${base}/hints`, { schema: { tags, body: HintBody, response: { 200: HintResponse } } }, (req) =>
      hintDuplicates({ ctx: req.ctx, input: req.body }),
    );

    app.post(
      `${base}/match-keys/refresh`,
      { schema: { tags, body: StartRunBody, response: { 202: RunStarted } } },
      async (req, reply) =>
        reply.status(202).send(await startKeyRefresh({ ctx: req.ctx, input: req.body, jobs })),
    );

    app.post(
      `${base}/lists`,
      { schema: { tags, consumes: ["multipart/form-data"], response: { 201: ListUploaded } } },
      async (req, reply) => {
        // Refuse before reading up to 50 MB of an upload the caller may not make.
        requirePermission(req.ctx, "linkage.run");
        const upload = await readUpload(req);
        return reply.status(201).send(await uploadList({ ctx: req.ctx, ...upload, jobs }));
      },
    );
    app.get(`${base}/lists`, { schema: { tags, response: { 200: z.array(OutsideList) } } }, (req) =>
      listOutsideLists({ ctx: req.ctx }),
    );
    app.get(
      `${base}/lists/:id`,
      { schema: { tags, params: IdParams, response: { 200: OutsideList } } },
      (req) => getOutsideList({ ctx: req.ctx, id: req.params.id }),
    );
    app.post(
      `${base}/lists/:id/link`,
      { schema: { tags, params: IdParams, response: { 202: RunStarted } } },
      async (req, reply) =>
        reply.status(202).send(await relinkList({ ctx: req.ctx, id: req.params.id, jobs })),
    );
    app.get(
      `${base}/lists/:id/irisan`,
      { schema: { tags, params: IdParams, querystring: IrisanQuery, response: { 200: IrisanPage } } },
      (req) => getIrisan({ ctx: req.ctx, id: req.params.id, query: req.query }),
    );
    app.get(
      `${base}/lists/:id/irisan.xlsx`,
      { schema: { tags, params: IdParams, querystring: IrisanExportQuery } },
      async (req, reply) => {
        const prepared = await prepareIrisanExport({ ctx: req.ctx, id: req.params.id, query: req.query });
        const stream = new PassThrough();
        prepared.write(stream).catch((err: unknown) => {
          req.log.error({ err }, "irisan export failed");
          stream.destroy(err instanceof Error ? err : new Error(String(err)));
        });
        return reply
          .header("content-type", XLSX)
          .header("content-disposition", `attachment; filename="${prepared.fileName}"`)
          .send(stream);
      },
    );
  };
}
