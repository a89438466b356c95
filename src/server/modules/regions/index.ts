/**
 * regions: the Kemendagri region tree (province → regency → district → village) from the npm
 * package idn-area-data (ODbL), with lookups and spelling-tolerant search.
 */
export { coreWords, levelOf, parentOf, type RegionLevel, searchName } from "./domain/normalize";
export { ensureRegions } from "./load-regions";
export { ancestorCodes, findRegions, getRegion, listRegions } from "./lookup";
export { findRegion, listChildren, type Region } from "./repository";
export { regionRoutes } from "./routes";
