// HTTP contract of aid programmes, proposals and items. Shapes the outside checks rely on:
//   GET  /api/aid/programmes                → [{ id, name, kind, amount, ... }]
//   POST /api/aid/proposals                 { programmeId, regionCode } → 201 { id, status, ... }
//   POST /api/aid/proposals/:id/items       { businessId } | { nik, nama, ... } → 201 { item, problems }
//   GET  /api/aid/proposals/:id/export      → the ministry template (xlsx)
// Routes (permission): programmes read aid.read|aid.propose, write aid.manage_programmes; proposals
// and items aid.propose (read aid.read); verify/return/approve/reject/decision/bank aid.verify.
// NIK and No. KK are masked in every response; the ministry export carries them in full.
import { z } from "zod";
import { IsoDate, RegionCode, Rupiah as SharedRupiah, Text } from "../../../shared/contract-primitives";
import {
  EXCLUDED_OCCUPATIONS,
  type FlowAction,
  FUND_SOURCES,
  PROGRAMME_KINDS,
  PROPOSAL_STATUSES,
  REQUIRED_DOCUMENTS,
} from "./domain";

export { IdParams } from "../../../shared/contract-primitives";

export { IsoDate, RegionCode };
// An aid amount above Rp1 triliun is a typing error, not a grant.
export const Rupiah = SharedRupiah.max(1_000_000_000_000);

export const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const FindingParams = z.object({ id: z.uuid(), findingId: z.uuid() });

export const EligibilityRulesSchema = z.object({
  sizeClasses: z
    .array(z.enum(["mikro", "kecil", "menengah", "besar"]))
    .max(4)
    .default([]),
  sizeDate: IsoDate.nullable().default(null),
  requireAffected: z.boolean().default(false),
  sectors: z.array(Text().min(1).max(40)).max(20).default([]),
  excludedOccupations: z.array(z.enum(EXCLUDED_OCCUPATIONS)).max(4).default([]),
  requireValidNik: z.boolean().default(true),
  oneBusinessPerHousehold: z.boolean().default(false),
});

const RulesOut = z.object({
  sizeClasses: z.array(z.string()),
  sizeDate: z.string().nullable(),
  requireAffected: z.boolean(),
  sectors: z.array(z.string()),
  excludedOccupations: z.array(z.string()),
  requireValidNik: z.boolean(),
  oneBusinessPerHousehold: z.boolean(),
});

const PhaseSchema = z.object({
  no: z.number().int().min(1).max(20),
  name: Text().min(1).max(80),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});
const ExclusionSchema = z.object({ programmeId: z.uuid(), from: IsoDate.nullable(), to: IsoDate.nullable() });

export const ProgrammeSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  amount: z.number(),
  /** In-kind aid: units per recipient and their name (the amount is then not money to show). */
  unit: z.string().nullable(),
  unitsPerRecipient: z.number().nullable(),
  code: z.string(),
  fundSource: z.enum(FUND_SOURCES),
  periodStart: z.string(),
  periodEnd: z.string().nullable(),
  ownerRegion: z.string().nullable(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

/** The delivered procurement an in-kind programme hands out, counted down by its hand-overs. */
export const InKindStock = z.object({
  procurementId: z.string(),
  orderCode: z.string(),
  institution: z.string(),
  productName: z.string(),
  ordered: z.number(),
  delivered: z.number(),
  handedOut: z.number(),
  remaining: z.number(),
});
export type InKindStock = z.infer<typeof InKindStock>;
export const InKindSource = InKindStock.omit({ handedOut: true, remaining: true });
export const StockSourceBody = z.object({ procurementId: z.uuid() });

export const Programme = ProgrammeSummary.extend({
  stock: InKindStock.nullable(),
  description: z.string().nullable(),
  phases: z.array(PhaseSchema),
  rules: RulesOut,
  requiredDocuments: z.array(z.string()),
  exclusions: z.array(ExclusionSchema.extend({ programmeName: z.string() })),
  quotas: z.array(
    z.object({ regionCode: z.string(), phase: z.number(), quota: z.number(), used: z.number() }),
  ),
});
export type Programme = z.infer<typeof Programme>;

export const CreateProgrammeBody = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9-]{3,30}$/, "kode 3–30 huruf besar, angka atau strip"),
  name: Text().min(3).max(200),
  fundSource: z.enum(FUND_SOURCES),
  kind: z.enum(PROGRAMME_KINDS),
  amount: Rupiah,
  unit: Text().max(40).optional(),
  unitsPerRecipient: z.number().int().min(1).max(100_000).optional(),
  periodStart: IsoDate,
  periodEnd: IsoDate.optional(),
  phases: z.array(PhaseSchema).max(20).default([]),
  ownerRegion: RegionCode.optional(),
  rules: EligibilityRulesSchema.default(EligibilityRulesSchema.parse({})),
  requiredDocuments: z.array(z.enum(REQUIRED_DOCUMENTS)).max(4).default([]),
  exclusions: z.array(ExclusionSchema).max(20).default([]),
  description: Text().max(2000).optional(),
});
export type CreateProgrammeBody = z.infer<typeof CreateProgrammeBody>;

export const QuotaBody = z.object({
  regionCode: RegionCode,
  quota: z.number().int().min(0).max(100_000_000),
  phase: z.number().int().min(0).max(20).default(0),
});
export type QuotaBody = z.infer<typeof QuotaBody>;

export const CreateProposalBody = z.object({
  programmeId: z.uuid(),
  regionCode: RegionCode,
  proposerName: Text().min(3).max(200).optional(),
  phase: z.number().int().min(0).max(20).optional(),
});
export type CreateProposalBody = z.infer<typeof CreateProposalBody>;

export const ProposalListQuery = z.object({
  programmeId: z.uuid().optional(),
  status: z.enum(PROPOSAL_STATUSES).optional(),
  region: RegionCode.optional(),
});
export type ProposalListQuery = z.infer<typeof ProposalListQuery>;

export const ProposalCounts = z.object({
  active: z.number(),
  removed: z.number(),
  withProblems: z.number(),
  openProblems: z.number(),
  amount: z.number(),
});

export const Proposal = z.object({
  id: z.string(),
  number: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  programmeKind: z.enum(PROGRAMME_KINDS),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  proposerName: z.string(),
  phase: z.number(),
  status: z.enum(PROPOSAL_STATUSES),
  decreeNumber: z.string().nullable(),
  decreeDate: z.string().nullable(),
  lastReason: z.string().nullable(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  disbursedAt: z.string().nullable(),
  counts: ProposalCounts,
});
export type Proposal = z.infer<typeof Proposal>;

/** What a step of the history did: the proposal was made, or one move of its flow. */
export type ProposalEventAction = "create" | FlowAction;

export const ProposalEvent = z.object({
  action: z.string(),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  reason: z.string().nullable(),
  actorName: z.string(),
  at: z.string(),
});
export const SnapshotInfo = z.object({
  id: z.string(),
  version: z.number(),
  reason: z.string(),
  itemCount: z.number(),
  totalAmount: z.number(),
  sha256: z.string(),
  decreeNumber: z.string().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type SnapshotInfo = z.infer<typeof SnapshotInfo>;
export const ProposalDetail = Proposal.extend({
  events: z.array(ProposalEvent),
  snapshots: z.array(SnapshotInfo),
  quota: z.number().nullable(),
});
export type ProposalDetail = z.infer<typeof ProposalDetail>;
