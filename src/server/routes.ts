import type { AppDeps } from "./app";
import { SERVER_MODULES } from "./modules";
import type { RoutePlugin } from "./platform/module";

/** Every module's route plugins, in the order of the module list. */
export function moduleRoutes(deps: AppDeps): RoutePlugin[] {
  return SERVER_MODULES.flatMap((m) => m.routes?.(deps) ?? []);
}
