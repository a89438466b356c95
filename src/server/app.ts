import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import multipart from "@fastify/multipart";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { z } from "zod";
import { demoState } from "./demo/demo-state";
import { installAuth } from "./modules/access";
import type { Database } from "./platform/db/pool";
import { AppError } from "./platform/errors";
import { installErrorHandler, sendError } from "./platform/http/error-handler";
import { openapiOptions } from "./platform/http/openapi";
import { installOriginCheck, installSecurityHeaders, installTextGuard } from "./platform/http/security";
import { sendIndex, serveWeb } from "./platform/http/web";
import { newId } from "./platform/ids";
import type { Jobs } from "./platform/jobs/jobs";
import { type Logger, log } from "./platform/log";
import { moduleRoutes } from "./routes";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const VERSION: string = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
const WEB_DIR = path.join(ROOT, "dist/web");

declare module "fastify" {
  interface FastifyInstance {
    /** Every /api route, for the authorisation-matrix and fuzz tests. */
    routeTable: Array<{ method: string; url: string }>;
  }
}

export type AppDeps = {
  database: Database;
  jobs: Jobs;
  trustProxy?: boolean;
  logRequests?: boolean;
  /** Tests pass their own logger to read what would be logged, and their own built SPA. */
  logger?: Logger;
  webDir?: string;
};

/** Builds the Fastify app: plugins, module routes, one error handler, the SPA. */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: (deps.logger ?? log) as unknown as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: !deps.logRequests }),
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 2 * 1024 * 1024,
    genReqId: (req) => {
      const incoming = req.headers["x-request-id"];
      return typeof incoming === "string" && /^[\w.-]{8,64}$/.test(incoming) ? incoming : newId();
    },
    routerOptions: { maxParamLength: 200 },
  });
  const routeTable: Array<{ method: string; url: string }> = [];
  app.decorate("routeTable", routeTable);
  app.addHook("onRoute", (r) => {
    for (const m of [r.method].flat())
      if (m !== "HEAD" && r.url.startsWith("/api/")) routeTable.push({ method: m, url: r.url });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installOriginCheck(app);
  installTextGuard(app);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  await app.register(cookie);
  await installSecurityHeaders(app);
  await app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 5 } });
  await app.register(swagger, openapiOptions(VERSION));
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  installAuth(app, deps.database);

  app.get(
    "/api/health",
    {
      schema: {
        tags: ["platform"],
        security: [],
        response: {
          200: z.object({ status: z.string(), db: z.string(), version: z.string(), demo: z.string() }),
        },
      },
    },
    async () => {
      try {
        await deps.database.db.execute(sql`select 1`);
      } catch {
        throw new AppError("UNAVAILABLE");
      }
      return { status: "ok", db: "ok", version: VERSION, demo: demoState.value };
    },
  );
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  for (const routes of moduleRoutes(deps)) await app.register(routes);

  const hasWeb = await serveWeb(app, deps.webDir ?? WEB_DIR);
  app.setNotFoundHandler((req, reply) => {
    if ((req.method === "GET" || req.method === "HEAD") && !/^\/(api|assets)\//.test(req.url) && hasWeb) {
      return sendIndex(reply);
    }
    return sendError(req, reply, new AppError("NOT_FOUND"));
  });
  return app;
}
