/**
 * The record-linkage engine of Sinergi: pure TypeScript, no database. Normalises Indonesian
 * records, blocks, compares field by field, scores with Fellegi-Sunter (EM, u from random pairs,
 * term frequencies, reviewer labels), decides, clusters into entities with stable ids (NIK
 * anti-chaining, household guard), links two lists (in clear or as keyed hashes) and explains
 * every pair. The product (routes, jobs, review queue) and the CLI are built on these exports.
 */
export { blockingKeys, preparedBlockingKeys } from "./blocking-keys";
export type { ComparisonName } from "./comparison-types";
export {
  type DedupOptions,
  type DedupResult,
  type DedupStats,
  dedupPrepared,
  dedupRecords,
  type ScoredPair,
} from "./dedup";
export { defaultModel } from "./default-model";
export { assignEntityIds, newEntityId } from "./entity-ids";
export { explainPrepared, type FieldContribution, type PairExplanation, scorePair } from "./explain";
export { HASH_FIELDS, type HashField, hashInputs } from "./hash-keys";
export { type HashedLinkResult, type HashedRecord, linkHashed } from "./hashed-link";
export {
  type Assignment,
  assignRecords,
  type Candidate,
  createEntityIndex,
  type EntityIndex,
  findCandidates,
} from "./incremental";
export { applyReviewerLabels, type ReviewedPair } from "./labels";
export {
  type LinkedPair,
  type LinkOptions,
  type LinkResult,
  linkPrepared,
  linkRecords,
  mergePresence,
} from "./link";
export {
  type ComparisonParams,
  DEFAULT_THRESHOLDS,
  type LinkageModel,
  serialiseModel,
  type Thresholds,
  weightToProbability,
} from "./model";
export { type ModelParse, parseModel } from "./model-schema";
export { normaliseName } from "./name-normalise";
export { compareNik, parseNik } from "./nik";
export type { ReviewerLabel } from "./pipeline";
export { createPresenceCounter, detectPresence, type PrepareOptions, prepareRecord } from "./prepare";
export { compileScorer, type Decision, type Scorer } from "./scorer";
export {
  FIELD_ROLES,
  type FieldPresence,
  type FieldRole,
  type LinkRecord,
  type Prepared,
  type Progress,
  type ProgressFn,
} from "./types";
