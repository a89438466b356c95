/**
 * registry: the register of affected cooperatives and UMKM — owners (persons), businesses,
 * cooperatives, impact assessments, production pivots, products, kendala with follow-ups, and the
 * source of every record. Aid, market, training and linkage build on the reads exported here.
 */
export { commitImportFile } from "./cli/commit-file";
export { runImportRegistryCli } from "./cli/import-cli";

import type { ServerModule } from "../../platform/module";
import { provideBusinessRegionLookup } from "../access";
import { seedRegistryDemo } from "./demo/seed-registry-demo";
import { registerImportJobs } from "./import-jobs";
import { findBusinessRow } from "./repository";
import { registryRoutes } from "./routes";
import { registryImportRoutes } from "./routes-import";

// access binds `pelaku_usaha` accounts to businesses but cannot import registry (it lies to the
// left): loading registry gives it the region of a business, read under the caller's scope.
provideBusinessRegionLookup(async (t, id) => (await findBusinessRow(t, id))?.regionCode ?? null);

export type { Business, BusinessListItem, BusinessPage, ConstraintItem, Person } from "./contract";
export { IsoDate, RegionCode } from "./contract";
export { type CreateBusinessOutcome, createBusiness } from "./create-business";
export { findSampleOwner, listSampleBusinessIds, type SampleOwner } from "./demo/samples";
export { TAILOR_TAG } from "./demo/scenarios";
export {
  listDemoTailors,
  type RegistryDemoOptions,
  type RegistryDemoResult,
  seedRegistryDemo,
} from "./demo/seed-registry-demo";
export { classifyBusinessSize, type SizeResult } from "./domain";
export { SECTORS, type Sector, SOURCE_KINDS, type SourceKind } from "./domain/vocab";
export { getBusiness } from "./get-business";
export { guardSpreadsheet, startAnalysis, UPLOAD_LIMITS } from "./import";
export { listBusinesses } from "./list-businesses";
export {
  type OwnerCandidate,
  type OwnerFields,
  type OwnerMatcher,
  provideOwnerMatcher,
} from "./owner-matching";
export {
  type BusinessBrief,
  findPersonsByNikInScope,
  getBusinessBrief,
  getBusinessBriefs,
  type PersonByNik,
  selectBusinessBriefs,
} from "./read-briefs";
export { countAffectedBusinesses, countOpenConstraints, countRegisteredBusinesses } from "./read-counts";
export {
  type BusinessFacts,
  type BusinessOwnerRow,
  countAffectedByRegency,
  findOwnersByNik,
  type OwnerByNik,
  readBusinessFacts,
  readBusinessOwners,
} from "./read-facts";
export {
  findHintCandidateIds,
  type HintPerson,
  type HintPersonRow,
  readHintPersons,
  readPersonsBusinesses,
} from "./read-hint-candidates";
export { type LinkPageFilter, readLinkPage } from "./read-link-page";
// Reads and writes for the linkage module (dedup, outside lists, hints, merges).
export {
  type KeyPersonRow,
  type LinkSourceRow,
  type RecordSourceRow,
  readEntityRecords,
  readLinkRecords,
  readLinkRecordsByIds,
  readPersonsForKeys,
  readRecordSources,
} from "./read-link-records";
export { listBusinessesForProposal, type ProposalCandidate, type ProposalFilter } from "./read-proposal";
export {
  type BusinessRow,
  findBusinessRow,
  findBusinessRows,
  findPersonRow,
  findPersonRows,
  findPersonsByNik,
  type PersonRow,
} from "./repository";
export {
  type BusinessMergeState,
  readMergeState,
  setEntityIds,
  setMatchKeys,
  writeMergeState,
} from "./write-link-results";

/** The registry's manifest for the composition root (src/server/modules.ts). */
export const registryModule: ServerModule = {
  name: "registry",
  routes: ({ jobs }) => [registryRoutes, registryImportRoutes(jobs)],
  jobs: registerImportJobs,
  demo: { seed: (database) => seedRegistryDemo(database) },
  authzSpecs: async () => [
    ...(await import("./testing/authz-specs")).registrySpecs,
    ...(await import("./testing/import-authz-specs")).registryImportSpecs,
  ],
};
