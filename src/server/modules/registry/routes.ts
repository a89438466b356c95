// HTTP edge of the register: parse with the contract, call one verb, present.
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Jobs } from "../../platform/jobs/jobs";
import { getConstraint, listConstraints } from "./constraints/list-constraints";
import {
  assignConstraint,
  changeConstraintStatus,
  followUpConstraint,
  reportConstraint,
} from "./constraints/manage-constraints";
import { IdParams } from "./contract";
import {
  Business,
  BusinessPage,
  Impact,
  ImpactInput,
  Person,
  Pivot,
  PivotInput,
  Product,
  ProductInput,
} from "./contract-business-page";
import {
  AssignConstraintBody,
  ConstraintDetail,
  ConstraintListQuery,
  ConstraintListResponse,
  ConstraintStatusBody,
  CreateConstraintBody,
  FollowUpBody,
} from "./contract-constraints";
import {
  Cooperative,
  CooperativeInput,
  CooperativeListQuery,
  CooperativeListResponse,
  CooperativePage,
  UpdateCooperativeBody,
} from "./contract-cooperatives";
import {
  BusinessListQuery,
  BusinessListResponse,
  CreateBusinessBody,
  ExportQuery,
  RevealBody,
  RevealedIdentity,
  RevealQuery,
  UpdateBusinessBody,
  UpdatePersonBody,
} from "./contract-register";
import { getCooperative, updateCooperative } from "./cooperatives/edit-cooperative";
import { createCooperative, listCooperatives } from "./cooperatives/manage-cooperatives";
import { addImpact, addPivot, addProduct } from "./register/add-business-details";
import { createBusiness } from "./register/create-business";
import { prepareExport } from "./register/export-businesses";
import { getBusiness } from "./register/get-business";
import { listBusinesses } from "./register/list-businesses";
import { revealNik } from "./register/reveal-nik";
import { updateBusiness, updatePerson } from "./register/update-business";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The register's routes; `jobs` queues the incremental dedup of each new record. */
export function registryRoutes(jobs: Jobs) {
  return (root: FastifyInstance) => registerRoutes(root, jobs);
}

async function registerRoutes(root: FastifyInstance, jobs: Jobs): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["registry"];
  const base = "/api/registry";

  app.get(
    `${base}/businesses`,
    { schema: { tags, querystring: BusinessListQuery, response: { 200: BusinessListResponse } } },
    (req) => listBusinesses({ ctx: req.ctx, query: req.query }),
  );

  app.post(
    `${base}/businesses`,
    { schema: { tags, body: CreateBusinessBody, response: { 200: BusinessPage, 201: BusinessPage } } },
    async (req, reply) => {
      const out = await createBusiness({ ctx: req.ctx, input: req.body, jobs });
      return reply.status(out.kind === "created" ? 201 : 200).send(out.page);
    },
  );

  app.get(
    `${base}/businesses/export.xlsx`,
    { schema: { tags, querystring: ExportQuery } },
    async (req, reply) => {
      const prepared = await prepareExport({ ctx: req.ctx, query: req.query });
      const stream = new PassThrough();
      prepared.write(stream).catch((err: unknown) => {
        req.log.error({ err }, "registry export failed");
        stream.destroy(err instanceof Error ? err : new Error(String(err)));
      });
      const day = req.ctx.now.toISOString().slice(0, 10);
      return reply
        .header("content-type", XLSX)
        .header("content-disposition", `attachment; filename="umkm-${day}.xlsx"`)
        .send(stream);
    },
  );

  app.get(
    `${base}/businesses/:id`,
    { schema: { tags, params: IdParams, querystring: RevealQuery, response: { 200: BusinessPage } } },
    (req) =>
      getBusiness({
        ctx: req.ctx,
        id: req.params.id,
        revealNik: req.query.revealNik,
        revealReason: req.query.revealReason,
      }),
  );

  app.patch(
    `${base}/businesses/:id`,
    { schema: { tags, params: IdParams, body: UpdateBusinessBody, response: { 200: Business } } },
    (req) => updateBusiness({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.post(
    `${base}/businesses/:id/impacts`,
    { schema: { tags, params: IdParams, body: ImpactInput, response: { 201: Impact } } },
    async (req, reply) =>
      reply.status(201).send(await addImpact({ ctx: req.ctx, businessId: req.params.id, input: req.body })),
  );

  app.post(
    `${base}/businesses/:id/pivots`,
    { schema: { tags, params: IdParams, body: PivotInput, response: { 201: Pivot } } },
    async (req, reply) =>
      reply.status(201).send(await addPivot({ ctx: req.ctx, businessId: req.params.id, input: req.body })),
  );

  app.post(
    `${base}/businesses/:id/products`,
    { schema: { tags, params: IdParams, body: ProductInput, response: { 201: Product } } },
    async (req, reply) =>
      reply.status(201).send(await addProduct({ ctx: req.ctx, businessId: req.params.id, input: req.body })),
  );

  app.post(
    `${base}/businesses/:id/constraints`,
    { schema: { tags, params: IdParams, body: CreateConstraintBody, response: { 201: ConstraintDetail } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await reportConstraint({ ctx: req.ctx, businessId: req.params.id, input: req.body })),
  );

  app.patch(
    `${base}/persons/:id`,
    { schema: { tags, params: IdParams, body: UpdatePersonBody, response: { 200: Person } } },
    (req) => updatePerson({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.post(
    `${base}/persons/:id/reveal-nik`,
    { schema: { tags, params: IdParams, body: RevealBody, response: { 200: RevealedIdentity } } },
    (req) => revealNik({ ctx: req.ctx, personId: req.params.id, reason: req.body.reason }),
  );

  app.get(
    `${base}/cooperatives`,
    { schema: { tags, querystring: CooperativeListQuery, response: { 200: CooperativeListResponse } } },
    (req) => listCooperatives({ ctx: req.ctx, query: req.query }),
  );

  app.post(
    `${base}/cooperatives`,
    { schema: { tags, body: CooperativeInput, response: { 201: Cooperative } } },
    async (req, reply) => reply.status(201).send(await createCooperative({ ctx: req.ctx, input: req.body })),
  );

  app.get(
    `${base}/cooperatives/:id`,
    { schema: { tags, params: IdParams, response: { 200: CooperativePage } } },
    (req) => getCooperative({ ctx: req.ctx, id: req.params.id }),
  );

  app.patch(
    `${base}/cooperatives/:id`,
    { schema: { tags, params: IdParams, body: UpdateCooperativeBody, response: { 200: Cooperative } } },
    (req) => updateCooperative({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.get(
    `${base}/constraints`,
    { schema: { tags, querystring: ConstraintListQuery, response: { 200: ConstraintListResponse } } },
    (req) => listConstraints({ ctx: req.ctx, query: req.query }),
  );

  app.get(
    `${base}/constraints/:id`,
    { schema: { tags, params: IdParams, response: { 200: ConstraintDetail } } },
    (req) => getConstraint({ ctx: req.ctx, id: req.params.id }),
  );

  app.post(
    `${base}/constraints/:id/assign`,
    { schema: { tags, params: IdParams, body: AssignConstraintBody, response: { 200: ConstraintDetail } } },
    (req) => assignConstraint({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.post(
    `${base}/constraints/:id/follow-ups`,
    { schema: { tags, params: IdParams, body: FollowUpBody, response: { 200: ConstraintDetail } } },
    (req) => followUpConstraint({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.post(
    `${base}/constraints/:id/status`,
    { schema: { tags, params: IdParams, body: ConstraintStatusBody, response: { 200: ConstraintDetail } } },
    (req) => changeConstraintStatus({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
}
