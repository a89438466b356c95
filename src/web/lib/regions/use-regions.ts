// Region queries. Regions change only with a new Kemendagri release, so results are kept for the
// whole session.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { fetchRegion, fetchRegionChildren, searchRegions } from "./regions-api";

const forever = Number.POSITIVE_INFINITY;

export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ["regions", "detail", code],
    queryFn: ({ signal }) => fetchRegion(code ?? "", signal),
    enabled: Boolean(code),
    staleTime: forever,
  });
}

export function useRegionChildren(parent: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ["regions", "children", parent ?? ""],
    queryFn: ({ signal }) => fetchRegionChildren(parent, signal),
    enabled,
    staleTime: forever,
  });
}

export const minSearchLength = 2;

export function useRegionSearch(text: string, limit = 20) {
  const q = text.trim();
  return useQuery({
    queryKey: ["regions", "search", q, limit],
    queryFn: ({ signal }) => searchRegions(q, limit, signal),
    enabled: q.length >= minSearchLength,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
