// Register queries and mutations. Keys start with "registry" so a sync that delivered records can
// refresh every list at once.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  assignConstraint,
  type BusinessFilters,
  type ConstraintFilters,
  changeConstraintStatus,
  fetchBusinesses,
  fetchBusinessPage,
  fetchConstraint,
  fetchConstraints,
  followUpConstraint,
  reportConstraint,
  revealIdentity,
} from "../api/registry-api";

export const registryKeys = {
  all: ["registry"] as const,
  businesses: (filters: BusinessFilters) => ["registry", "businesses", filters] as const,
  business: (id: string) => ["registry", "business", id] as const,
  constraints: (filters: ConstraintFilters) => ["registry", "constraints", filters] as const,
  constraint: (id: string) => ["registry", "constraint", id] as const,
};

export function useBusinesses(filters: BusinessFilters) {
  return useQuery({
    queryKey: registryKeys.businesses(filters),
    queryFn: ({ signal }) => fetchBusinesses(filters, undefined, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBusinessPage(id: string) {
  return useQuery({
    queryKey: registryKeys.business(id),
    queryFn: ({ signal }) => fetchBusinessPage(id, undefined, signal),
  });
}

/** Each reveal is a POST with its reason, which the server audits; the answer stays on screen only. */
export function useRevealNik() {
  return useMutation({ mutationFn: revealIdentity });
}

export function useConstraints(filters: ConstraintFilters) {
  return useQuery({
    queryKey: registryKeys.constraints(filters),
    queryFn: ({ signal }) => fetchConstraints(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useConstraint(id: string | null) {
  return useQuery({
    queryKey: registryKeys.constraint(id ?? ""),
    queryFn: ({ signal }) => fetchConstraint(id ?? "", signal),
    enabled: id !== null,
  });
}

function useRegistryMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: registryKeys.all }),
  });
}

export const useReportConstraint = () => useRegistryMutation(reportConstraint);
export const useAssignConstraint = () => useRegistryMutation(assignConstraint);
export const useFollowUpConstraint = () => useRegistryMutation(followUpConstraint);
export const useChangeConstraintStatus = () => useRegistryMutation(changeConstraintStatus);
