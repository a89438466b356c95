import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../../platform/errors";
import type { JobStatus, Jobs } from "../../platform/jobs/jobs";
import { type Ctx, requirePermission } from "./context";
import { scopeWithin } from "./domain/scope";

const JobSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: z.string(),
  progress: z.object({ percent: z.number(), message: z.string() }),
  result: z.unknown().optional(),
  error: z.string().nullable(),
});

function present(s: JobStatus) {
  return {
    id: s.id,
    name: s.name,
    state: s.state,
    progress: { percent: s.percent, message: s.message },
    result: s.result,
    error: s.error,
  };
}

async function visibleJob(ctx: Ctx, jobs: Jobs, id: string): Promise<JobStatus> {
  requirePermission(ctx, "jobs.read");
  const status = await jobs.status(id);
  if (!status) throw notFound();
  const actor = ctx.actor;
  const mine = actor.kind === "user" && status.createdBy === actor.userId;
  if (!mine && !scopeWithin(actor.scope, status.scope || "*")) throw new AppError("OUT_OF_SCOPE");
  return status;
}

const FINAL = new Set(["completed", "failed", "cancelled"]);

/** Job status and a server-sent-event stream of its progress (polls the progress row). */
export function jobRoutes(jobs: Jobs) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const params = z.object({ id: z.uuid() });
    app.get(
      "/api/jobs/:id",
      { schema: { tags: ["jobs"], params, response: { 200: JobSchema } } },
      async (req) => present(await visibleJob(req.ctx, jobs, req.params.id)),
    );
    app.get("/api/jobs/:id/events", { schema: { tags: ["jobs"], params } }, async (req, reply) => {
      let status = await visibleJob(req.ctx, jobs, req.params.id);
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-cache",
        connection: "keep-alive",
      });
      let closed = false;
      req.raw.on("close", () => {
        closed = true;
      });
      let last = "";
      for (let i = 0; i < 24 * 3600 && !closed; i++) {
        const data = JSON.stringify({
          percent: status.percent,
          message: status.message,
          state: status.state,
        });
        if (data !== last) res.write(`event: progress\ndata: ${data}\n\n`);
        last = data;
        if (FINAL.has(status.state)) {
          const event = status.state === "completed" ? "completed" : "failed";
          const payload = status.state === "completed" ? status.result : { message: status.error };
          res.write(`event: ${event}\ndata: ${JSON.stringify(payload ?? null)}\n\n`);
          break;
        }
        await new Promise((r) => setTimeout(r, 400));
        status = (await jobs.status(status.id)) ?? status;
      }
      res.end();
    });
  };
}
