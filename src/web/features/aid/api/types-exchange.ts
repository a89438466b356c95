// Shapes of the exchange, reconciliation, recipients' status and report endpoints
// (src/server/modules/aid/exchange/contract-exchange.ts, contract-handover.ts).
import type { FindingKind, ProposalStatus } from "./types";

export type Finding = {
  id: string;
  kind: FindingKind;
  nikMasked: string;
  detail: Record<string, string | number | null>;
  status: "open" | "resolved";
  note: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  createdAt: string;
};
export type Reconciliation = {
  proposed: number;
  approved: number;
  paid: number;
  paidAmount: number;
  byKind: Record<string, number>;
  findings: Finding[];
};
export type Batch = {
  id: string;
  fileName: string;
  sha256: string;
  status: "accepted" | "rejected";
  conflicts: Array<{ row: number | null; code: string; message: string }>;
  rowCount: number;
  paidCount: number;
  paidAmount: number;
  importedBy: string;
  importedAt: string;
};
export type DecisionResult = {
  decisionId: string;
  approved: number;
  rejected: number;
  unknown: number;
  unknownNiks: string[];
};
export type DisbursementAccepted = {
  batchId: string;
  status: "accepted";
  rows: number;
  paid: number;
  paidAmount: number;
  findings: number;
};

export type RecipientStatus = {
  itemId: string;
  programmeName: string;
  amount: number;
  proposalNumber: string;
  proposerName: string;
  proposalStatus: ProposalStatus;
  itemStatus: string;
  decision: string | null;
  paid: boolean;
  paidOn: string | null;
  updatedAt: string;
};

export type AidReport = {
  programmeId: string;
  programmeName: string;
  amount: number;
  coverage: Array<{
    regionCode: string;
    regionName: string | null;
    affected: number;
    proposed: number;
    approved: number;
    paid: number;
    paidAmount: number;
  }>;
  prevented: { count: number; amount: number; byCode: Record<string, number> };
  daysToPayment: {
    count: number;
    min: number | null;
    median: number | null;
    max: number | null;
    mean: number | null;
  };
};

export type Handover = {
  id: string;
  itemId: string;
  quantity: number;
  handedOn: string;
  receivedBy: string;
  hasReceipt: boolean;
  recordedBy: string;
  createdAt: string;
};
