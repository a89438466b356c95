import type { FastifyInstance } from "fastify";
import type { AppDeps } from "./app";

type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** Business modules' routes; each module adds one line here. */
export function moduleRoutes(_deps: AppDeps): RoutePlugin[] {
  return [];
}
