import type { InjectOptions } from "fastify";
import type { Role } from "../../modules/access";
import type { TestApp } from "../test-app";

/** Facts a spec may use to build valid requests (ids of seeded rows, and a counter for unique names). */
export type Fixture = { t: TestApp; unique: () => string; ids: Record<string, string> };

export type Allow = "public" | "authenticated" | readonly Role[];

/**
 * How one route is authorised. `request` builds a valid request inside the caller's scope;
 * `outOfScope`, when given, builds one that targets a region outside a Kalimantan Tengah regency user's scope.
 */
export type RouteSpec = {
  route: string;
  allow: Allow;
  request: (f: Fixture) => InjectOptions | Promise<InjectOptions>;
  outOfScope?: (f: Fixture) => InjectOptions | Promise<InjectOptions>;
};
