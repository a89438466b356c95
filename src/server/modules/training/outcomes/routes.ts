// HTTP edge of training follow-ups: parse (contract.ts) → one verb → present.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { FollowUp, FollowUpQuery, RecordOutcomeBody } from "../contract-outcomes";
import { listFollowUps, recordOutcome } from "./follow-ups";

export async function outcomeRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["training"];
  const base = "/api/training/follow-ups";
  app.get(
    base,
    { schema: { tags, querystring: FollowUpQuery, response: { 200: z.array(FollowUp) } } },
    (req) => listFollowUps({ ctx: req.ctx, query: req.query }),
  );
  app.post(
    base,
    { schema: { tags, body: RecordOutcomeBody, response: { 201: FollowUp } } },
    async (req, reply) => reply.status(201).send(await recordOutcome({ ctx: req.ctx, input: req.body })),
  );
}
