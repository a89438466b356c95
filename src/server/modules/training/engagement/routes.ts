// HTTP edge of the owners' side of a training (../contract-engagement.ts lists the routes). The
// public routes are rate-limited per IP like the store's public order routes; the staff routes check
// permission and scope in their verbs.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { loadEnv } from "../../../platform/env";
import { IdParams } from "../contract";
import {
  CheckInBody,
  CheckInResult,
  EvaluationBody,
  EvaluationReceipt,
  EvaluationSummary,
  Invitation,
  JoinResult,
  LinkBody,
  PublicEvent,
  RefuseBody,
  RegisterBody,
  Registration,
  RegistrationParams,
  RegistrationResult,
  Seat,
  SeatCodeParams,
  SentMark,
} from "../contract-engagement";
import { checkIn, joinOnline } from "./check-in";
import { submitEvaluation, summariseEvaluations } from "./evaluate";
import { listInvitations, markInvitationSent } from "./invitations";
import { linkRegistration, listRegistrations, refuseRegistration } from "./registrations";
import { readSeat, seatQrSvg } from "./seat-page";
import { readPublicEvent, registerSelf } from "./self-register";

const originOf = (req: FastifyRequest) => `${req.protocol}://${req.headers.host ?? "localhost"}`;
const ParticipantOnly = z.object({ id: z.uuid(), participantId: z.uuid() });

/** Public pages' API: per-IP limits (the store's switch turns them off for load tests). */
export function trainingPublicRoutes(options: { limits?: boolean } = {}) {
  const limits = options.limits ?? loadEnv().MARKET_RATE_LIMIT === "on";
  return async (root: FastifyInstance): Promise<void> => {
    if (limits) await root.register(rateLimit, { global: false });
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["training"];
    const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: 60_000 } });
    const P = "/api/training/public";
    app.get(
      `${P}/events/:id`,
      {
        schema: { tags, security: [], params: IdParams, response: { 200: PublicEvent } },
        config: perMinute(60),
      },
      (req) => readPublicEvent({ ctx: req.ctx, id: req.params.id }),
    );
    app.post(
      `${P}/events/:id/registrations`,
      {
        schema: {
          tags,
          security: [],
          params: IdParams,
          body: RegisterBody,
          response: { 201: RegistrationResult },
        },
        config: perMinute(10),
      },
      async (req, reply) =>
        reply.status(201).send(await registerSelf({ ctx: req.ctx, eventId: req.params.id, input: req.body })),
    );
    app.get(
      `${P}/seats/:code`,
      {
        schema: { tags, security: [], params: SeatCodeParams, response: { 200: Seat } },
        config: perMinute(30),
      },
      (req) => readSeat({ ctx: req.ctx, code: req.params.code }),
    );
    app.get(
      `${P}/seats/:code/qr.svg`,
      { schema: { tags, security: [], params: SeatCodeParams }, config: perMinute(120) },
      async (req, reply) =>
        reply
          .type("image/svg+xml")
          .send(await seatQrSvg({ ctx: req.ctx, code: req.params.code, origin: originOf(req) })),
    );
    app.post(
      `${P}/seats/:code/join`,
      {
        schema: {
          tags,
          security: [],
          params: SeatCodeParams,
          response: { 200: JoinResult },
        },
        config: perMinute(30),
      },
      (req) => joinOnline({ ctx: req.ctx, code: req.params.code }),
    );
    app.post(
      `${P}/seats/:code/evaluation`,
      {
        schema: {
          tags,
          security: [],
          params: SeatCodeParams,
          body: EvaluationBody,
          response: { 201: EvaluationReceipt },
        },
        config: perMinute(10),
      },
      async (req, reply) => {
        await submitEvaluation({ ctx: req.ctx, code: req.params.code, input: req.body });
        return reply.status(201).send({ ok: true });
      },
    );
  };
}

export async function trainingDeskRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["training"];
  const E = "/api/training/events/:id";
  app.get(
    `${E}/registrations`,
    { schema: { tags, params: IdParams, response: { 200: z.array(Registration) } } },
    (req) => listRegistrations({ ctx: req.ctx, eventId: req.params.id }),
  );
  app.post(
    `${E}/registrations/:registrationId/link`,
    { schema: { tags, params: RegistrationParams, body: LinkBody, response: { 200: Registration } } },
    (req) => linkRegistration({ ctx: req.ctx, eventId: req.params.id, ...req.params, ...req.body }),
  );
  app.post(
    `${E}/registrations/:registrationId/refuse`,
    { schema: { tags, params: RegistrationParams, body: RefuseBody, response: { 200: Registration } } },
    (req) => refuseRegistration({ ctx: req.ctx, eventId: req.params.id, ...req.params, ...req.body }),
  );
  app.get(
    `${E}/invitations`,
    { schema: { tags, params: IdParams, response: { 200: z.array(Invitation) } } },
    (req) => listInvitations({ ctx: req.ctx, eventId: req.params.id, origin: originOf(req) }),
  );
  app.post(
    `${E}/invitations/:participantId/sent`,
    { schema: { tags, params: ParticipantOnly, response: { 200: SentMark } } },
    (req) =>
      markInvitationSent({ ctx: req.ctx, eventId: req.params.id, participantId: req.params.participantId }),
  );
  app.post(
    `${E}/check-in`,
    { schema: { tags, params: IdParams, body: CheckInBody, response: { 200: CheckInResult } } },
    (req) => checkIn({ ctx: req.ctx, eventId: req.params.id, input: req.body }),
  );
  app.get(
    `${E}/evaluations`,
    { schema: { tags, params: IdParams, response: { 200: EvaluationSummary } } },
    (req) => summariseEvaluations({ ctx: req.ctx, eventId: req.params.id }),
  );
}
