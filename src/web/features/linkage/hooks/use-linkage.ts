// Linkage queries and mutations. Keys start with "linkage"; a decision refreshes the queue, the
// merge history and the register's pages (a merge changes a business's status).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  decide,
  decideBatch,
  fetchEntity,
  fetchIrisan,
  fetchList,
  fetchLists,
  fetchMerges,
  fetchReviews,
  fetchRuns,
  type IrisanFilters,
  type ReviewFilters,
  relink,
  startRun,
  undoMerge,
  uploadList,
} from "../api/linkage-api";

export const linkageKeys = {
  all: ["linkage"] as const,
  runs: ["linkage", "runs"] as const,
  reviews: (f: ReviewFilters) => ["linkage", "reviews", f] as const,
  merges: ["linkage", "merges"] as const,
  entity: (businessId: string) => ["linkage", "entity", businessId] as const,
  lists: ["linkage", "lists"] as const,
  list: (listId: string) => ["linkage", "list", listId] as const,
  irisan: (listId: string, f: IrisanFilters) => ["linkage", "irisan", listId, f] as const,
};

export const useRuns = () =>
  useQuery({ queryKey: linkageKeys.runs, queryFn: ({ signal }) => fetchRuns(signal) });

export const useReviews = (f: ReviewFilters) =>
  useQuery({
    queryKey: linkageKeys.reviews(f),
    queryFn: ({ signal }) => fetchReviews(f, signal),
    placeholderData: keepPreviousData,
  });

export const useMerges = () =>
  useQuery({ queryKey: linkageKeys.merges, queryFn: ({ signal }) => fetchMerges(signal) });

export const useEntity = (businessId: string) =>
  useQuery({
    queryKey: linkageKeys.entity(businessId),
    queryFn: ({ signal }) => fetchEntity(businessId, signal),
    enabled: businessId !== "",
  });

export const useLists = () =>
  useQuery({ queryKey: linkageKeys.lists, queryFn: ({ signal }) => fetchLists(signal) });

export const useList = (listId: string) =>
  useQuery({ queryKey: linkageKeys.list(listId), queryFn: ({ signal }) => fetchList(listId, signal) });

export const useIrisan = (listId: string, f: IrisanFilters) =>
  useQuery({
    queryKey: linkageKeys.irisan(listId, f),
    queryFn: ({ signal }) => fetchIrisan(listId, f, signal),
    placeholderData: keepPreviousData,
  });

function useRefresh() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: linkageKeys.all }),
      queryClient.invalidateQueries({ queryKey: ["registry"] }),
    ]);
}

export function useDecide() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: decide, onSuccess: refresh });
}

export function useDecideBatch() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: decideBatch, onSuccess: refresh });
}

export function useUndoMerge() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: undoMerge, onSuccess: refresh });
}

export function useStartRun() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: startRun, onSuccess: refresh });
}

export function useUploadList() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: uploadList, onSuccess: refresh });
}

export function useRelink() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: relink, onSuccess: refresh });
}

/** Refetches everything linkage shows (after a job finishes). */
export function useRefreshLinkage() {
  return useRefresh();
}
