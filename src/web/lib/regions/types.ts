// Shapes of /api/regions responses (platform HTTP contract).
export const regionLevels = ["province", "regency", "district", "village"] as const;
export type RegionLevel = (typeof regionLevels)[number];

export type RegionSummary = { code: string; name: string; level: RegionLevel };
export type RegionSearchHit = RegionSummary & { parentName?: string };
export type RegionDetail = RegionSummary & { ancestors: RegionSummary[]; childCount: number };
