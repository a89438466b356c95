// Aid domain: pure rules of aid programmes — eligibility, duplicates and households, exclusivity,
// the proposal flow, frozen lists, the ministry template, bank files and reconciliation.
// No database, file or network access.

export {
  type BankConflict,
  type BankFileResult,
  type BankRow,
  type BankRowInput,
  validateBankFile,
} from "./bank-file";
export {
  type DecisionIssue,
  type DecisionRow,
  type DecisionRowInput,
  readDecisionRows,
} from "./decision-file";
export {
  type Candidate,
  duplicateProblems,
  type Hit,
  HOUSEHOLD_FLAG_WEIGHT,
  isUsableIdentifier,
  MAX_RECORDS_PER_ITEM,
  type OutsideHit,
} from "./duplicates";
export {
  type CheckState,
  checkEligibility,
  type EligibilityCheck,
  type NikFact,
  type RecipientFacts,
  type SizeFact,
} from "./eligibility";
export { type Exclusion, type ExclusiveWith, exclusiveWith, inPeriod } from "./exclusivity";
export {
  claimsRecipients,
  FLOW_ACTIONS,
  type FlowAction,
  isApprovedStatus,
  isEditable,
  isFrozen,
  type Transition,
  transition,
} from "./flow";
export { addressKey, nameSimilarity } from "./name-compare";
export { classifyOccupation, type OccupationClass } from "./occupation";
export {
  ELIGIBILITY_RULES,
  type EligibilityRule,
  type Evidence,
  isOpen,
  type Justification,
  keepJustifications,
  type OtherRecord,
  openCount,
  PROBLEM_CODES,
  type Problem,
  type ProblemCode,
  type Text,
} from "./problems";
export { proposalNumber } from "./proposal-number";
export {
  type Finding,
  type ListedRecipient,
  NAME_SAME_AT,
  type Payment,
  type Reconciliation,
  reconcile,
} from "./reconcile";
export { BPUM_RULES, type EligibilityRules, OPEN_RULES } from "./rules";
export { canonicalList, freezeList, type SnapshotRow, sha256Hex } from "./snapshot";
export { type DayStats, dayStats, daysBetween } from "./stats";
export {
  TEMPLATE_COLUMNS,
  TEXT_COLUMNS,
  type TemplateIssue,
  type TemplateRow,
  templateCells,
  validateTemplate,
} from "./template";

export {
  BATCH_STATUSES,
  type BatchStatus,
  DECISION_OUTCOMES,
  type DecisionOutcome,
  EXCLUDED_OCCUPATIONS,
  type ExcludedOccupation,
  FINDING_KINDS,
  FINDING_STATUSES,
  type FindingKind,
  type FindingStatus,
  FUND_SOURCES,
  type FundSource,
  ITEM_STATUSES,
  type ItemStatus,
  PAYMENT_STATUSES,
  type PaymentStatus,
  PROGRAMME_KINDS,
  PROPOSAL_STATUS_ID,
  PROPOSAL_STATUSES,
  type ProgrammeKind,
  type ProposalStatus,
  REQUIRED_DOCUMENTS,
  type RequiredDocument,
} from "./vocab";
