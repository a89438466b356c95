// Messages between the parallel dedup orchestrator and its partition workers.
import type { RuleStats } from "../domain/blocking";
import type { ComparisonName } from "../domain/comparison-types";
import type { Pattern } from "../domain/em";
import type { LinkageModel } from "../domain/model";
import type { Prepared } from "../domain/types";
import type { MatchConfig } from "./config";

export type WorkerInput = {
  file: string;
  config: MatchConfig;
  plan: Array<[string, number]>;
  partition: number;
  parts: number;
  /** A saved model: the worker skips training. */
  model?: LinkageModel;
};

export type WorkerStats = {
  type: "stats";
  comparisons: ComparisonName[];
  patterns: Pattern[];
  /** An even sample of the partition's records: u is estimated from random pairs across all samples. */
  sample: Prepared[];
  records: number;
  candidatePairs: number;
  blocking: RuleStats[];
};

export type WorkerResult = {
  type: "result";
  ids: string[];
  entityIds: string[];
  pairA: string[];
  pairB: string[];
  weight: Float64Array;
  /** 1 = match, 2 = review. */
  decision: Uint8Array;
  /** Valid NIK per record ("" when none) and sorted name key, for the cross-partition pass. */
  nik: string[];
  nameKey: string[];
  householdGuarded: number;
  refusedByClusterGuard: number;
};

export type WorkerProgress = { type: "progress"; stage: string; done: number; total: number };
export type WorkerError = { type: "error"; message: string };

export type FromWorker = WorkerStats | WorkerResult | WorkerProgress | WorkerError;
export type ToWorker = { type: "model"; model: LinkageModel };
