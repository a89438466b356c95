// HTTP contract of kendala (constraints a business reports, followed up by the office).
//
// Routes (permission → request → response):
//   POST   /api/registry/businesses/:id/constraints  constraints.manage  CreateConstraintBody → 201 ConstraintDetail
//   GET    /api/registry/constraints                 registry.read       ConstraintListQuery → ConstraintListResponse
//   GET    /api/registry/constraints/:id             registry.read       → ConstraintDetail
//   POST   /api/registry/constraints/:id/assign      constraints.manage  AssignConstraintBody → ConstraintDetail
//   POST   /api/registry/constraints/:id/follow-ups  constraints.manage  FollowUpBody → ConstraintDetail
//   POST   /api/registry/constraints/:id/status      constraints.manage  ConstraintStatusBody → ConstraintDetail
//          (open → in_progress → resolved; resolved may be reopened; other moves → 409 INVALID_TRANSITION)
import { z } from "zod";
import { Text } from "../../../shared/contract-primitives";
import { ConstraintStatus, ConstraintType, RegionCode } from "./contract";

// ---------- inputs ----------

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
