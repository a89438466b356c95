// Queries and the upload of Kartu Prakerja lists; an upload refreshes the lists.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as a from "../api/prakerja-api";

const keys = {
  lists: ["training", "prakerja", "lists"] as const,
  rows: (id: string) => ["training", "prakerja", "rows", id] as const,
  business: (id: string) => ["training", "prakerja", "business", id] as const,
};

export const usePrakerjaLists = () =>
  useQuery({ queryKey: keys.lists, queryFn: ({ signal }) => a.fetchPrakerjaLists(signal) });
export const usePrakerjaRows = (id: string | null) =>
  useQuery({
    queryKey: keys.rows(id ?? ""),
    queryFn: ({ signal }) => a.fetchPrakerjaRows(id ?? "", signal),
    enabled: id !== null,
  });
export const usePrakerjaForBusiness = (id: string) =>
  useQuery({
    queryKey: keys.business(id),
    queryFn: ({ signal }) => a.fetchPrakerjaForBusiness(id, signal),
    retry: false,
  });

export function useUploadPrakerja() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: a.uploadPrakerja,
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.lists }),
  });
}
