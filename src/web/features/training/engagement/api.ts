// Calls and shapes of the owners' side of a training (server: modules/training/engagement).
import { api } from "../../../lib/api";
import type { EventMode, EventStatus } from "../api/types";

export type PublicEvent = {
  id: string;
  title: string;
  topic: string;
  status: EventStatus;
  mode: EventMode;
  venue: string | null;
  startsOn: string;
  endsOn: string | null;
  regionName: string | null;
  seatsLeft: number;
  open: boolean;
};
export type RegisterBody = {
  nik?: string;
  name?: string;
  birthDate?: string;
  phone: string;
  businessName: string;
};
export type RegistrationResult = { status: "seated" | "pending"; code: string | null };
export type Seat = {
  code: string;
  businessName: string;
  event: Omit<PublicEvent, "seatsLeft" | "open">;
  attended: boolean;
  canJoin: boolean;
  canEvaluate: boolean;
  evaluated: boolean;
};
export type EvaluationBody = { content: number; trainer: number; usefulness: number; comment?: string };
export type Registration = {
  id: string;
  status: "seated" | "pending" | "refused";
  nikMasked: string | null;
  name: string | null;
  birthDate: string | null;
  phone: string;
  businessName: string;
  participantId: string | null;
  suggestions: { businessId: string; businessName: string; ownerName: string; regionName: string | null }[];
  reason: string | null;
  decidedBy: string | null;
  createdAt: string;
};
export type Invitation = {
  participantId: string;
  ownerName: string;
  businessName: string;
  code: string;
  phone: string | null;
  text: string;
  link: string | null;
  seatUrl: string;
  sentBy: string | null;
  sentAt: string | null;
  checkedInAt: string | null;
};
export type CheckInResult = {
  result: "checked_in" | "already";
  participantId: string;
  ownerName: string;
  businessName: string;
  checkedInAt: string;
  attended: number;
};
export type EvaluationSummary = {
  count: number;
  attended: number;
  averages: { content: number | null; trainer: number | null; usefulness: number | null };
  answers: {
    ownerName: string;
    businessName: string;
    content: number;
    trainer: number;
    usefulness: number;
    comment: string | null;
    submittedAt: string;
  }[];
};

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
  join: (code: string) => api.post<{ onlineLink: string }>(`${P}/seats/${enc(code)}/join`),
  evaluate: (code: string, body: EvaluationBody) =>
    api.post<{ ok: true }>(`${P}/seats/${enc(code)}/evaluation`, body),
  registrations: (id: string, signal?: AbortSignal) =>
    api.get<Registration[]>(`${E}/${enc(id)}/registrations`, { signal }),
  link: (id: string, registrationId: string, businessId: string) =>
    api.post<Registration>(`${E}/${enc(id)}/registrations/${enc(registrationId)}/link`, { businessId }),
  refuse: (id: string, registrationId: string, reason: string) =>
    api.post<Registration>(`${E}/${enc(id)}/registrations/${enc(registrationId)}/refuse`, { reason }),
  invitations: (id: string, signal?: AbortSignal) =>
    api.get<Invitation[]>(`${E}/${enc(id)}/invitations`, { signal }),
  markSent: (id: string, participantId: string) =>
    api.post<{ sentBy: string; sentAt: string }>(`${E}/${enc(id)}/invitations/${enc(participantId)}/sent`),
  checkIn: (id: string, code: string, method: "scan" | "typed") =>
    api.post<CheckInResult>(`${E}/${enc(id)}/check-in`, { code, method }),
  evaluations: (id: string, signal?: AbortSignal) =>
    api.get<EvaluationSummary>(`${E}/${enc(id)}/evaluations`, { signal }),
};
