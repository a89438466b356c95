/**
 * linkage ("Sinergi Data"): the record-linkage engine (pure TypeScript in domain/) and its uses in
 * the product — dedup runs over the register with a review queue, merges with history and undo,
 * stable entity ids, outside lists (DTKS, BPUM, Prakerja...) linked to the register with the irisan
 * report, and the duplicate hint while a record is typed.
 */
import type { ServerModule } from "../../platform/module";
import { seedLinkageDemo } from "./demo/seed-linkage-demo";
import { LINKAGE_ERRORS } from "./errors";
import { registerLinkageJobs } from "./jobs";
import { LINKAGE_PERMISSIONS } from "./permissions";
import { linkageRoutes } from "./routes";

export { runMatchCli } from "./cli/match-cli";
export type {
  Contribution,
  EntitySources,
  HintBody,
  HintCandidate,
  HintResponse,
  Merge,
  RecordView,
  ReviewItem,
  ReviewPage,
  Run,
  RunStarted,
} from "./contract";
export type {
  IrisanPage,
  IrisanRow,
  IrisanSummary,
  OutsideList,
  OutsideListEvidence,
  OutsideListQuery,
} from "./contract-lists";
export { listDedupRuns, startDedupRun } from "./dedup/dedup-runs";
export { dedupNewRecords, type IncrementalStats } from "./dedup/incremental-dedup";
export { refreshKeysInRegion, startKeyRefresh } from "./dedup/refresh-keys";
export { DEMO_LIST_NAME, type LinkageDemoResult, seedLinkageDemo } from "./demo/seed-linkage-demo";
// The engine itself (pure, no database) for the rest of the product: see domain/index.ts.
export {
  type Assignment,
  applyReviewerLabels,
  assignRecords,
  blockingKeys,
  createEntityIndex,
  type DedupResult,
  dedupRecords,
  defaultModel,
  type EntityIndex,
  type LinkageModel,
  type LinkRecord,
  linkRecords,
  type PairExplanation,
  parseModel,
  scorePair,
  serialiseModel,
} from "./domain";
export { hintDuplicates } from "./hint/hint-duplicates";
export { linkageOwnerMatcher } from "./hint/owner-matcher";
export {
  DEDUP_JOB,
  INCREMENTAL_DEDUP_JOB,
  LINK_LIST_JOB,
  REFRESH_KEYS_JOB,
  type RefreshKeysJobData,
} from "./jobs-names";
export { getIrisan, getOutsideList, listOutsideLists, prepareIrisanExport } from "./lists/irisan";
export { relinkList } from "./lists/link-list";
export { outsideListMapping } from "./lists/list-mapping";
export {
  findOnOutsideListsBatch,
  type OutsideListBatchHit,
  type OutsideListSubject,
} from "./lists/outside-list-batch";
export { findOnOutsideLists, isOnOutsideList } from "./lists/outside-list-lookup";
export { type OutsideListRow, storeOutsideList } from "./lists/outside-list-seed";
export { countPairsToReview } from "./lists/read-counts";
export { type LinkagePersonData, personDataOf } from "./lists/read-person-data";
export { uploadList } from "./lists/upload-list";
export { decidePair, decidePairs } from "./review/decide-pair";
export { linkageDuplicateReview } from "./review/duplicate-review";
export { getEntitySources } from "./review/entity-sources";
export { listMerges, undoMerge } from "./review/merges";
export { getReview, listReviews } from "./review/review-queue";

/** The linkage module's manifest for the composition root (src/server/modules.ts). */
export const linkageModule: ServerModule = {
  name: "linkage",
  errors: LINKAGE_ERRORS,
  permissions: LINKAGE_PERMISSIONS,
  routes: ({ jobs }) => [linkageRoutes(jobs)],
  jobs: registerLinkageJobs,
  demo: { seed: (database) => seedLinkageDemo(database) },
  authzSpecs: async () => (await import("./testing/authz-specs")).linkageSpecs,
};
