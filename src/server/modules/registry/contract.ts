// HTTP contract of the register: the shared vocabulary. The shapes live beside it by capability:
// contract-register.ts (entry, edit, list, export and reveal of businesses and persons),
// contract-business-page.ts (the business page and its impact, pivots, products and sources),
// contract-constraints.ts (kendala) and contract-cooperatives.ts. Shapes are stable for the web
// client: only additive changes. NIK/KK in responses are masked unless a permitted role asked to
// reveal them (and the reveal was audited).
// Errors use the one envelope { error: { code, message, issues?, requestId } }; a bad NIK, KK, NIB
// or phone is 400 VALIDATION with issues [{ path: "owner.nik", message: "<Indonesian text>" }].
import { z } from "zod";
import { IsoDate, RegionCode } from "../../../shared/contract-primitives";
import {
  BUSINESS_STATUSES,
  CONSTRAINT_STATUSES,
  CONSTRAINT_TYPES,
  SALES_CHANNELS,
  SECTORS,
  SIZE_CLASSES,
  SOURCE_KINDS,
} from "./domain/vocab";

export { IdParams } from "../../../shared/contract-primitives";

export { IsoDate, RegionCode };

export const Count = z.number().int().min(0).max(10_000_000);
export const BoolQuery = z.enum(["true", "false"]).transform((v) => v === "true");

export const Sector = z.enum(SECTORS);
export const SalesChannel = z.enum(SALES_CHANNELS);
export const SizeClass = z.enum(SIZE_CLASSES);
export const BusinessStatus = z.enum(BUSINESS_STATUSES);
export const SourceKind = z.enum(SOURCE_KINDS);
export const ConstraintType = z.enum(CONSTRAINT_TYPES);
export const ConstraintStatus = z.enum(CONSTRAINT_STATUSES);

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
