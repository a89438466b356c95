// Queries and mutations of the training feature; a change to an event refreshes its detail and the list.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as a from "../api/training-api";
import type { CandidateFilters, CreateEventBody, StatusBody } from "../api/types";

export const trainingKeys = {
  events: ["training", "events"] as const,
  event: (id: string) => ["training", "event", id] as const,
};

export const useEvents = () =>
  useQuery({ queryKey: trainingKeys.events, queryFn: ({ signal }) => a.fetchEvents(signal) });
export const useEvent = (id: string) =>
  useQuery({ queryKey: trainingKeys.event(id), queryFn: ({ signal }) => a.fetchEvent(id, signal) });
export const useCandidates = (id: string, f: CandidateFilters, enabled: boolean) =>
  useQuery({
    queryKey: [...trainingKeys.event(id), "candidates", f],
    queryFn: ({ signal }) => a.fetchCandidates(id, f, signal),
    enabled,
    placeholderData: keepPreviousData,
  });

function useEventMutation<V, R>(id: string, fn: (vars: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: trainingKeys.event(id) });
      void qc.invalidateQueries({ queryKey: trainingKeys.events });
    },
  });
}

export const useCreateEvent = () => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEventBody) => a.createEvent(body),
    onSuccess: () => void qc.invalidateQueries({ queryKey: trainingKeys.events }),
  });
};
export const useChangeStatus = (id: string) => useEventMutation(id, (b: StatusBody) => a.changeStatus(id, b));
export const useAddParticipants = (id: string) =>
  useEventMutation(id, (ids: string[]) => a.addParticipants(id, ids));
export const useAttendance = (id: string) =>
  useEventMutation(id, (b: { participantIds: string[]; attended: boolean }) => a.recordAttendance(id, b));
export const useIssueCertificates = (id: string) => useEventMutation(id, () => a.issueCertificates(id));
export const useCertificateCheck = (code: string) =>
  useQuery({
    queryKey: ["training", "certificate", code],
    queryFn: ({ signal }) => a.checkCertificate(code, signal),
    retry: false,
  });
