import type { FastifyInstance } from "fastify";
import type { AppDeps } from "./app";
import { aidRoutes } from "./modules/aid";
import { linkageRoutes } from "./modules/linkage";
import { registryRoutes } from "./modules/registry";
import { marketCounterRoutes, marketPublicRoutes, marketStaffRoutes, marketStoreRoutes } from "./modules/market";

type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** Business modules' routes; each module adds one line here. */
export function moduleRoutes(deps: AppDeps): RoutePlugin[] {
  return [registryRoutes, linkageRoutes(deps.jobs), marketPublicRoutes(), marketStaffRoutes, marketCounterRoutes, marketStoreRoutes, aidRoutes];
}
