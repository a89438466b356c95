// HTTP edge of a person's data on request and of the NIK reveal log (contract-person.ts).
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { localDate } from "../../../../shared/local-time";
import { PersonData, PersonIdParams, RevealLog, RevealLogQuery } from "../contract-person";
import { exportPersonData } from "./person-data";
import { personDataPdf } from "./person-data-pdf";
import { readRevealLog } from "./reveal-log";

const fileName = (name: string, day: string, ext: string): string =>
  `data-pribadi-${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "orang"
  }-${day}.${ext}`;

export async function personDataRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ["reports"];
  app.get(
    "/api/reports/persons/:id/personal-data",
    { schema: { tags, params: PersonIdParams, response: { 200: PersonData } } },
    async (req, reply) => {
      const data = await exportPersonData({ ctx: req.ctx, personId: req.params.id, format: "json" });
      const day = localDate(req.ctx.now, data.person.regionCode);
      reply.header(
        "content-disposition",
        `attachment; filename="${fileName(data.person.name, day, "json")}"`,
      );
      return data;
    },
  );
  app.get(
    "/api/reports/persons/:id/personal-data.pdf",
    { schema: { tags, params: PersonIdParams } },
    async (req, reply) => {
      const data = await exportPersonData({ ctx: req.ctx, personId: req.params.id, format: "pdf" });
      const day = localDate(req.ctx.now, data.person.regionCode);
      return reply
        .type("application/pdf")
        .header("content-disposition", `attachment; filename="${fileName(data.person.name, day, "pdf")}"`)
        .send(await personDataPdf(data));
    },
  );
  app.get(
    "/api/reports/nik-reveals",
    { schema: { tags, querystring: RevealLogQuery, response: { 200: RevealLog } } },
    (req) => readRevealLog({ ctx: req.ctx, query: req.query }),
  );
}
