// HTTP contract of the exchange with the ministry and the bank, reconciliation, recipients' status
// and reports. Routes (permission):
//   GET  /api/aid/proposals/:id/decree.pdf             aid.read    → PDF with the frozen list's SHA-256
//   POST /api/aid/proposals/:id/decision               aid.verify  multipart file → DecisionResult
//   POST /api/aid/proposals/:id/disbursements          aid.verify  multipart file → 201 accepted |
//                                                      422 AID_BANK_FILE_REJECTED (issues: every conflict)
//   GET  /api/aid/proposals/:id/disbursements          aid.read    → Batch[]
//   GET  /api/aid/proposals/:id/reconciliation         aid.read    → ReconciliationOut
//   POST /api/aid/proposals/:id/reconciliation/:findingId/resolve  aid.verify  { note } → Finding
//   GET  /api/aid/items/:id/letter.pdf                 aid.propose → PDF status letter
//   GET  /api/aid/my-status                            business.own → RecipientStatus[]
//   GET  /api/aid/reports?programmeId=                 aid.read    → AidReport
import { z } from "zod";
import { BATCH_STATUSES, FINDING_KINDS, FINDING_STATUSES } from "../domain";

export const FindingOut = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  nikMasked: z.string(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  status: z.enum(FINDING_STATUSES),
  note: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type FindingOut = z.infer<typeof FindingOut>;

export const ReconciliationOut = z.object({
  proposed: z.number(),
  approved: z.number(),
  paid: z.number(),
  paidAmount: z.number(),
  byKind: z.record(z.string(), z.number()),
  findings: z.array(FindingOut),
});
export type ReconciliationOut = z.infer<typeof ReconciliationOut>;

export const ReconciliationQuery = z.object({
  kind: z.enum(FINDING_KINDS).optional(),
  status: z.enum(FINDING_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});
export type ReconciliationQuery = z.infer<typeof ReconciliationQuery>;

export const ResolveBody = z.object({
  note: z.string().trim().min(5, "tuliskan tindak lanjut (minimal 5 huruf)").max(1000),
});
export type ResolveBody = z.infer<typeof ResolveBody>;

export const DecisionResultOut = z.object({
  decisionId: z.string(),
  approved: z.number(),
  rejected: z.number(),
  unknown: z.number(),
  unknownNiks: z.array(z.string()),
});

export const BatchOut = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  status: z.enum(BATCH_STATUSES),
  conflicts: z.array(z.object({ row: z.number().nullable(), code: z.string(), message: z.string() })),
  rowCount: z.number(),
  paidCount: z.number(),
  paidAmount: z.number(),
  importedBy: z.string(),
  importedAt: z.string(),
});
export type BatchOut = z.infer<typeof BatchOut>;

export const DisbursementAccepted = z.object({
  batchId: z.string(),
  status: z.literal("accepted"),
  rows: z.number(),
  paid: z.number(),
  paidAmount: z.number(),
  findings: z.number(),
});

export const RecipientStatus = z.object({
  itemId: z.string(),
  programmeName: z.string(),
  amount: z.number(),
  proposalNumber: z.string(),
  proposerName: z.string(),
  proposalStatus: z.string(),
  itemStatus: z.string(),
  decision: z.string().nullable(),
  paid: z.boolean(),
  paidOn: z.string().nullable(),
  updatedAt: z.string(),
});
export type RecipientStatus = z.infer<typeof RecipientStatus>;

export const ReportQuery = z.object({ programmeId: z.uuid() });
export const CoverageRow = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  affected: z.number(),
  proposed: z.number(),
  approved: z.number(),
  paid: z.number(),
  paidAmount: z.number(),
});
export const AidReport = z.object({
  programmeId: z.string(),
  programmeName: z.string(),
  amount: z.number(),
  coverage: z.array(CoverageRow),
  prevented: z.object({ count: z.number(), amount: z.number(), byCode: z.record(z.string(), z.number()) }),
  daysToPayment: z.object({
    count: z.number(),
    min: z.number().nullable(),
    median: z.number().nullable(),
    max: z.number().nullable(),
    mean: z.number().nullable(),
  }),
});
export type AidReport = z.infer<typeof AidReport>;
