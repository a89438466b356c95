// HTTP contract of linkage ("Sinergi Data"): dedup runs, the review queue, merges and undo, the
// sources of an entity, and the duplicate hint. Outside lists and the irisan report are in
// contract-lists.ts. NIK/KK are always masked here; the register's reveal flow shows them in full.
//
// Routes (permission → request → response):
//   POST /api/linkage/dedup-runs            linkage.run     StartRunBody → 202 RunStarted
//   GET  /api/linkage/dedup-runs            linkage.read    → Run[]
//   GET  /api/linkage/reviews               linkage.review  ReviewQuery → ReviewPage
//   GET  /api/linkage/reviews/:id           linkage.review  → ReviewItem
//   POST /api/linkage/reviews/:id/decision  linkage.review  DecisionBody → DecisionResult
//          (a pair decided already → 409 ALREADY_DECIDED; a record merged meanwhile → 409 STALE_PAIR)
//   POST /api/linkage/reviews/batch         linkage.review  BatchDecisionBody → BatchResult
//   GET  /api/linkage/merges                linkage.review  → Merge[]
//   POST /api/linkage/merges/:id/undo       linkage.review  → Merge   (undone already → 409 ALREADY_UNDONE)
//   GET  /api/linkage/businesses/:id/entity registry.read   → EntitySources
//   POST /api/linkage/hints                 linkage.hint    HintBody → HintResponse
//   POST /api/linkage/match-keys/refresh    linkage.run     StartRunBody → 202 RunStarted
import { z } from "zod";
import { IsoDate, RegionCode, Text } from "../../../shared/contract-primitives";
import { PAIR_DECISIONS, PAIR_STATUSES, RUN_KINDS, RUN_STATES } from "./vocab";

export { IdParams } from "../../../shared/contract-primitives";

export type { IrisanCategory, ListKind, PairStatus } from "./vocab";

export const RegionPrefix = RegionCode;
export { IsoDate };

export const StartRunBody = z.object({
  /** Region prefix to cover; default: the caller's whole scope. */
  regionCode: RegionPrefix.optional(),
});
export type StartRunBody = z.infer<typeof StartRunBody>;

export const Run = z.object({
  id: z.string(),
  kind: z.enum(RUN_KINDS),
  regionCode: z.string(),
  listId: z.string().nullable(),
  jobId: z.string().nullable(),
  state: z.enum(RUN_STATES),
  stats: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  startedByName: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type Run = z.infer<typeof Run>;

export const RunStarted = z.object({ run: Run, jobId: z.string() });
export type RunStarted = z.infer<typeof RunStarted>;

export const Contribution = z.object({
  /** Engine comparison name: name, birthDate, nationalId, phone, region, business, ... */
  field: z.string(),
  /** Agreement level (exact, fuzzy, near, ...) or null when a side lacks the field. */
  level: z.string().nullable(),
  /** log2(m/u) plus the term-frequency adjustment. */
  weight: z.number(),
});
export type Contribution = z.infer<typeof Contribution>;

export const SourceView = z.object({
  kind: z.string(),
  userName: z.string().nullable(),
  officeCode: z.string().nullable(),
  sheet: z.string().nullable(),
  rowNumber: z.number().int().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type SourceView = z.infer<typeof SourceView>;

/** One business record with its owner as the review screen shows it. */
export const RecordView = z.object({
  businessId: z.string(),
  personId: z.string(),
  businessName: z.string(),
  sector: z.string(),
  status: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string(),
  ownerName: z.string(),
  nikMasked: z.string(),
  noKkMasked: z.string().nullable(),
  sex: z.string().nullable(),
  birthPlace: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  sourceKind: z.string(),
  createdAt: z.string(),
  sources: z.array(SourceView),
});
export type RecordView = z.infer<typeof RecordView>;

export const ReviewItem = z.object({
  id: z.string(),
  runId: z.string(),
  regionCode: z.string(),
  decision: z.enum(PAIR_DECISIONS),
  probability: z.number(),
  weight: z.number(),
  note: z.string().nullable(),
  status: z.enum(PAIR_STATUSES),
  contributions: z.array(Contribution),
  /** Same valid NIK on neither side: the two cannot be one person. */
  nikConflict: z.boolean(),
  a: RecordView.nullable(),
  b: RecordView.nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  mergeId: z.string().nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewQuery = z.object({
  status: z.enum(PAIR_STATUSES).default("open"),
  decision: z.enum(PAIR_DECISIONS).optional(),
  region: RegionPrefix.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ReviewQuery = z.infer<typeof ReviewQuery>;

export const ReviewPage = z.object({
  items: z.array(ReviewItem),
  total: z.number().int(),
  counts: z.object({
    open: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    skipped: z.number().int(),
  }),
});
export type ReviewPage = z.infer<typeof ReviewPage>;

export const DecisionBody = z.object({
  decision: z.enum(["accept", "reject", "skip"]),
  /** Which record survives a merge; default the older one. */
  survivor: z.enum(["a", "b"]).optional(),
});
export type DecisionBody = z.infer<typeof DecisionBody>;

export const Merge = z.object({
  id: z.string(),
  pairId: z.string().nullable(),
  regionCode: z.string(),
  survivorId: z.string(),
  survivorName: z.string().nullable(),
  mergedId: z.string(),
  mergedName: z.string().nullable(),
  mergedByName: z.string(),
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
  undoneByName: z.string().nullable(),
});
export type Merge = z.infer<typeof Merge>;

export const DecisionResult = z.object({ item: ReviewItem, merge: Merge.nullable() });
export type DecisionResult = z.infer<typeof DecisionResult>;

export const BatchDecisionBody = z.object({
  ids: z.array(z.uuid()).min(1).max(200),
  decision: z.enum(["accept", "reject", "skip"]),
});
export type BatchDecisionBody = z.infer<typeof BatchDecisionBody>;

export const BatchResult = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      outcome: z.enum(["accepted", "rejected", "skipped", "conflict", "not_found"]),
    }),
  ),
});
export type BatchResult = z.infer<typeof BatchResult>;

export const EntitySources = z.object({
  entityId: z.string().nullable(),
  records: z.array(RecordView.extend({ mergedInto: z.string().nullable() })),
});
export type EntitySources = z.infer<typeof EntitySources>;

export const HintBody = z.object({
  nik: Text(40).optional(),
  noKk: Text(40).optional(),
  name: Text(150).optional(),
  sex: z.enum(["L", "P"]).optional(),
  birthDate: IsoDate.optional(),
  birthPlace: Text(100).optional(),
  phone: Text(40).optional(),
  /** The village (or any deeper-known region) the record belongs to. */
  regionCode: RegionPrefix.optional(),
  street: Text(200).optional(),
  rt: Text(5).optional(),
  rw: Text(5).optional(),
  /** Persons to leave out (the record itself, once saved). */
  excludePersonIds: z.array(z.uuid()).max(20).optional(),
  limit: z.number().int().min(1).max(10).optional(),
});
export type HintBody = z.infer<typeof HintBody>;

export const HintCandidate = z.object({
  personId: z.string(),
  name: z.string(),
  nikMasked: z.string(),
  sex: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  villageCode: z.string().nullable(),
  businesses: z.array(z.object({ id: z.string(), name: z.string(), status: z.string() })),
  weight: z.number(),
  probability: z.number(),
  decision: z.enum(["match", "review"]),
  /** Fields that agreed, strongest first. */
  reasons: z.array(Contribution),
});
export type HintCandidate = z.infer<typeof HintCandidate>;

export const HintResponse = z.object({
  candidates: z.array(HintCandidate),
  examined: z.number().int(),
  tookMs: z.number(),
});
export type HintResponse = z.infer<typeof HintResponse>;
