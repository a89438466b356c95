// What a module brings to the composition root. Each module's index.ts exports one ServerModule;
// src/server/modules.ts lists them, and the app, the job worker, the demo and the authorisation
// matrix loop over that list, so adding a module is one line outside its folder.
import type { FastifyInstance } from "fastify";
import type { Database } from "./db/pool";
import type { ErrorTable } from "./errors";
import type { Jobs } from "./jobs/jobs";

export type RoutePlugin = (app: FastifyInstance) => Promise<void>;

/** The services a module's routes and jobs may be built on. */
export type ModuleDeps = { database: Database; jobs: Jobs };

export type ServerModule = {
  /** The module's folder and database schema name, e.g. "registry". */
  name: string;
  /** The module's own error codes (status and message of each); the platform's generic ones are shared. */
  errors?: ErrorTable;
  /**
   * The module's permission table: which roles hold each of its permissions (region scope is
   * checked apart). Names start with the module's name or a capability of it; none is declared twice.
   */
  permissions?: Readonly<Record<string, readonly string[]>>;
  /** Fastify plugins, registered in list order after the platform's own routes. */
  routes?: (deps: ModuleDeps) => readonly RoutePlugin[];
  /** Registers the module's background job handlers. */
  jobs?: (jobs: Jobs, database: Database) => void;
  /**
   * The module's part of the demo (idempotent), run in list order. A `deferred` part runs after
   * the server listens (`npm start`), so the login page is up within seconds.
   */
  demo?: { seed: (database: Database, opts: { password: string }) => Promise<unknown>; deferred?: boolean };
  /**
   * The authorisation-matrix specs of the module's routes (test code, loaded only by the matrix
   * test through this lazy import; typed there as RouteSpec[]).
   */
  authzSpecs?: () => Promise<readonly unknown[]>;
};
