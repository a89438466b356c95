import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Database } from "../../platform/db/pool";
import {
  ListRegionsQuery,
  RegionCodeParam,
  RegionDetail,
  RegionHitSchema,
  RegionSchema,
  SearchRegionsQuery,
} from "./contract";
import { findRegions, getRegion, listRegions } from "./lookup";

/** Region reference data is public: the store's delivery form needs it as much as staff do. */
export function regionRoutes(database: Database) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ["regions"];
    app.get(
      "/api/regions",
      {
        schema: {
          tags,
          security: [],
          querystring: ListRegionsQuery,
          response: { 200: z.array(RegionSchema) },
        },
      },
      (req) => listRegions(database, req.query.parent),
    );
    app.get(
      "/api/regions/search",
      {
        schema: {
          tags,
          security: [],
          querystring: SearchRegionsQuery,
          response: { 200: z.array(RegionHitSchema) },
        },
      },
      async (req) => (await findRegions(database, req.query)).map(({ score: _score, ...hit }) => hit),
    );
    app.get(
      "/api/regions/:code",
      {
        schema: {
          tags,
          security: [],
          params: z.object({ code: RegionCodeParam }),
          response: { 200: RegionDetail },
        },
      },
      (req) => getRegion(database, req.params.code),
    );
  };
}
