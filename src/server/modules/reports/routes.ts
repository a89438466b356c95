// HTTP edge of reports: parse (contract.ts) → one verb → present.
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { OpenData, OpenDataQuery, RegionRows, Summary, SummaryQuery, Today } from "./contract";
import { NaikKelas, PeriodQuery } from "./contract-naik-kelas";
import { dashboardPdf, dashboardXlsx } from "./dashboard/exports";
import { reportByRegion, reportSummary } from "./dashboard/summary";
import { reportNaikKelas } from "./naik-kelas/naik-kelas";
import { naikKelasXlsx } from "./naik-kelas/naik-kelas-xlsx";
import { openDataCsv, readOpenData } from "./open-data/open-data";
import { readToday } from "./today";

export async function reportsRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  app.get(
    "/api/reports/summary",
    { schema: { tags, querystring: SummaryQuery, response: { 200: Summary } } },
    (req) => reportSummary({ ctx: req.ctx, ...req.query }),
  );
  app.get(
    "/api/reports/regions",
    { schema: { tags, querystring: SummaryQuery, response: { 200: RegionRows } } },
    (req) => reportByRegion({ ctx: req.ctx, ...req.query }),
  );
  app.get("/api/reports/today", { schema: { tags, response: { 200: Today } } }, (req) =>
    readToday({ ctx: req.ctx }),
  );
  app.get(
    "/api/open-data/regencies",
    {
      schema: { tags: ["open-data"], security: [], querystring: OpenDataQuery, response: { 200: OpenData } },
    },
    (req) => readOpenData({ ctx: req.ctx, province: req.query.province }),
  );
  app.get(
    "/api/open-data/regencies.csv",
    { schema: { tags: ["open-data"], security: [], querystring: OpenDataQuery } },
    async (req, reply) => {
      const data = await readOpenData({ ctx: req.ctx, province: req.query.province });
      const day = data.asOf.slice(0, 10);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="data-terbuka-${data.province}-${day}.csv"`)
        .send(openDataCsv(data, req.query.lang));
    },
  );
  app.get(
    "/api/reports/regions.xlsx",
    { schema: { tags, querystring: SummaryQuery } },
    async (req, reply) => {
      const rows = await reportByRegion({ ctx: req.ctx, ...req.query });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="dasbor-${rows.parent.region}.xlsx"`)
        .send(await dashboardXlsx(rows, req.ctx.lang === "en" ? "en" : "id"));
    },
  );
  app.get("/api/reports/regions.pdf", { schema: { tags, querystring: SummaryQuery } }, async (req, reply) => {
    const rows = await reportByRegion({ ctx: req.ctx, ...req.query });
    return reply
      .type("application/pdf")
      .header("content-disposition", `inline; filename="dasbor-${rows.parent.region}.pdf"`)
      .send(await dashboardPdf(rows, req.ctx.lang === "en" ? "en" : "id"));
  });
  app.get(
    "/api/reports/naik-kelas",
    { schema: { tags, querystring: PeriodQuery, response: { 200: NaikKelas } } },
    (req) => reportNaikKelas({ ctx: req.ctx, query: req.query }),
  );
  app.get(
    "/api/reports/naik-kelas.xlsx",
    { schema: { tags, querystring: PeriodQuery } },
    async (req, reply) => {
      const report = await reportNaikKelas({ ctx: req.ctx, query: req.query });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="naik-kelas-${report.region}.xlsx"`)
        .send(await naikKelasXlsx(report, req.ctx.lang === "en" ? "en" : "id"));
    },
  );
}
