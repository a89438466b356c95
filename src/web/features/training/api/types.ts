// Shapes of /api/training (server: modules/training/contract.ts).
export const EVENT_STATUSES = [
  "planned",
  "postponed",
  "rescheduled",
  "moved_online",
  "held",
  "reported",
  "cancelled",
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type EventMode = "in_person" | "online" | "hybrid";
export type FundingSource = "DAK" | "APBD" | "other";

export type TrainingEvent = {
  id: string;
  status: EventStatus;
  regionCode: string;
  regionName: string | null;
  title: string;
  topic: string;
  targetSizeClass: string | null;
  mode: EventMode;
  venue: string | null;
  onlineLink: string | null;
  fundingSource: FundingSource;
  budget: number;
  quota: number;
  trainers: string[];
  startsOn: string;
  endsOn: string | null;
  lastReason: string | null;
  participants: number;
  attended: number;
  createdBy: string;
  updatedAt: string;
};

export type StatusChange = {
  from: EventStatus | null;
  to: EventStatus;
  reason: string | null;
  by: string;
  at: string;
};

export type Participant = {
  id: string;
  businessId: string;
  businessName: string;
  ownerName: string;
  businessRegion: string;
  attended: boolean | null;
  certificateCode: string | null;
};

export type EventDetail = TrainingEvent & {
  history: StatusChange[];
  participantList: Participant[];
  nextStatuses: EventStatus[];
};

export type CreateEventBody = {
  title: string;
  topic: string;
  targetSizeClass: string | null;
  mode: EventMode;
  venue: string | null;
  onlineLink: string | null;
  fundingSource: FundingSource;
  budget: number;
  quota: number;
  trainers: string[];
  startsOn: string;
  endsOn: string | null;
  regionCode?: string;
};

export type StatusBody = { status: EventStatus; reason?: string; onlineLink?: string; startsOn?: string };

export type CandidateFilters = { region?: string; sector?: string; sizeClass?: string; affected?: boolean };

export type Candidate = {
  businessId: string;
  businessName: string;
  ownerName: string;
  sector: string;
  sizeClass: string | null;
  affected: boolean | null;
  regionCode: string;
  isParticipant: boolean;
};

export type CertificateCheck = {
  valid: true;
  code: string;
  ownerName: string;
  businessName: string;
  eventTitle: string;
  topic: string;
  heldOn: string;
  organiser: string | null;
  issuedAt: string;
};
