// Calls to /api/regions.
import { api } from "../api";
import type { RegionDetail, RegionSearchHit, RegionSummary } from "./types";

export const fetchRegionChildren = (parent: string | undefined, signal?: AbortSignal) =>
  api.get<RegionSummary[]>("/api/regions", { query: { parent }, signal });

export const searchRegions = (q: string, limit: number, signal?: AbortSignal) =>
  api.get<RegionSearchHit[]>("/api/regions/search", { query: { q, limit }, signal });

export const fetchRegion = (code: string, signal?: AbortSignal) =>
  api.get<RegionDetail>(`/api/regions/${encodeURIComponent(code)}`, { signal });
