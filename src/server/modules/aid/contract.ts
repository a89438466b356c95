// HTTP contract of aid programmes, proposals and items. Shapes the outside checks rely on:
//   GET  /api/aid/programmes                → [{ id, name, kind, amount, ... }]
//   POST /api/aid/proposals                 { programmeId, regionCode } → 201 { id, status, ... }
//   POST /api/aid/proposals/:id/items       { businessId } | { nik, nama, ... } → 201 { item, problems }
//   GET  /api/aid/proposals/:id/export      → the ministry template (xlsx)
// Routes (permission): programmes read aid.read|aid.propose, write aid.manage_programmes; proposals
// and items aid.propose (read aid.read); verify/return/approve/reject/decision/bank aid.verify.
// NIK and No. KK are masked in every response; the ministry export carries them in full.
import { z } from "zod";
import {
  EXCLUDED_OCCUPATIONS,
  FUND_SOURCES,
  ITEM_STATUSES,
  PROBLEM_CODES,
  PROGRAMME_KINDS,
  PROPOSAL_STATUSES,
  REQUIRED_DOCUMENTS,
} from "./domain";

export const RegionCode = z
  .string()
  .trim()
  .regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, "kode wilayah tidak valid (mis. 13.10)");
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "tanggal harus berformat YYYY-MM-DD")
  .refine(
    (v) =>
      !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    "tanggal tidak ada di kalender",
  );
const Rupiah = z.number().int().min(0).max(1_000_000_000_000);
const Reason = z.string().trim().min(5, "tuliskan alasan (minimal 5 huruf)").max(1000);

export const IdParams = z.object({ id: z.uuid() });
export const ItemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const FindingParams = z.object({ id: z.uuid(), findingId: z.uuid() });

export const EligibilityRulesSchema = z.object({
  sizeClasses: z
    .array(z.enum(["mikro", "kecil", "menengah", "besar"]))
    .max(4)
    .default([]),
  sizeDate: IsoDate.nullable().default(null),
  requireAffected: z.boolean().default(false),
  sectors: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
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
  name: z.string().trim().min(1).max(80),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
});
const ExclusionSchema = z.object({ programmeId: z.uuid(), from: IsoDate.nullable(), to: IsoDate.nullable() });

export const ProgrammeSummary = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  amount: z.number(),
  code: z.string(),
  fundSource: z.enum(FUND_SOURCES),
  periodStart: z.string(),
  periodEnd: z.string().nullable(),
  ownerRegion: z.string().nullable(),
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummary>;

export const Programme = ProgrammeSummary.extend({
  unit: z.string().nullable(),
  unitsPerRecipient: z.number().nullable(),
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
  name: z.string().trim().min(3).max(200),
  fundSource: z.enum(FUND_SOURCES),
  kind: z.enum(PROGRAMME_KINDS),
  amount: Rupiah,
  unit: z.string().trim().max(40).optional(),
  unitsPerRecipient: z.number().int().min(1).max(100_000).optional(),
  periodStart: IsoDate,
  periodEnd: IsoDate.optional(),
  phases: z.array(PhaseSchema).max(20).default([]),
  ownerRegion: RegionCode.optional(),
  rules: EligibilityRulesSchema.default(EligibilityRulesSchema.parse({})),
  requiredDocuments: z.array(z.enum(REQUIRED_DOCUMENTS)).max(4).default([]),
  exclusions: z.array(ExclusionSchema).max(20).default([]),
  description: z.string().trim().max(2000).optional(),
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
  proposerName: z.string().trim().min(3).max(200).optional(),
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

export const ProblemOut = z.object({
  key: z.string(),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  evidence: z.record(z.string(), z.unknown()),
  justification: z.object({ text: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type ProblemOut = z.infer<typeof ProblemOut>;

export const Item = z.object({
  id: z.string(),
  proposalId: z.string(),
  nikMasked: z.string(),
  noKkMasked: z.string().nullable(),
  name: z.string(),
  address: z.string().nullable(),
  villageCode: z.string().nullable(),
  sector: z.string().nullable(),
  phone: z.string().nullable(),
  occupation: z.string().nullable(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  source: z.string(),
  status: z.enum(ITEM_STATUSES),
  removedReason: z.string().nullable(),
  checks: z.array(z.object({ rule: z.string(), state: z.string(), value: z.string().nullable() })),
  problems: z.array(ProblemOut),
  openProblems: z.number(),
  decision: z.string().nullable(),
  decisionReason: z.string().nullable(),
});
export type Item = z.infer<typeof Item>;

export const AddItemResult = z.object({ item: Item, problems: z.array(ProblemOut) });
export type AddItemResult = z.infer<typeof AddItemResult>;

const Digits = z.string().trim().max(40);
/** `{ businessId }` picks a register business; otherwise the ministry template's fields. */
export const AddItemBody = z.union([
  z.object({ businessId: z.uuid() }).strict(),
  z.object({
    nik: Digits.min(1),
    nama: z.string().trim().min(1).max(200),
    noKk: Digits.optional(),
    alamat: z.string().trim().max(300).optional(),
    kodeWilayah: RegionCode.optional(),
    bidangUsaha: z.string().trim().max(60).optional(),
    noHp: z.string().trim().max(30).optional(),
    namaUsaha: z.string().trim().max(200).optional(),
    pekerjaan: z.string().trim().max(100).optional(),
    aset: Rupiah.optional(),
    omzet: Rupiah.optional(),
    terdampak: z.boolean().optional(),
  }),
]);
export type AddItemBody = z.infer<typeof AddItemBody>;

export const AddManyBody = z.object({ businessIds: z.array(z.uuid()).min(1).max(10_000) });
export type AddManyBody = z.infer<typeof AddManyBody>;
export const AddManyResult = z.object({
  added: z.number(),
  skipped: z.number(),
  withProblems: z.number(),
  openProblems: z.number(),
  issues: z.array(z.object({ row: z.number(), message: z.string() })).default([]),
});
export type AddManyResult = z.infer<typeof AddManyResult>;

export const ItemListQuery = z.object({
  view: z.enum(["all", "problems", "open", "removed"]).default("all"),
  code: z.enum(PROBLEM_CODES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ItemListQuery = z.infer<typeof ItemListQuery>;
export const ItemPage = z.object({ items: z.array(Item), total: z.number() });
export type ItemPage = z.infer<typeof ItemPage>;

export const JustifyBody = z.object({ problemKey: z.string().min(1).max(300), text: Reason });
export type JustifyBody = z.infer<typeof JustifyBody>;
export const ReasonBody = z.object({ reason: Reason });
export type ReasonBody = z.infer<typeof ReasonBody>;
export const DecreeBody = z.object({
  decreeNumber: z.string().trim().min(3).max(120),
  decreeDate: IsoDate.optional(),
  reason: Reason.optional(),
});
export type DecreeBody = z.infer<typeof DecreeBody>;
export const ReviseBody = z.object({ removeItemIds: z.array(z.uuid()).min(1).max(10_000), reason: Reason });
export type ReviseBody = z.infer<typeof ReviseBody>;

export const CheckResult = z.object({
  checked: z.number(),
  withProblems: z.number(),
  openProblems: z.number(),
  ms: z.number(),
});
export type CheckResult = z.infer<typeof CheckResult>;

export const CandidateQuery = z.object({
  sector: z.string().trim().max(40).optional(),
  sizeClass: z.enum(["mikro", "kecil", "menengah", "besar"]).optional(),
  affected: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  region: RegionCode.optional(),
  afterId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
});
export type CandidateQuery = z.infer<typeof CandidateQuery>;
export const Candidate = z.object({
  businessId: z.string(),
  businessName: z.string(),
  sector: z.string(),
  sizeClass: z.string().nullable(),
  affected: z.boolean().nullable(),
  regionCode: z.string(),
  name: z.string(),
  nikMasked: z.string(),
  inProgramme: z.boolean(),
});
export const CandidatePage = z.object({ candidates: z.array(Candidate), nextAfterId: z.string().nullable() });
export type CandidatePage = z.infer<typeof CandidatePage>;
