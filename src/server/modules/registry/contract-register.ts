// HTTP contract of the register's businesses and persons: entry (form, field, offline sync), edit,
// list, export and the audited NIK reveal.
//
// Routes (permission → request → response):
//   GET    /api/registry/businesses                  registry.read       BusinessListQuery → BusinessListResponse
//   POST   /api/registry/businesses                  registry.write      CreateBusinessBody → 201 BusinessPage
//          (same clientId + same payload → 200 BusinessPage; other payload → 409 SYNC_CONFLICT,
//           error.details: SyncConflictDetails)
//   GET    /api/registry/businesses/export.xlsx      registry.read       ExportQuery → xlsx file
//   GET    /api/registry/businesses/:id              registry.read       RevealQuery → BusinessPage
//   PATCH  /api/registry/businesses/:id              registry.write      UpdateBusinessBody → Business
//   PATCH  /api/registry/persons/:id                 registry.write      UpdatePersonBody → Person
//   POST   /api/registry/persons/:id/reveal-nik      registry.reveal_nik RevealBody {reason} → RevealedIdentity
import { z } from "zod";
import { IsoDate, RegionCode, Rupiah, Text } from "../../../shared/contract-primitives";
import { REVEAL_REASON_MAX, REVEAL_REASON_MIN, revealReason } from "../../../shared/reveal-reason";
import { BoolQuery, BusinessStatus, Count, SalesChannel, Sector, SizeClass, SourceKind } from "./contract";
import { BusinessPage, ImpactInput } from "./contract-business-page";
import { KBLI_VERSIONS, SALES_CHANNELS } from "./domain/vocab";

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

export const DuplicateDecision = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("same_person"), personId: z.uuid() }),
  z.object({ kind: z.literal("new_person"), reason: Text(500).min(3) }),
  /** Saved as a new person for now; the pair is kept with the record for a reviewer. */
  z.object({ kind: z.literal("not_sure"), personId: z.uuid() }),
]);
export type DuplicateDecision = z.infer<typeof DuplicateDecision>;

/** The body of 409 LIKELY_DUPLICATE and of 409 NIK_ALREADY_REGISTERED (error.details). */
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

/**
 * Create a business with its owner (new, or an existing person by id) and its first impact
 * assessment. With `clientId` (generated offline) the call is idempotent: same id and payload → 200
 * with the existing record; same id, other payload → 409 SYNC_CONFLICT with both versions.
 */
export const CreateBusinessBody = z
  .object({
    clientId: z.uuid().optional(),
    business: BusinessInput,
    owner: PersonInput.optional(),
    ownerId: z.uuid().optional(),
    impact: ImpactInput.optional(),
    source: z.object({ kind: z.enum(["form", "field"]), note: Text(500).optional() }).optional(),
    /**
     * The answer to 409 LIKELY_DUPLICATE: the registered person, or a new person and why. A new person
     * (or "not sure") under a valid NIK already registered is 409 NIK_ALREADY_REGISTERED.
     */
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

export const RevealedIdentity = z.object({
  personId: z.string(),
  nik: z.string(),
  noKk: z.string().nullable(),
});
export type RevealedIdentity = z.infer<typeof RevealedIdentity>;

/** `details` of a 409 SYNC_CONFLICT: the stored version and the one the device sent. */
export const SyncConflictDetails = z.object({
  clientId: z.string(),
  existing: BusinessPage,
  submitted: z.unknown(),
});
export type SyncConflictDetails = z.infer<typeof SyncConflictDetails>;
