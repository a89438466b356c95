// The server's linkage contract, as the web app uses it (types only: nothing of the server is bundled).
export type {
  BatchResult,
  Contribution,
  DecisionResult,
  EntitySources,
  HintBody,
  HintCandidate,
  HintResponse,
  IrisanCategory,
  ListKind,
  Merge,
  PairStatus,
  RecordView,
  ReviewItem,
  ReviewPage,
  Run,
  RunStarted,
} from "../../../../server/modules/linkage/contract";
export type {
  IrisanPage,
  IrisanRow,
  IrisanSummary,
  ListUploaded,
  OutsideList,
} from "../../../../server/modules/linkage/contract-lists";
