/**
 * regions: the Kemendagri region tree (province → regency → district → village) from the npm
 * package idn-area-data (ODbL), with lookups and spelling-tolerant search.
 */
import type { ServerModule } from "../../platform/module";
import { regionRoutes } from "./routes";

export { coreWords, levelOf, parentOf, type RegionLevel, searchName } from "./domain/normalize";
export { ensureRegions } from "./load-regions";
export { ancestorCodes, findRegions, getRegion, listRegions } from "./lookup";
export { findRegion, listChildren, type Region } from "./repository";

/** The regions module's manifest (its routes' authz specs are the platform's, in testing/authz). */
export const regionsModule: ServerModule = {
  name: "regions",
  routes: ({ database }) => [regionRoutes(database)],
};
