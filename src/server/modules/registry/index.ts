/**
 * registry: the register of affected cooperatives and UMKM — owners (persons), businesses,
 * cooperatives, impact assessments, production pivots, products, kendala with follow-ups, and the
 * source of every record. Aid, market, training and linkage build on the reads exported here.
 */
export { commitImportFile } from "./cli/commit-file";
export { runImportRegistryCli } from "./cli/import-cli";

import { sql } from "drizzle-orm";
import type { ServerModule } from "../../platform/module";
import { type Ctx, provideBusinessRegionLookup, tx } from "../access";
import { seedRegistryDemo } from "./demo/seed-registry-demo";
import { REGISTRY_ERRORS } from "./errors";
import { registerImportJobs } from "./import/flow/jobs";
import { registryImportRoutes } from "./import/flow/routes";
import { REGISTRY_PERMISSIONS } from "./permissions";
import { registerCountFold } from "./register/fold-counts";
import { findBusinessRow } from "./register/repository";
import { registryRoutes } from "./routes";

// access binds `pelaku_usaha` accounts to businesses but cannot import registry (it lies to the
// left): loading registry gives it the region of a business, read under the caller's scope.
provideBusinessRegionLookup(async (t, id) => (await findBusinessRow(t, id))?.regionCode ?? null);

export { IsoDate, RegionCode } from "./contract";
export type { Business, BusinessPage, Person } from "./contract-business-page";
export type { ConstraintItem } from "./contract-constraints";
export type { BusinessListItem } from "./contract-register";
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
export {
  type OwnerCandidate,
  type OwnerFields,
  type OwnerMatcher,
  provideOwnerMatcher,
} from "./duplicates/owner-matching";
export {
  findHintCandidateIds,
  type HintPerson,
  type HintPersonRow,
  readHintPersons,
  readPersonsBusinesses,
} from "./duplicates/read-hint-candidates";
export {
  type DuplicateReview,
  type NewRecords,
  provideDuplicateReview,
  type ReviewRequest,
} from "./duplicates/review-port";
export {
  detectHeaders,
  guardSpreadsheet,
  type MappingOverride,
  roleOfLabel,
  type SheetMappingOverride,
  startAnalysis,
  UPLOAD_LIMITS,
} from "./import";
export { type LinkPageFilter, readLinkPage } from "./links/read-link-page";
// Reads and writes for the linkage module (dedup, outside lists, hints, merges).
export {
  type KeyPersonRow,
  type LinkSourceRow,
  type RecordSourceRow,
  readEntityRecords,
  readImportedBusinessIds,
  readLinkRecords,
  readLinkRecordsByIds,
  readLinkRecordsByOwners,
  readPersonsForKeys,
  readRecordSources,
} from "./links/read-link-records";
export {
  type BusinessMergeState,
  readMergeState,
  setEntityIds,
  setMatchKeys,
  writeMergeState,
} from "./links/write-link-results";
export {
  type BusinessBrief,
  findPersonsByNikInScope,
  getBusinessBrief,
  getBusinessBriefs,
  type PersonByNik,
  selectBusinessBriefs,
} from "./reads/read-briefs";
export { businessRegionOf } from "./reads/read-business-region";
export {
  countAffectedBusinesses,
  countAffectedBusinessesByChild,
  countOpenConstraints,
  countOpenConstraintsByChild,
  countOpenedConstraints,
  countOpenedConstraintsByChild,
  countRegisteredBusinesses,
  countRegisteredBusinessesByChild,
} from "./reads/read-counts";
export {
  type BusinessFacts,
  type BusinessOwnerRow,
  countAffectedByRegency,
  findOwnersByNik,
  type OwnerByNik,
  readBusinessFacts,
  readBusinessOwners,
} from "./reads/read-facts";
export { personDataOf, type RegistryPersonData } from "./reads/read-person-data";
export { type PivotBrief, readPivotBrief } from "./reads/read-pivot";
export {
  listBusinessesForProposal,
  type ProposalCandidate,
  type ProposalFilter,
} from "./reads/read-proposal";
export { addPivot } from "./register/add-business-details";
export { type CreateBusinessOutcome, createBusiness } from "./register/create-business";
export { getBusiness } from "./register/get-business";
export { listBusinesses } from "./register/list-businesses";
export {
  type BusinessRow,
  findBusinessRow,
  findBusinessRows,
  findPersonRow,
  findPersonRows,
  findPersonsByNik,
  type PersonRow,
} from "./register/repository";
export {
  countSizeMovesUp,
  countSizeMovesUpByChild,
  readSizeMovesUp,
  type SizeMove,
} from "./size/read-size-moves";
export { recordSizeClass, type SizeClassChange } from "./size/record-size-class";

// Work for today on the home pages (reports reads them), under the caller's scope.
async function countRows(ctx: Ctx, query: ReturnType<typeof sql>): Promise<number> {
  return tx(ctx, async (t) => Number((await t.execute<{ n: number }>(query)).rows[0]?.n ?? 0));
}
/** Import dry runs not yet committed (or undone): files waiting for the operator's decision. */
export const countImportsWaiting = ({ ctx }: { ctx: Ctx }) =>
  countRows(ctx, sql`select count(*)::int as n from registry.import_batches where status = 'dry_run'`);
/** Open kendala (open or in progress) assigned to the signed-in user. */
export const countConstraintsAssignedToMe = ({ ctx }: { ctx: Ctx }) =>
  ctx.actor.kind !== "user"
    ? Promise.resolve(0)
    : countRows(
        ctx,
        sql`select count(*)::int as n from registry.constraints
          where status in ('open', 'in_progress') and assignee_user_id = ${ctx.actor.userId}`,
      );

/** The registry's manifest for the composition root (src/server/modules.ts). */
export const registryModule: ServerModule = {
  name: "registry",
  errors: REGISTRY_ERRORS,
  permissions: REGISTRY_PERMISSIONS,
  routes: ({ jobs }) => [registryRoutes(jobs), registryImportRoutes(jobs)],
  jobs: (jobs, database) => {
    registerImportJobs(jobs, database);
    // The business counters' deltas are folded once a minute (the list's total reads both).
    registerCountFold(jobs, database);
  },
  demo: { seed: (database) => seedRegistryDemo(database) },
  authzSpecs: async () => [
    ...(await import("./testing/authz-specs")).registrySpecs,
    ...(await import("./testing/import-authz-specs")).registryImportSpecs,
  ],
};

export { REGISTRY_PERMISSIONS };
