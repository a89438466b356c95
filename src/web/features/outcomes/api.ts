// Calls to /api/training/follow-ups (server: modules/training/outcomes/routes.ts).
import { api } from "../../lib/api";

export type SizeClass = "mikro" | "kecil" | "menengah" | "besar";
export type FollowUpState = "due" | "upcoming" | "recorded" | "missed";

export type FollowUp = {
  participantId: string;
  eventId: string;
  eventTitle: string;
  eventOn: string;
  businessId: string;
  businessName: string;
  ownerName: string;
  businessRegion: string;
  checkpoint: number;
  dueOn: string;
  outcome: {
    sizeClass: SizeClass;
    monthlyTurnover: number;
    note: string | null;
    recordedBy: string;
    recordedAt: string;
  } | null;
};

export type RecordOutcomeBody = {
  participantId: string;
  checkpoint: 3 | 6;
  sizeClass: SizeClass;
  monthlyTurnover: number;
  note?: string;
};

const base = "/api/training/follow-ups";
export const fetchFollowUps = (status: FollowUpState, signal?: AbortSignal) =>
  api.get<FollowUp[]>(base, { query: { status }, signal });
export const recordOutcome = (body: RecordOutcomeBody) => api.post<FollowUp>(base, body);
