// Shapes of the aid API (src/server/modules/aid/contract*.ts), as the web uses them.
import type { ProposalEventAction } from "../../../../server/modules/aid/contract";

export type { ProposalEventAction };

export type ProgrammeKind = "cash" | "in_kind" | "training_seat";
export type FundSource = "APBN" | "APBD" | "DAK" | "other";
export type ProposalStatus =
  | "draft"
  | "submitted"
  | "returned"
  | "verified"
  | "approved"
  | "rejected"
  | "disbursed"
  | "failed";
export type ProblemCode =
  | "AID_NOT_ELIGIBLE"
  | "AID_DUPLICATE_RECIPIENT"
  | "AID_EXCLUDED_BY_PROGRAMME"
  | "AID_ON_OUTSIDE_LIST"
  | "AID_SAME_HOUSEHOLD";
export type FindingKind =
  | "nik_unknown"
  | "name_differs"
  | "paid_twice"
  | "paid_though_excluded"
  | "amount_differs"
  | "not_paid"
  | "payment_failed";

export type ProgrammeSummary = {
  id: string;
  name: string;
  kind: ProgrammeKind;
  amount: number;
  unit: string | null;
  unitsPerRecipient: number | null;
  code: string;
  fundSource: FundSource;
  periodStart: string;
  periodEnd: string | null;
  ownerRegion: string | null;
};

export type Rules = {
  sizeClasses: string[];
  sizeDate: string | null;
  requireAffected: boolean;
  sectors: string[];
  excludedOccupations: string[];
  requireValidNik: boolean;
  oneBusinessPerHousehold: boolean;
};

export type InKindSource = {
  procurementId: string;
  orderCode: string;
  institution: string;
  productName: string;
  ordered: number;
  delivered: number;
};
export type InKindStock = InKindSource & { handedOut: number; remaining: number };

export type Programme = ProgrammeSummary & {
  stock: InKindStock | null;
  description: string | null;
  phases: Array<{ no: number; name: string; from: string | null; to: string | null }>;
  rules: Rules;
  requiredDocuments: string[];
  exclusions: Array<{ programmeId: string; programmeName: string; from: string | null; to: string | null }>;
  quotas: Array<{ regionCode: string; phase: number; quota: number; used: number }>;
};

export type CreateProgrammeBody = {
  code: string;
  name: string;
  fundSource: FundSource;
  kind: ProgrammeKind;
  amount: number;
  periodStart: string;
  periodEnd?: string;
  ownerRegion?: string;
  rules: Rules;
  exclusions: Array<{ programmeId: string; from: string | null; to: string | null }>;
  requiredDocuments: string[];
  description?: string;
};

export type Counts = {
  active: number;
  removed: number;
  withProblems: number;
  openProblems: number;
  amount: number;
};

export type Proposal = {
  id: string;
  number: string;
  programmeId: string;
  programmeName: string;
  programmeKind: ProgrammeKind;
  regionCode: string;
  regionName: string | null;
  proposerName: string;
  phase: number;
  status: ProposalStatus;
  decreeNumber: string | null;
  decreeDate: string | null;
  lastReason: string | null;
  createdAt: string;
  submittedAt: string | null;
  verifiedAt: string | null;
  decidedAt: string | null;
  disbursedAt: string | null;
  counts: Counts;
};

export type Snapshot = {
  id: string;
  version: number;
  reason: string;
  itemCount: number;
  totalAmount: number;
  sha256: string;
  decreeNumber: string | null;
  createdBy: string;
  createdAt: string;
};
export type ProposalEvent = {
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  reason: string | null;
  actorName: string;
  at: string;
};
export type ProposalDetail = Proposal & {
  events: ProposalEvent[];
  snapshots: Snapshot[];
  quota: number | null;
};

export type OtherRecord = {
  itemId: string;
  proposalId: string;
  proposalNumber: string;
  proposerName: string;
  regionCode: string;
  programmeName: string;
  proposalStatus: string;
  name: string;
  nikMasked: string;
  noKkMasked: string | null;
  address: string | null;
  businessName: string | null;
};

export type Evidence =
  | {
      kind: "rule";
      rule: "valid_nik" | "size_class" | "affected" | "sector" | "occupation";
      value: string | null;
      expected: string;
    }
  | {
      kind: "record";
      scope: "same_proposal" | "other_proposal" | "exclusive_programme";
      other: OtherRecord;
      weight: number;
      matchedOn: string[];
    }
  | {
      kind: "outside_list";
      list: string;
      recordId: string;
      name: string;
      weight: number;
      matchedOn: string[];
    };

export type Problem = {
  key: string;
  code: ProblemCode;
  message: string;
  evidence: Evidence;
  justification: { text: string; by: string; at: string } | null;
};

export type Item = {
  id: string;
  proposalId: string;
  nikMasked: string;
  noKkMasked: string | null;
  name: string;
  address: string | null;
  villageCode: string | null;
  sector: string | null;
  phone: string | null;
  occupation: string | null;
  businessId: string | null;
  businessName: string | null;
  source: string;
  status: "active" | "removed";
  removedReason: string | null;
  checks: Array<{ rule: string; state: string; value: string | null }>;
  problems: Problem[];
  openProblems: number;
  decision: "approved" | "rejected" | null;
  decisionReason: string | null;
};

export type ItemView = "all" | "problems" | "open" | "removed";
export type ItemPage = { items: Item[]; total: number };
export type AddItemResult = { item: Item; problems: Problem[] };
export type AddManyResult = {
  added: number;
  skipped: number;
  withProblems: number;
  openProblems: number;
  issues: Array<{ row: number; message: string }>;
};
export type ManualItem = {
  nik: string;
  nama: string;
  noKk?: string;
  alamat?: string;
  bidangUsaha?: string;
  noHp?: string;
  namaUsaha?: string;
  pekerjaan?: string;
};

export type Candidate = {
  businessId: string;
  businessName: string;
  sector: string;
  sizeClass: string | null;
  affected: boolean | null;
  regionCode: string;
  name: string;
  nikMasked: string;
  inProgramme: boolean;
};
export type CandidateFilters = {
  sector?: string;
  sizeClass?: string;
  affected?: "true" | "false";
  afterId?: string;
  limit?: number;
};
export type CandidatePage = { candidates: Candidate[]; nextAfterId: string | null };
