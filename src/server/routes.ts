import type { FastifyInstance } from "fastify";
import type { AppDeps } from "./app";
import { linkageRoutes } from "./modules/linkage";
import { registryRoutes } from "./modules/registry";
import { marketPublicRoutes, marketStaffRoutes } from "./modules/market";

type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** Business modules' routes; each module adds one line here. */
export function moduleRoutes(deps: AppDeps): RoutePlugin[] {
  return [registryRoutes, linkageRoutes(deps.jobs), marketPublicRoutes(), marketStaffRoutes];
}
