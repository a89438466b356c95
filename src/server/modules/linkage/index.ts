/**
 * linkage ("Sinergi Data"): the record-linkage engine (pure TypeScript in domain/) and its uses in
 * the product — dedup runs over the register with a review queue, merges with history and undo,
 * stable entity ids, outside lists (DTKS, BPUM, Prakerja...) linked to the register with the irisan
 * report, and the duplicate hint while a record is typed.
 */
import type { ServerModule } from "../../platform/module";
import { LINKAGE_ERRORS } from "./errors";
import { registerLinkageJobs } from "./jobs";
import { LINKAGE_PERMISSIONS } from "./permissions";
import { linkageRoutes } from "./routes";
import { seedLinkageDemo } from "./seed-linkage-demo";

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
export { decidePair, decidePairs } from "./decide-pair";
export { listDedupRuns, startDedupRun } from "./dedup-runs";
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
export { getEntitySources } from "./entity-sources";
export { hintDuplicates } from "./hint-duplicates";
export { getIrisan, getOutsideList, listOutsideLists, prepareIrisanExport } from "./irisan";
export { DEDUP_JOB, LINK_LIST_JOB, REFRESH_KEYS_JOB, type RefreshKeysJobData } from "./jobs-names";
export { relinkList } from "./link-list";
export { listMerges, undoMerge } from "./merges";
export {
  findOnOutsideListsBatch,
  type OutsideListBatchHit,
  type OutsideListSubject,
} from "./outside-list-batch";
export { findOnOutsideLists, isOnOutsideList } from "./outside-list-lookup";
export { type OutsideListRow, storeOutsideList } from "./outside-list-seed";
export { linkageOwnerMatcher } from "./owner-matcher";
export { countPrakerjaRegistered } from "./read-counts";
export { refreshKeysInRegion, startKeyRefresh } from "./refresh-keys";
export { getReview, listReviews } from "./review-queue";
export { DEMO_LIST_NAME, type LinkageDemoResult, seedLinkageDemo } from "./seed-linkage-demo";
export { uploadList } from "./upload-list";

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
