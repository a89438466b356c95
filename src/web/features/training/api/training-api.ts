// Calls to /api/training (server: modules/training/routes.ts).
import { api } from "../../../lib/api";
import type {
  AddParticipantsResult,
  AttendanceBody,
  Candidate,
  CandidateFilters,
  CertificateCheck,
  CreateEventBody,
  EventDetail,
  IssueResult,
  StatusBody,
  TrainingEvent,
} from "./types";

const base = "/api/training/events";
const enc = encodeURIComponent;

export const fetchEvents = (signal?: AbortSignal) => api.get<TrainingEvent[]>(base, { signal });
export const fetchEvent = (id: string, signal?: AbortSignal) =>
  api.get<EventDetail>(`${base}/${enc(id)}`, { signal });
export const createEvent = (body: CreateEventBody) => api.post<TrainingEvent>(base, body);
export const changeStatus = (id: string, body: StatusBody) =>
  api.post<EventDetail>(`${base}/${enc(id)}/status`, body);
export const fetchCandidates = (id: string, f: CandidateFilters, signal?: AbortSignal) =>
  api.get<Candidate[]>(`${base}/${enc(id)}/candidates`, { query: { ...f, limit: 200 }, signal });
export const addParticipants = (id: string, businessIds: string[]) =>
  api.post<AddParticipantsResult>(`${base}/${enc(id)}/participants`, {
    businessIds,
  });
export const recordAttendance = (id: string, body: AttendanceBody) =>
  api.post<EventDetail>(`${base}/${enc(id)}/attendance`, body);
export const issueCertificates = (id: string) => api.post<IssueResult>(`${base}/${enc(id)}/certificates`);
export const certificateUrl = (eventId: string, participantId: string) =>
  `${base}/${enc(eventId)}/participants/${enc(participantId)}/certificate.pdf`;
export const checkCertificate = (code: string, signal?: AbortSignal) =>
  api.get<CertificateCheck>(`/api/training/certificates/${enc(code)}`, { signal });
