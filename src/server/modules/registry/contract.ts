// HTTP contract of the register (persons, businesses, cooperatives, impact, pivots, products,
// kendala). Shapes are stable for the web client: only additive changes. NIK/KK in responses are
// masked unless a permitted role asked to reveal them (and the reveal was audited).
//
// Routes (permission → request → response):
//   GET    /api/registry/businesses                  registry.read       BusinessListQuery → BusinessListResponse
//   POST   /api/registry/businesses                  registry.write      CreateBusinessBody → 201 BusinessPage
//          (same clientId + same payload → 200 BusinessPage; other payload → 409 SYNC_CONFLICT,
//           error.details: SyncConflictDetails)
//   GET    /api/registry/businesses/export.xlsx      registry.read       ExportQuery → xlsx file
//   GET    /api/registry/businesses/:id              registry.read       RevealQuery → BusinessPage
//   PATCH  /api/registry/businesses/:id              registry.write      UpdateBusinessBody → Business
//   POST   /api/registry/businesses/:id/impacts      registry.write      ImpactInput → 201 Impact
//   POST   /api/registry/businesses/:id/pivots       registry.write      PivotInput → 201 Pivot
//   POST   /api/registry/businesses/:id/products     registry.write      ProductInput → 201 Product
//   POST   /api/registry/businesses/:id/constraints  constraints.manage  CreateConstraintBody → 201 ConstraintDetail
//   PATCH  /api/registry/persons/:id                 registry.write      UpdatePersonBody → Person
//   POST   /api/registry/persons/:id/reveal-nik      registry.reveal_nik RevealBody {reason} → RevealedIdentity
//   GET    /api/registry/cooperatives                registry.read       CooperativeListQuery → CooperativeListResponse
//   POST   /api/registry/cooperatives                registry.write      CooperativeInput → 201 Cooperative
//   GET    /api/registry/cooperatives/:id            registry.read       → CooperativePage
//   PATCH  /api/registry/cooperatives/:id            registry.write      UpdateCooperativeBody → Cooperative
//   GET    /api/registry/constraints                 registry.read       ConstraintListQuery → ConstraintListResponse
//   GET    /api/registry/constraints/:id             registry.read       → ConstraintDetail
//   POST   /api/registry/constraints/:id/assign      constraints.manage  AssignConstraintBody → ConstraintDetail
//   POST   /api/registry/constraints/:id/follow-ups  constraints.manage  FollowUpBody → ConstraintDetail
//   POST   /api/registry/constraints/:id/status      constraints.manage  ConstraintStatusBody → ConstraintDetail
//          (open → in_progress → resolved; resolved may be reopened; other moves → 409 INVALID_TRANSITION)
// Errors use the one envelope { error: { code, message, issues?, requestId } }; a bad NIK, KK, NIB
// or phone is 400 VALIDATION with issues [{ path: "owner.nik", message: "<Indonesian text>" }].
import { z } from "zod";
import { IsoDate, RegionCode, Rupiah, Text } from "../../../shared/contract-primitives";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN, revealReason } from "../../../shared/reveal-reason";
import {
  AFFECTED_REASONS,
  BUSINESS_STATUSES,
  CONSTRAINT_STATUSES,
  CONSTRAINT_TYPES,
  KBLI_VERSIONS,
  NEEDS,
  SALES_CHANNELS,
  SECTORS,
  SIZE_CLASSES,
  SOURCE_KINDS,
} from "./domain/vocab";

export { IdParams } from "../../../shared/contract-primitives";

export { IsoDate, RegionCode };

const Count = z.number().int().min(0).max(10_000_000);
const BoolQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const Sector = z.enum(SECTORS);
export const SalesChannel = z.enum(SALES_CHANNELS);
export const SizeClass = z.enum(SIZE_CLASSES);
export const BusinessStatus = z.enum(BUSINESS_STATUSES);
export const SourceKind = z.enum(SOURCE_KINDS);
export const ConstraintType = z.enum(CONSTRAINT_TYPES);
export const ConstraintStatus = z.enum(CONSTRAINT_STATUSES);

// ---------- inputs ----------

/** Owner as typed on a form. NIK/KK/phone are checked by the domain (Indonesian messages). */
export const PersonInput = z.object({
  nik: Text(40),
  noKk: Text(40).optional(),
  name: Text(150).min(1),
  sex: z.enum(["L", "P"]),
  birthPlace: Text(100).optional(),
  birthDate: IsoDate.optional(),
  phone: Text(40).optional(),
  street: Text(200).optional(),
  rt: Text(5).optional(),
  rw: Text(5).optional(),
  /** KTP village code (may lie outside the business's region). */
  villageCode: RegionCode.optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const BusinessInput = z.object({
  name: Text(200).min(1),
  nib: Text(40).optional(),
  sector: Sector,
  kbliCode: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, "kode KBLI 2–5 digit")
    .optional(),
  kbliVersion: z.enum(KBLI_VERSIONS).optional(),
  products: Text(1000).optional(),
  dailyCapacity: Count.optional(),
  employees: Count.optional(),
  salesChannels: z.array(SalesChannel).max(SALES_CHANNELS.length).optional(),
  street: Text(200).optional(),
  rt: Text(5).optional(),
  rw: Text(5).optional(),
  /** Business address region: the village code (deepest known). */
  regionCode: RegionCode,
  /** Net assets / business capital, land and buildings excluded. */
  assets: Rupiah.optional(),
  annualTurnover: Rupiah.optional(),
  /** Date the size class refers to; default today. Rule UU 20/2008 before 2021-02-02, PP 7/2021 after. */
  sizeAsOf: IsoDate.optional(),
});
export type BusinessInput = z.infer<typeof BusinessInput>;

export const ImpactInput = z.object({
  assessedOn: IsoDate,
  turnoverBefore: Rupiah.optional(),
  turnoverAfter: Rupiah.optional(),
  workersLaidOff: Count.optional(),
  workersSentHome: Count.optional(),
  affected: z.boolean(),
  reasons: z.array(z.enum(AFFECTED_REASONS)).max(AFFECTED_REASONS.length).optional(),
  reasonNote: Text(1000).optional(),
  needs: z.array(z.enum(NEEDS)).max(NEEDS.length).optional(),
  needsNote: Text(1000).optional(),
});
export type ImpactInput = z.infer<typeof ImpactInput>;

/**
 * Create a business with its owner (new, or an existing person by id) and its first impact
 * assessment. With `clientId` (generated offline) the call is idempotent: same id and payload → 200
 * with the existing record; same id, other payload → 409 SYNC_CONFLICT with both versions.
 */
export const DuplicateDecision = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("same_person"), personId: z.uuid() }),
  z.object({ kind: z.literal("new_person"), reason: Text(500).min(3) }),
  /** Saved as a new person for now; the pair is kept with the record for a reviewer. */
  z.object({ kind: z.literal("not_sure"), personId: z.uuid() }),
]);
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

/** The body of 409 LIKELY_DUPLICATE (error.details). */
export const DuplicateCandidates = z.object({
  candidates: z.array(
    z.object({
      businessId: z.string().nullable(),
      personId: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
});

export const CreateBusinessBody = z
  .object({
    clientId: z.uuid().optional(),
    business: BusinessInput,
    owner: PersonInput.optional(),
    ownerId: z.uuid().optional(),
    impact: ImpactInput.optional(),
    source: z.object({ kind: z.enum(["form", "field"]), note: Text(500).optional() }).optional(),
    /** The answer to 409 LIKELY_DUPLICATE: the registered person, or a new person and why. */
    duplicateDecision: DuplicateDecision.optional(),
  })
  .refine((b) => Boolean(b.owner) !== Boolean(b.ownerId), {
    message: "isi owner atau ownerId (salah satu)",
    path: ["owner"],
  });
export type CreateBusinessBody = z.infer<typeof CreateBusinessBody>;

export const UpdateBusinessBody = BusinessInput.partial().extend({ status: BusinessStatus.optional() });
export type UpdateBusinessBody = z.infer<typeof UpdateBusinessBody>;

export const UpdatePersonBody = PersonInput.partial();
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;

export const PivotInput = z.object({
  before: Text(300).min(1),
  after: Text(300).min(1),
  since: IsoDate,
  /** Share of production that moved to the new product, in percent. */
  share: z.number().int().min(1).max(100).optional(),
  note: Text(1000).optional(),
});
export type PivotInput = z.infer<typeof PivotInput>;

export const ProductInput = z.object({
  name: Text(200).min(1),
  unit: Text(40).optional(),
  price: Rupiah.optional(),
  dailyCapacity: Count.optional(),
  /** True when the product came from a production pivot (e.g. cloth masks). */
  isPivot: z.boolean().optional(),
});
export type ProductInput = z.infer<typeof ProductInput>;

export const CooperativeInput = z.object({
  name: Text(200).min(1),
  legalEntityNumber: Text(100).optional(),
  members: Count.optional(),
  sector: Sector,
  street: Text(200).optional(),
  regionCode: RegionCode,
});
export type CooperativeInput = z.infer<typeof CooperativeInput>;

export const UpdateCooperativeBody = CooperativeInput.partial();
export type UpdateCooperativeBody = z.infer<typeof UpdateCooperativeBody>;

export const CreateConstraintBody = z.object({ type: ConstraintType, description: Text(2000).min(1) });
export type CreateConstraintBody = z.infer<typeof CreateConstraintBody>;

export const AssignConstraintBody = z.object({
  assigneeName: Text(150).min(1),
  assigneeUserId: z.uuid().optional(),
  note: Text(2000).optional(),
});
export type AssignConstraintBody = z.infer<typeof AssignConstraintBody>;

export const FollowUpBody = z.object({ note: Text(2000).min(1) });
export type FollowUpBody = z.infer<typeof FollowUpBody>;

export const ConstraintStatusBody = z.object({ status: ConstraintStatus, note: Text(2000).optional() });
export type ConstraintStatusBody = z.infer<typeof ConstraintStatusBody>;

// ---------- queries ----------

export const BUSINESS_SORTS = ["-created", "created", "name", "-name", "-updated", "relevance"] as const;

export const BusinessListQuery = z.object({
  /** Owner name, business name (typo tolerant), NIK or phone. */
  q: Text(100).optional(),
  /** Region code prefix (62, 62.71, 62.71.01, …); combined with the user's scope. */
  region: RegionCode.optional(),
  sector: Sector.optional(),
  size: SizeClass.optional(),
  affected: BoolQuery.optional(),
  source: SourceKind.optional(),
  status: BusinessStatus.optional(),
  hasOpenConstraints: BoolQuery.optional(),
  /** Default: relevance when q is given, else newest first. */
  sort: z.enum(BUSINESS_SORTS).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Offset pagination (ignored when cursor is given). */
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  /** Keyset pagination: `nextCursor` of the previous page. */
  cursor: Text(300).optional(),
  /** Full NIK/KK for roles with registry.reveal_nik; the reveal is audited with `revealReason`. */
  revealNik: BoolQuery.optional(),
  /** Why the NIKs are shown (required with revealNik; 10–300 characters), kept in the audit log. */
  revealReason: Text(400).optional(),
});
export type BusinessListQuery = z.infer<typeof BusinessListQuery>;

export const ExportQuery = BusinessListQuery.omit({ limit: true, offset: true, cursor: true, sort: true });
export type ExportQuery = z.infer<typeof ExportQuery>;

export const RevealQuery = z.object({ revealNik: BoolQuery.optional(), revealReason: Text(400).optional() });

/** Body of a single reveal: why the full NIK is needed (kept in the audit log with the reveal). */
export const RevealBody = z.object({
  reason: Text(400).refine((s) => revealReason(s) !== null, {
    message: `alasan wajib diisi (${REVEAL_REASON_MIN}–${REVEAL_REASON_MAX} karakter)`,
  }),
});
export type RevealBody = z.infer<typeof RevealBody>;

export const CooperativeListQuery = z.object({
  q: Text(100).optional(),
  region: RegionCode.optional(),
  sector: Sector.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CooperativeListQuery = z.infer<typeof CooperativeListQuery>;

export const ConstraintListQuery = z.object({
  type: ConstraintType.optional(),
  status: ConstraintStatus.optional(),
  region: RegionCode.optional(),
  businessId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ConstraintListQuery = z.infer<typeof ConstraintListQuery>;

// ---------- responses ----------

export const BusinessListItem = z.object({
  id: z.string(),
  name: z.string(),
  sector: Sector,
  sizeClass: SizeClass.nullable(),
  status: BusinessStatus,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  ownerId: z.string(),
  ownerName: z.string(),
  /** Masked (6271********0001) unless revealed. */
  nik: z.string(),
  phone: z.string().nullable(),
  affected: z.boolean().nullable(),
  openConstraints: z.number().int(),
  dailyCapacity: z.number().int().nullable(),
  sourceKind: SourceKind,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessListItem = z.infer<typeof BusinessListItem>;

export const BusinessListResponse = z.object({
  items: z.array(BusinessListItem),
  /** Exact below 1,000,000 matches; from there on it may be the planner's estimate (`totalIsEstimate`). */
  total: z.number().int(),
  totalIsEstimate: z.boolean(),
  nextCursor: z.string().nullable(),
  nikRevealed: z.boolean(),
});
export type BusinessListResponse = z.infer<typeof BusinessListResponse>;

export const Person = z.object({
  id: z.string(),
  nik: z.string(),
  noKk: z.string().nullable(),
  nikRevealed: z.boolean(),
  name: z.string(),
  sex: z.enum(["L", "P"]).nullable(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  street: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  villageCode: z.string().nullable(),
  regionCode: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

export const Business = z.object({
  id: z.string(),
  clientId: z.string().nullable(),
  name: z.string(),
  nib: z.string().nullable(),
  sector: Sector,
  kbliCode: z.string().nullable(),
  kbliVersion: z.string().nullable(),
  products: z.string().nullable(),
  dailyCapacity: z.number().int().nullable(),
  employees: z.number().int().nullable(),
  salesChannels: z.array(z.string()),
  street: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  assets: z.number().nullable(),
  annualTurnover: z.number().nullable(),
  sizeClass: SizeClass.nullable(),
  sizeRule: z.string().nullable(),
  sizeAsOf: z.string().nullable(),
  status: BusinessStatus,
  ownerId: z.string(),
  entityId: z.string().nullable(),
  sourceKind: SourceKind,
  affected: z.boolean().nullable(),
  openConstraints: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Business = z.infer<typeof Business>;

export const Impact = ImpactInput.extend({
  id: z.string(),
  businessId: z.string(),
  turnoverBefore: z.number().nullable(),
  turnoverAfter: z.number().nullable(),
  workersLaidOff: z.number().int().nullable(),
  workersSentHome: z.number().int().nullable(),
  reasons: z.array(z.string()),
  reasonNote: z.string().nullable(),
  needs: z.array(z.string()),
  needsNote: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Impact = z.infer<typeof Impact>;

export const Pivot = z.object({
  id: z.string(),
  businessId: z.string(),
  before: z.string(),
  after: z.string(),
  since: z.string(),
  share: z.number().int().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Pivot = z.infer<typeof Pivot>;

export const Product = z.object({
  id: z.string(),
  businessId: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  price: z.number().nullable(),
  dailyCapacity: z.number().int().nullable(),
  isPivot: z.boolean(),
  createdAt: z.string(),
});
export type Product = z.infer<typeof Product>;

export const FollowUp = z.object({
  id: z.string(),
  note: z.string(),
  actorName: z.string(),
  statusFrom: ConstraintStatus.nullable(),
  statusTo: ConstraintStatus.nullable(),
  at: z.string(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const ConstraintItem = z.object({
  id: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  type: ConstraintType,
  description: z.string(),
  status: ConstraintStatus,
  reportedBy: z.string(),
  reportedAt: z.string(),
  assigneeName: z.string().nullable(),
  assigneeUserId: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  followUpCount: z.number().int(),
  updatedAt: z.string(),
});
export type ConstraintItem = z.infer<typeof ConstraintItem>;

export const ConstraintDetail = ConstraintItem.extend({ followUps: z.array(FollowUp) });
export type ConstraintDetail = z.infer<typeof ConstraintDetail>;

export const ConstraintListResponse = z.object({
  items: z.array(ConstraintItem),
  total: z.number().int(),
  /** Counts per type and status under the same filters except type/status: the board's columns. */
  counts: z.array(z.object({ type: ConstraintType, status: ConstraintStatus, count: z.number().int() })),
});
export type ConstraintListResponse = z.infer<typeof ConstraintListResponse>;

export const Source = z.object({
  id: z.string(),
  entityType: z.enum(["person", "business"]),
  entityId: z.string(),
  kind: SourceKind,
  officeCode: z.string().nullable(),
  userName: z.string().nullable(),
  importBatchId: z.string().nullable(),
  sheet: z.string().nullable(),
  rowNumber: z.number().int().nullable(),
  tag: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type Source = z.infer<typeof Source>;

export const HistoryEvent = z.object({
  at: z.string(),
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Fields an edit changed (from → to), for the page's history; empty for other events. */
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
});
export type HistoryEvent = z.infer<typeof HistoryEvent>;

export const BusinessPage = z.object({
  business: Business,
  owner: Person,
  impacts: z.array(Impact),
  products: z.array(Product),
  pivots: z.array(Pivot),
  constraints: z.array(ConstraintItem),
  sources: z.array(Source),
  history: z.array(HistoryEvent),
});
export type BusinessPage = z.infer<typeof BusinessPage>;

export const RevealedIdentity = z.object({
  personId: z.string(),
  nik: z.string(),
  noKk: z.string().nullable(),
});
export type RevealedIdentity = z.infer<typeof RevealedIdentity>;

export const Cooperative = z.object({
  id: z.string(),
  name: z.string(),
  legalEntityNumber: z.string().nullable(),
  members: z.number().int().nullable(),
  sector: Sector,
  street: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Cooperative = z.infer<typeof Cooperative>;

export const CooperativePage = z.object({ cooperative: Cooperative, history: z.array(HistoryEvent) });
export type CooperativePage = z.infer<typeof CooperativePage>;

export const CooperativeListResponse = z.object({ items: z.array(Cooperative), total: z.number().int() });
export type CooperativeListResponse = z.infer<typeof CooperativeListResponse>;

/** `details` of a 409 SYNC_CONFLICT: the stored version and the one the device sent. */
export const SyncConflictDetails = z.object({
  clientId: z.string(),
  existing: BusinessPage,
  submitted: z.unknown(),
});
export type SyncConflictDetails = z.infer<typeof SyncConflictDetails>;
