import { z } from "zod";
import { RegionCode } from "../../../shared/contract-primitives";

export const RegionCodeParam = RegionCode;
export const RegionLevelSchema = z.enum(["province", "regency", "district", "village"]);

export const RegionSchema = z.object({ code: z.string(), name: z.string(), level: RegionLevelSchema });
export type RegionDto = z.infer<typeof RegionSchema>;

export const ListRegionsQuery = z.object({ parent: RegionCodeParam.optional() });
export const SearchRegionsQuery = z.object({
  q: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(10),
  within: RegionCodeParam.optional(),
  level: RegionLevelSchema.optional(),
});
export const RegionHitSchema = RegionSchema.extend({ parentName: z.string().nullable() });
export type RegionHit = z.infer<typeof RegionHitSchema>;
export const RegionDetail = RegionSchema.extend({
  ancestors: z.array(RegionSchema),
  childCount: z.number().int(),
});
