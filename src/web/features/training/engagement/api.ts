// Calls of the owners' side of a training (server: modules/training/engagement); the shapes are the
// server's contract (types only): responses as sent, bodies as the client may write them.
import type { z } from "zod";
import type {
  CheckInBody,
  CheckInResult,
  EvaluationReceipt,
  EvaluationBody as EvaluationSchema,
  EvaluationSummary,
  Invitation,
  JoinResult,
  LinkBody,
  PublicEvent,
  RefuseBody,
  RegisterBody as RegisterSchema,
  Registration,
  RegistrationResult,
  Seat,
  SentMark,
} from "../../../../server/modules/training/contract-engagement";
import { api } from "../../../lib/api";

export type {
  CheckInResult,
  EvaluationSummary,
  Invitation,
  PublicEvent,
  Registration,
  RegistrationResult,
  Seat,
};
export type RegisterBody = z.input<typeof RegisterSchema>;
export type EvaluationBody = z.input<typeof EvaluationSchema>;
/** How the desk checks a code in (an online join is the owner's own, through the seat page). */
export type CheckInMethod = z.input<typeof CheckInBody>["method"];

const enc = encodeURIComponent;
const P = "/api/training/public";
const E = "/api/training/events";

export const publicPaths = {
  registration: (eventId: string) => `/pelatihan/daftar/${eventId}`,
  seat: (code: string) => `/pelatihan/peserta/${code}`,
  qr: (code: string) => `${P}/seats/${enc(code)}/qr.svg`,
};

export const engagementApi = {
  publicEvent: (id: string, signal?: AbortSignal) =>
    api.get<PublicEvent>(`${P}/events/${enc(id)}`, { signal }),
  register: (id: string, body: RegisterBody) =>
    api.post<RegistrationResult>(`${P}/events/${enc(id)}/registrations`, body),
  seat: (code: string, signal?: AbortSignal) => api.get<Seat>(`${P}/seats/${enc(code)}`, { signal }),
  join: (code: string) => api.post<JoinResult>(`${P}/seats/${enc(code)}/join`),
  evaluate: (code: string, body: EvaluationBody) =>
    api.post<EvaluationReceipt>(`${P}/seats/${enc(code)}/evaluation`, body),
  registrations: (id: string, signal?: AbortSignal) =>
    api.get<Registration[]>(`${E}/${enc(id)}/registrations`, { signal }),
  link: (id: string, registrationId: string, businessId: string) =>
    api.post<Registration>(`${E}/${enc(id)}/registrations/${enc(registrationId)}/link`, {
      businessId,
    } satisfies z.input<typeof LinkBody>),
  refuse: (id: string, registrationId: string, reason: string) =>
    api.post<Registration>(`${E}/${enc(id)}/registrations/${enc(registrationId)}/refuse`, {
      reason,
    } satisfies z.input<typeof RefuseBody>),
  invitations: (id: string, signal?: AbortSignal) =>
    api.get<Invitation[]>(`${E}/${enc(id)}/invitations`, { signal }),
  markSent: (id: string, participantId: string) =>
    api.post<SentMark>(`${E}/${enc(id)}/invitations/${enc(participantId)}/sent`),
  checkIn: (id: string, code: string, method: CheckInMethod) =>
    api.post<CheckInResult>(`${E}/${enc(id)}/check-in`, { code, method } satisfies z.input<
      typeof CheckInBody
    >),
  evaluations: (id: string, signal?: AbortSignal) =>
    api.get<EvaluationSummary>(`${E}/${enc(id)}/evaluations`, { signal }),
};
