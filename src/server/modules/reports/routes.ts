// HTTP edge of reports: parse (contract.ts) → one verb → present.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { RegionRows, Summary, SummaryQuery, Today } from "./contract";
import { reportByRegion, reportSummary } from "./summary";
import { readToday } from "./today";

export async function reportsRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  app.get(
    "/api/reports/summary",
    { schema: { tags, querystring: SummaryQuery, response: { 200: Summary } } },
    (req) => reportSummary({ ctx: req.ctx, region: req.query.region }),
  );
  app.get(
    "/api/reports/regions",
    { schema: { tags, querystring: SummaryQuery, response: { 200: RegionRows } } },
    (req) => reportByRegion({ ctx: req.ctx, region: req.query.region }),
  );
  app.get("/api/reports/today", { schema: { tags, response: { 200: Today } } }, (req) =>
    readToday({ ctx: req.ctx }),
  );
}
