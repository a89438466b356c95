// Regions: the Kemendagri administrative hierarchy (province → regency → district → village).
// Public surface for other features: region names, the scope-limited picker and the query hooks.
// The browser page itself is registered through ./module.ts (lazy), not exported here.
export type { RegionDetail, RegionLevel, RegionSearchHit, RegionSummary } from "./api/types";
export { RegionName } from "./components/region-name";
export { RegionPicker } from "./components/region-picker";
export { useRegion, useRegionChildren, useRegionSearch } from "./hooks/use-regions";
