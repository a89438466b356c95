import type { FastifyInstance } from "fastify";
import type { AppDeps } from "./app";
import { aidRoutes } from "./modules/aid";
import { linkageRoutes } from "./modules/linkage";
import { marketRoutes } from "./modules/market";
import { registryRoutes } from "./modules/registry";
import { registryImportRoutes } from "./modules/registry/routes-import";

type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** Business modules' routes; each module adds one line here. */
export function moduleRoutes(deps: AppDeps): RoutePlugin[] {
  return [
    registryRoutes,
    registryImportRoutes(deps.jobs),
    linkageRoutes(deps.jobs),
    ...marketRoutes(),
    aidRoutes,
  ];
}
