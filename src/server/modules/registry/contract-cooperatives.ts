// HTTP contract of cooperatives.
//
// Routes (permission → request → response):
//   GET    /api/registry/cooperatives                registry.read       CooperativeListQuery → CooperativeListResponse
//   POST   /api/registry/cooperatives                registry.write      CooperativeInput → 201 Cooperative
//   GET    /api/registry/cooperatives/:id            registry.read       → CooperativePage
//   PATCH  /api/registry/cooperatives/:id            registry.write      UpdateCooperativeBody → Cooperative
import { z } from "zod";
import { Text } from "../../../shared/contract-primitives";
import { Count, HistoryEvent, RegionCode, Sector } from "./contract";

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

export const CooperativeListQuery = z.object({
  q: Text(100).optional(),
  region: RegionCode.optional(),
  sector: Sector.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CooperativeListQuery = z.infer<typeof CooperativeListQuery>;

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
