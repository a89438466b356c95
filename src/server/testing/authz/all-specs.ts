import { aidSpecs } from "./aid-specs";
import { linkageSpecs } from "./linkage-specs";
import { marketSpecs } from "./market-specs";
import { platformSpecs } from "./platform-specs";
import { registryImportSpecs } from "./registry-import-specs";
import { registrySpecs } from "./registry-specs";
import type { RouteSpec } from "./types";

/** Every module adds its route specs here; a route without a spec fails the matrix test. */
export const ALL_SPECS: RouteSpec[] = [
  ...platformSpecs,
  ...registrySpecs,
  ...registryImportSpecs,
  ...linkageSpecs,
  ...marketSpecs,
  ...aidSpecs,
];
