// HTTP contract of the business page: the business, its owner and what is recorded about it
// (impact assessments, production pivots, products, sources, history).
//
// Routes (permission → request → response):
//   POST   /api/registry/businesses/:id/impacts      registry.write      ImpactInput → 201 Impact
//   POST   /api/registry/businesses/:id/pivots       registry.write      PivotInput → 201 Pivot
//   POST   /api/registry/businesses/:id/products     registry.write      ProductInput → 201 Product
// (the page itself is GET /api/registry/businesses/:id, in contract-register.ts)
import { z } from "zod";
import { IsoDate, Rupiah, Text } from "../../../shared/contract-primitives";
import { BusinessStatus, Count, HistoryEvent, Sector, SizeClass, SourceKind } from "./contract";
import { ConstraintItem } from "./contract-constraints";
import { AFFECTED_REASONS, NEEDS } from "./domain/vocab";

// ---------- inputs ----------

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

// ---------- responses ----------

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
