// Shapes of /api/training, taken from the server's contract (types only): the responses as the
// server sends them, the bodies as the client may write them (defaults left to the server).
import type { z } from "zod";
import type {
  AddParticipantsResult,
  AttendanceBody,
  Candidate,
  CandidateQuery,
  CertificateCheck,
  CreateEventBody as CreateEventSchema,
  Event,
  EventDetail,
  EventStatus,
  IssueResult,
  Participant,
  StatusBody,
} from "../../../../server/modules/training/contract";

export type {
  AddParticipantsResult,
  AttendanceBody,
  Candidate,
  CertificateCheck,
  EventDetail,
  EventStatus,
  IssueResult,
  Participant,
  StatusBody,
};
export type TrainingEvent = Event;
export type EventMode = Event["mode"];
export type FundingSource = Event["fundingSource"];
export type CreateEventBody = z.input<typeof CreateEventSchema>;
export type TargetSizeClass = NonNullable<CreateEventBody["targetSizeClass"]>;
/** The register filters of the candidate search (the page size is the call's own). */
export type CandidateFilters = Omit<CandidateQuery, "limit">;
