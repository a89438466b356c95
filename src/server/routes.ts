import type { AppDeps } from "./app";
import { SERVER_MODULES } from "./modules";
import { linkageDuplicateReview, linkageOwnerMatcher } from "./modules/linkage";
import { provideDuplicateReview, provideOwnerMatcher } from "./modules/registry";
import type { RoutePlugin } from "./platform/module";

/** Every module's route plugins, in the order of the module list. */
export function moduleRoutes(deps: AppDeps): RoutePlugin[] {
  // Registry's duplicate gate searches with the linkage engine (registry cannot import linkage).
  provideOwnerMatcher(linkageOwnerMatcher);
  provideDuplicateReview(linkageDuplicateReview);
  return SERVER_MODULES.flatMap((m) => m.routes?.(deps) ?? []);
}
