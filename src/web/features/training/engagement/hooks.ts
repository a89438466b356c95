// Queries and mutations of the owners' side of a training; a change refreshes the event's detail too.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { trainingKeys } from "../hooks/use-training";
import { engagementApi as a, type CheckInMethod, type EvaluationBody, type RegisterBody } from "./api";

const keys = {
  publicEvent: (id: string) => ["training", "public-event", id] as const,
  seat: (code: string) => ["training", "seat", code] as const,
};

export const usePublicEvent = (id: string) =>
  useQuery({
    queryKey: keys.publicEvent(id),
    queryFn: ({ signal }) => a.publicEvent(id, signal),
    retry: false,
  });
export const useRegister = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: RegisterBody) => a.register(id, body),
    onSettled: () => void qc.invalidateQueries({ queryKey: keys.publicEvent(id) }),
  });
};
export const useSeat = (code: string) =>
  useQuery({ queryKey: keys.seat(code), queryFn: ({ signal }) => a.seat(code, signal), retry: false });
function useSeatMutation<V, R>(code: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.seat(code) }),
  });
}
export const useJoin = (code: string) => useSeatMutation(code, () => a.join(code));
export const useEvaluate = (code: string) =>
  useSeatMutation(code, (b: EvaluationBody) => a.evaluate(code, b));

const sub = (id: string, what: string) => [...trainingKeys.event(id), what] as const;
function useDeskMutation<V, R>(id: string, fn: (v: V) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: trainingKeys.event(id) }),
  });
}
export const useRegistrations = (id: string, enabled = true) =>
  useQuery({
    queryKey: sub(id, "registrations"),
    queryFn: ({ signal }) => a.registrations(id, signal),
    enabled,
  });
export const useLinkRegistration = (id: string) =>
  useDeskMutation(id, (v: { registrationId: string; businessId: string }) =>
    a.link(id, v.registrationId, v.businessId),
  );
export const useRefuseRegistration = (id: string) =>
  useDeskMutation(id, (v: { registrationId: string; reason: string }) =>
    a.refuse(id, v.registrationId, v.reason),
  );
export const useInvitations = (id: string) =>
  useQuery({ queryKey: sub(id, "invitations"), queryFn: ({ signal }) => a.invitations(id, signal) });
export const useMarkSent = (id: string) =>
  useDeskMutation(id, (participantId: string) => a.markSent(id, participantId));
export const useCheckIn = (id: string) =>
  useDeskMutation(id, (v: { code: string; method: CheckInMethod }) => a.checkIn(id, v.code, v.method));
export const useEvaluations = (id: string, enabled = true) =>
  useQuery({ queryKey: sub(id, "evaluations"), queryFn: ({ signal }) => a.evaluations(id, signal), enabled });
