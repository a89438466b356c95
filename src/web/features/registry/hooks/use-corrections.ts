// Queries and mutations of the corrections: every success refreshes the register's pages (their
// history lists the change at once).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CooperativeListQuery } from "../../../../server/modules/registry/contract-cooperatives";
import {
  addPivot,
  addProduct,
  createStoreProduct,
  fetchCooperativePage,
  fetchCooperatives,
  fetchStoreProducts,
  updateBusiness,
  updateCooperative,
  updatePerson,
} from "../api/corrections-api";
import { registryKeys } from "./use-registry";

function useRegistryMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: registryKeys.all }),
        queryClient.invalidateQueries({ queryKey: ["registry-store"] }),
      ]),
  });
}

export const useUpdateBusiness = () => useRegistryMutation(updateBusiness);
export const useUpdatePerson = () => useRegistryMutation(updatePerson);
export const useAddPivot = () => useRegistryMutation(addPivot);
export const useAddProduct = () => useRegistryMutation(addProduct);
export const useUpdateCooperative = () => useRegistryMutation(updateCooperative);
export const useCreateStoreProduct = () => useRegistryMutation(createStoreProduct);

export function useCooperatives(query: Partial<CooperativeListQuery>) {
  return useQuery({
    queryKey: ["registry", "cooperatives", query],
    queryFn: ({ signal }) => fetchCooperatives(query, signal),
  });
}

export function useCooperativePage(id: string) {
  return useQuery({
    queryKey: ["registry", "cooperative", id],
    queryFn: ({ signal }) => fetchCooperativePage(id, signal),
  });
}

/** The store's products that came from a pivot (only for roles that manage the store). */
export function useStoreProductsByPivot(enabled: boolean) {
  return useQuery({
    queryKey: ["registry-store", "products"],
    queryFn: ({ signal }) => fetchStoreProducts(signal),
    enabled,
    select: (items) =>
      new Map(items.flatMap((p) => (p.sourcePivotId ? [[p.sourcePivotId, p] as const] : []))),
  });
}
