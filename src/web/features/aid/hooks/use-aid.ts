// Queries and mutations of the aid feature; a change to a proposal refreshes its detail and items.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as a from "../api/aid-api";
import type {
  CandidateFilters,
  CreateProgrammeBody,
  ItemView,
  ManualItem,
  ProposalStatus,
} from "../api/types";

export const aidKeys = {
  programmes: ["aid", "programmes"] as const,
  programme: (id: string) => ["aid", "programme", id] as const,
  report: (id: string) => ["aid", "report", id] as const,
  proposals: (f: object) => ["aid", "proposals", f] as const,
  proposal: (id: string) => ["aid", "proposal", id] as const,
};

export const usePrograms = () =>
  useQuery({ queryKey: aidKeys.programmes, queryFn: ({ signal }) => a.fetchProgrammes(signal) });
export const useProgramme = (id: string) =>
  useQuery({ queryKey: aidKeys.programme(id), queryFn: ({ signal }) => a.fetchProgramme(id, signal) });
export const useReport = (id: string) =>
  useQuery({ queryKey: aidKeys.report(id), queryFn: ({ signal }) => a.fetchReport(id, signal) });
export const useProposals = (f: { programmeId?: string; status?: ProposalStatus }) =>
  useQuery({ queryKey: aidKeys.proposals(f), queryFn: ({ signal }) => a.fetchProposals(f, signal) });
export const useProposal = (id: string) =>
  useQuery({ queryKey: aidKeys.proposal(id), queryFn: ({ signal }) => a.fetchProposal(id, signal) });
export const useItems = (id: string, f: { view: ItemView; q?: string; offset: number; limit: number }) =>
  useQuery({
    queryKey: [...aidKeys.proposal(id), "items", f],
    queryFn: ({ signal }) => a.fetchItems(id, f, signal),
    placeholderData: keepPreviousData,
  });
export const useCandidates = (id: string, f: CandidateFilters, enabled: boolean) =>
  useQuery({
    queryKey: [...aidKeys.proposal(id), "candidates", f],
    queryFn: ({ signal }) => a.fetchCandidates(id, f, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
export const useBatches = (id: string) =>
  useQuery({
    queryKey: [...aidKeys.proposal(id), "batches"],
    queryFn: ({ signal }) => a.fetchBatches(id, signal),
  });
export const useReconciliation = (id: string) =>
  useQuery({
    queryKey: [...aidKeys.proposal(id), "reconciliation"],
    queryFn: ({ signal }) => a.fetchReconciliation(id, signal),
  });
export const useHandovers = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...aidKeys.proposal(id), "handovers"],
    queryFn: ({ signal }) => a.fetchHandovers(id, signal),
    enabled,
  });
export const useRecordHandover = (id: string) =>
  useProposalMutation(
    id,
    (v: { itemId: string; quantity: number; handedOn: string; receivedBy: string; receipt: File }) =>
      a.recordHandover(id, v.itemId, v),
  );
export const useMyStatus = () =>
  useQuery({ queryKey: ["aid", "my-status"], queryFn: ({ signal }) => a.fetchMyStatus(signal) });

function useProposalMutation<V, R>(id: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => qc.invalidateQueries({ queryKey: aidKeys.proposal(id) }),
  });
}

export const useAddItem = (id: string) => useProposalMutation(id, (body: ManualItem) => a.addItem(id, body));
export const useAddMany = (id: string) => useProposalMutation(id, (ids: string[]) => a.addMany(id, ids));
export const useUploadItems = (id: string) =>
  useProposalMutation(id, (file: File) => a.uploadItems(id, file));
export const useJustify = (id: string) =>
  useProposalMutation(id, (v: { itemId: string; problemKey: string; text: string }) =>
    a.justify(id, v.itemId, { problemKey: v.problemKey, text: v.text }),
  );
export const useRemoveItem = (id: string) =>
  useProposalMutation(id, (v: { itemId: string; reason: string }) => a.removeItem(id, v.itemId, v.reason));
export const useRecheck = (id: string) => useProposalMutation(id, () => a.recheck(id));
export const useFlowStep = (id: string) =>
  useProposalMutation(
    id,
    (v: { step: a.FlowStep; reason?: string; decreeNumber?: string; decreeDate?: string }) =>
      a.flowStep(id, v.step, v),
  );
export const useRevise = (id: string) =>
  useProposalMutation(id, (v: { removeItemIds: string[]; reason: string }) => a.revise(id, v));
export const useUploadDecision = (id: string) =>
  useProposalMutation(id, (file: File) => a.uploadDecision(id, file));
export const useUploadBank = (id: string) =>
  useProposalMutation(id, (file: File) => a.uploadBankFile(id, file));
export const useResolveFinding = (id: string) =>
  useProposalMutation(id, (v: { findingId: string; note: string }) =>
    a.resolveFinding(id, v.findingId, v.note),
  );

export function useCreateProposal() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: a.createProposal,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["aid", "proposals"] }),
  });
}

export function useCreateProgramme() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: CreateProgrammeBody) => a.createProgramme(b),
    onSuccess: () => qc.invalidateQueries({ queryKey: aidKeys.programmes }),
  });
}
