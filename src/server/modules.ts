// The one list of server modules, in dependency order. The app registers their routes, the job
// worker their handlers, the demo seeds them and the authorisation matrix walks their specs from
// this list: adding a module is one line here (its manifest lives in its own index.ts).
import { accessModule } from "./modules/access";
import { aidModule, provideInKindSources } from "./modules/aid";
import { linkageModule } from "./modules/linkage";
import { marketModule, procurementStock } from "./modules/market";
import { regionsModule } from "./modules/regions";
import { registryModule } from "./modules/registry";
import { reportsModule } from "./modules/reports";
import { trainingModule } from "./modules/training";
import { type ErrorSpec, PLATFORM_ERRORS } from "./platform/errors";
import type { ServerModule } from "./platform/module";

// aid and market are siblings in the chain: in-kind aid reads market's delivered procurements
// through this port, wired here where both are known.
provideInKindSources(procurementStock);

export const SERVER_MODULES: readonly ServerModule[] = [
  regionsModule,
  accessModule,
  registryModule,
  linkageModule,
  marketModule,
  aidModule,
  trainingModule,
  reportsModule,
];

/**
 * Every code the server answers with: the platform's generic ones and each module's own, with the
 * status and message of each. A code declared twice is a startup error, not a silent override.
 */
export function errorCatalogue(): ReadonlyMap<string, ErrorSpec> {
  const all = new Map<string, ErrorSpec>(Object.entries(PLATFORM_ERRORS));
  for (const m of SERVER_MODULES) {
    for (const [code, spec] of Object.entries(m.errors ?? {})) {
      if (all.has(code)) throw new Error(`error code ${code} of ${m.name} is declared twice`);
      all.set(code, spec);
    }
  }
  return all;
}

/** Every module's permission table in one map (name → roles); a name declared twice throws. */
export function permissionCatalogue(
  modules: readonly Pick<ServerModule, "name" | "permissions">[] = SERVER_MODULES,
): ReadonlyMap<string, { module: string; roles: readonly string[] }> {
  const all = new Map<string, { module: string; roles: readonly string[] }>();
  for (const m of modules) {
    for (const [name, roles] of Object.entries(m.permissions ?? {})) {
      if (all.has(name)) throw new Error(`permission ${name} of ${m.name} is declared twice`);
      all.set(name, { module: m.name, roles });
    }
  }
  return all;
}
