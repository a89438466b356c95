// HTTP edge of programmes, proposals and items: parse (contract.ts) → one verb → present.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CreateProgrammeBody,
  CreateProposalBody,
  IdParams,
  ItemParams,
  Programme,
  ProgrammeSummary,
  Proposal,
  ProposalDetail,
  ProposalListQuery,
  QuotaBody,
  SnapshotInfo,
} from "./contract";
import { requirePermission } from "./permissions";
import { createProgramme, getProgramme, listProgrammes, setQuota } from "./programmes/manage-programmes";
import { addItem, addManyItems } from "./proposals/add-items";
import {
  AddItemBody,
  AddItemResult,
  AddManyBody,
  AddManyResult,
  CandidatePage,
  CandidateQuery,
  CheckResult,
  DecreeBody,
  Item,
  ItemListQuery,
  ItemPage,
  JustifyBody,
  ReasonBody,
  ReviseBody,
} from "./proposals/contract-items";
import { justifyProblem, listItems, recheckProposal, removeItem } from "./proposals/edit-items";
import {
  approveProposal,
  failProposal,
  rejectProposal,
  returnProposal,
  submitProposal,
  verifyProposal,
} from "./proposals/flow-proposal";
import { listCandidates } from "./proposals/list-candidates";
import { createProposal, getProposal, listProposals } from "./proposals/manage-proposals";
import { readUploadedFile } from "./proposals/read-upload";
import { reviseProposal } from "./proposals/revise-list";
import { uploadItems } from "./proposals/upload-items";

export async function aidProposalRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["aid"];
  const base = "/api/aid";

  app.get(`${base}/programmes`, { schema: { tags, response: { 200: z.array(ProgrammeSummary) } } }, (req) =>
    listProgrammes({ ctx: req.ctx }),
  );
  app.get(
    `${base}/programmes/:id`,
    { schema: { tags, params: IdParams, response: { 200: Programme } } },
    (req) => getProgramme({ ctx: req.ctx, id: req.params.id }),
  );
  app.post(
    `${base}/programmes`,
    { schema: { tags, body: CreateProgrammeBody, response: { 201: Programme } } },
    async (req, reply) => reply.status(201).send(await createProgramme({ ctx: req.ctx, input: req.body })),
  );
  app.post(
    `${base}/programmes/:id/quotas`,
    { schema: { tags, params: IdParams, body: QuotaBody, response: { 200: Programme } } },
    (req) => setQuota({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );

  app.get(
    `${base}/proposals`,
    { schema: { tags, querystring: ProposalListQuery, response: { 200: z.array(Proposal) } } },
    (req) => listProposals({ ctx: req.ctx, query: req.query }),
  );
  app.post(
    `${base}/proposals`,
    { schema: { tags, body: CreateProposalBody, response: { 201: Proposal } } },
    async (req, reply) => reply.status(201).send(await createProposal({ ctx: req.ctx, input: req.body })),
  );
  app.get(
    `${base}/proposals/:id`,
    { schema: { tags, params: IdParams, response: { 200: ProposalDetail } } },
    (req) => getProposal({ ctx: req.ctx, id: req.params.id }),
  );
  app.get(
    `${base}/proposals/:id/candidates`,
    { schema: { tags, params: IdParams, querystring: CandidateQuery, response: { 200: CandidatePage } } },
    (req) => listCandidates({ ctx: req.ctx, proposalId: req.params.id, query: req.query }),
  );

  app.get(
    `${base}/proposals/:id/items`,
    { schema: { tags, params: IdParams, querystring: ItemListQuery, response: { 200: ItemPage } } },
    (req) => listItems({ ctx: req.ctx, proposalId: req.params.id, query: req.query }),
  );
  app.post(
    `${base}/proposals/:id/items`,
    { schema: { tags, params: IdParams, body: AddItemBody, response: { 201: AddItemResult } } },
    async (req, reply) =>
      reply.status(201).send(await addItem({ ctx: req.ctx, proposalId: req.params.id, input: req.body })),
  );
  app.post(
    `${base}/proposals/:id/items/bulk`,
    { schema: { tags, params: IdParams, body: AddManyBody, response: { 201: AddManyResult } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addManyItems({ ctx: req.ctx, proposalId: req.params.id, input: req.body })),
  );
  app.post(
    `${base}/proposals/:id/items/upload`,
    {
      schema: { tags, params: IdParams, consumes: ["multipart/form-data"], response: { 201: AddManyResult } },
    },
    async (req, reply) => {
      requirePermission(req.ctx, "aid.propose");
      const file = await readUploadedFile(req);
      return reply.status(201).send(await uploadItems({ ctx: req.ctx, proposalId: req.params.id, file }));
    },
  );
  app.post(
    `${base}/proposals/:id/items/:itemId/justify`,
    { schema: { tags, params: ItemParams, body: JustifyBody, response: { 200: Item } } },
    (req) =>
      justifyProblem({ ctx: req.ctx, proposalId: req.params.id, itemId: req.params.itemId, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/items/:itemId/remove`,
    { schema: { tags, params: ItemParams, body: ReasonBody, response: { 200: Item } } },
    (req) =>
      removeItem({ ctx: req.ctx, proposalId: req.params.id, itemId: req.params.itemId, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/check`,
    { schema: { tags, params: IdParams, response: { 200: CheckResult } } },
    (req) => recheckProposal({ ctx: req.ctx, proposalId: req.params.id }),
  );

  const detail = { 200: ProposalDetail };
  app.post(`${base}/proposals/:id/submit`, { schema: { tags, params: IdParams, response: detail } }, (req) =>
    submitProposal({ ctx: req.ctx, id: req.params.id }),
  );
  app.post(`${base}/proposals/:id/verify`, { schema: { tags, params: IdParams, response: detail } }, (req) =>
    verifyProposal({ ctx: req.ctx, id: req.params.id }),
  );
  app.post(
    `${base}/proposals/:id/return`,
    { schema: { tags, params: IdParams, body: ReasonBody, response: detail } },
    (req) => returnProposal({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/approve`,
    { schema: { tags, params: IdParams, body: DecreeBody, response: detail } },
    (req) => approveProposal({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/reject`,
    { schema: { tags, params: IdParams, body: DecreeBody, response: detail } },
    (req) => rejectProposal({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/fail`,
    { schema: { tags, params: IdParams, body: ReasonBody, response: detail } },
    (req) => failProposal({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.post(
    `${base}/proposals/:id/revise`,
    { schema: { tags, params: IdParams, body: ReviseBody, response: { 201: SnapshotInfo } } },
    async (req, reply) =>
      reply.status(201).send(await reviseProposal({ ctx: req.ctx, id: req.params.id, input: req.body })),
  );
}
