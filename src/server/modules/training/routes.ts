// HTTP edge of training events: parse (contract.ts) → one verb → present.
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { certificateFile, issueCertificates, verifyCertificate } from "./certificates";
import { changeEventStatus } from "./change-status";
import {
  AddParticipantsBody,
  AddParticipantsResult,
  AttendanceBody,
  Candidate,
  CandidateQuery,
  CertificateCheck,
  CodeParams,
  CreateEventBody,
  Event,
  EventDetail,
  EventListQuery,
  IdParams,
  IssueResult,
  ParticipantParams,
  StatusBody,
} from "./contract";
import { createEvent, getEvent, listEvents } from "./manage-events";
import { addParticipants, listCandidates } from "./manage-participants";
import { recordAttendance } from "./record-attendance";

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "localhost"}`;

export async function trainingRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["training"];
  const base = "/api/training/events";

  app.get(base, { schema: { tags, querystring: EventListQuery, response: { 200: z.array(Event) } } }, (req) =>
    listEvents({ ctx: req.ctx, query: req.query }),
  );
  app.post(base, { schema: { tags, body: CreateEventBody, response: { 201: Event } } }, async (req, reply) =>
    reply.status(201).send(await createEvent({ ctx: req.ctx, input: req.body })),
  );
  app.get(`${base}/:id`, { schema: { tags, params: IdParams, response: { 200: EventDetail } } }, (req) =>
    getEvent({ ctx: req.ctx, id: req.params.id }),
  );
  app.post(
    `${base}/:id/status`,
    { schema: { tags, params: IdParams, body: StatusBody, response: { 200: EventDetail } } },
    (req) => changeEventStatus({ ctx: req.ctx, id: req.params.id, input: req.body }),
  );
  app.get(
    `${base}/:id/candidates`,
    {
      schema: { tags, params: IdParams, querystring: CandidateQuery, response: { 200: z.array(Candidate) } },
    },
    (req) => listCandidates({ ctx: req.ctx, eventId: req.params.id, query: req.query }),
  );
  app.post(
    `${base}/:id/participants`,
    {
      schema: { tags, params: IdParams, body: AddParticipantsBody, response: { 201: AddParticipantsResult } },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addParticipants({ ctx: req.ctx, eventId: req.params.id, input: req.body })),
  );
  app.post(
    `${base}/:id/attendance`,
    { schema: { tags, params: IdParams, body: AttendanceBody, response: { 200: EventDetail } } },
    (req) => recordAttendance({ ctx: req.ctx, eventId: req.params.id, input: req.body }),
  );
  app.post(
    `${base}/:id/certificates`,
    { schema: { tags, params: IdParams, response: { 200: IssueResult } } },
    (req) => issueCertificates({ ctx: req.ctx, eventId: req.params.id }),
  );
  app.get(
    `${base}/:id/participants/:participantId/certificate.pdf`,
    { schema: { tags, params: ParticipantParams } },
    async (req, reply) => {
      const file = await certificateFile({
        ctx: req.ctx,
        eventId: req.params.id,
        participantId: req.params.participantId,
        origin: originOf(req),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${file.name}"`)
        .send(file.data);
    },
  );
  app.get(
    "/api/training/certificates/:code",
    { schema: { tags, security: [], params: CodeParams, response: { 200: CertificateCheck } } },
    (req) => verifyCertificate({ ctx: req.ctx, code: req.params.code }),
  );
}
