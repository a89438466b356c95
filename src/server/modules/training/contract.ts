// HTTP contract of training events (S4). API kept for outside checks:
//   GET  /api/training/events                      training.read    → Event[] in the caller's scope
//   POST /api/training/events                      training.manage  CreateEventBody → 201 Event ({id, status, ...})
//   GET  /api/training/events/:id                  training.read    → EventDetail (history, participants)
//   POST /api/training/events/:id/status           training.manage  {status, reason?, onlineLink?, startsOn?} → EventDetail
//   GET  /api/training/events/:id/candidates       training.manage  CandidateQuery → Candidate[] (from the register)
//   POST /api/training/events/:id/participants     training.manage  {businessIds} → 201 {added, participants}
//   POST /api/training/events/:id/attendance       training.manage  {participantIds, attended} → EventDetail
//   POST /api/training/events/:id/certificates     training.manage  → {issued} for attendees without one
//   GET  /api/training/events/:id/participants/:participantId/certificate.pdf  training.read → PDF
//   GET  /api/training/certificates/:code          public           → CertificateCheck
// Duplicates (the same business or owner twice) and seats beyond the quota are refused whole (409).
import { z } from "zod";
import { IsoDate, RegionCode } from "../registry";
import { EVENT_MODES, EVENT_STATUSES, FUNDING_SOURCES, TARGET_SIZE_CLASSES } from "./domain/vocab";

export { IdParams } from "../../../shared/contract-primitives";

const Text = (max: number) => z.string().trim().min(1).max(max);
const Url = z.url({ protocol: /^https?$/ }).max(500);

export const ParticipantParams = z.object({ id: z.uuid(), participantId: z.uuid() });
export const CodeParams = z.object({ code: z.string().max(40) });

export const EventStatus = z.enum(EVENT_STATUSES);
export type EventStatus = z.infer<typeof EventStatus>;

export const CreateEventBody = z
  .object({
    title: Text(200),
    topic: Text(200),
    targetSizeClass: z.enum(TARGET_SIZE_CLASSES).nullable().default(null),
    mode: z.enum(EVENT_MODES),
    venue: Text(300).nullable().default(null),
    onlineLink: Url.nullable().default(null),
    fundingSource: z.enum(FUNDING_SOURCES),
    budget: z.number().int().min(0).max(1_000_000_000_000),
    quota: z.number().int().min(1).max(10_000),
    trainers: z.array(Text(120)).max(20).default([]),
    startsOn: IsoDate,
    endsOn: IsoDate.nullable().default(null),
    /** Defaults to the caller's own scope (a PLUT or an office's region). */
    regionCode: RegionCode.optional(),
  })
  .superRefine((v, c) => {
    if (v.mode !== "in_person" && !v.onlineLink)
      c.addIssue({
        code: "custom",
        path: ["onlineLink"],
        message: "tautan daring wajib untuk pelatihan daring",
      });
    if (v.mode !== "online" && !v.venue)
      c.addIssue({ code: "custom", path: ["venue"], message: "tempat wajib untuk pelatihan tatap muka" });
    if (v.endsOn && v.endsOn < v.startsOn)
      c.addIssue({ code: "custom", path: ["endsOn"], message: "tanggal selesai sebelum tanggal mulai" });
  });
export type CreateEventBody = z.infer<typeof CreateEventBody>;

export const StatusBody = z.object({
  status: EventStatus,
  reason: z.string().trim().max(500).optional(),
  /** Moving online needs the link (unless the event already has one). */
  onlineLink: Url.optional(),
  /** A rescheduled event's new date. */
  startsOn: IsoDate.optional(),
});
export type StatusBody = z.infer<typeof StatusBody>;

export const Event = z.object({
  id: z.string(),
  status: EventStatus,
  regionCode: z.string(),
  regionName: z.string().nullable(),
  title: z.string(),
  topic: z.string(),
  targetSizeClass: z.string().nullable(),
  mode: z.enum(EVENT_MODES),
  venue: z.string().nullable(),
  onlineLink: z.string().nullable(),
  fundingSource: z.enum(FUNDING_SOURCES),
  budget: z.number(),
  quota: z.number(),
  trainers: z.array(z.string()),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  lastReason: z.string().nullable(),
  participants: z.number(),
  attended: z.number(),
  createdBy: z.string(),
  updatedAt: z.string(),
});
export type Event = z.infer<typeof Event>;

export const StatusChange = z.object({
  from: EventStatus.nullable(),
  to: EventStatus,
  reason: z.string().nullable(),
  by: z.string(),
  at: z.string(),
});

export const Participant = z.object({
  id: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  businessRegion: z.string(),
  attended: z.boolean().nullable(),
  certificateCode: z.string().nullable(),
});
export type Participant = z.infer<typeof Participant>;

export const EventDetail = Event.extend({
  history: z.array(StatusChange),
  participantList: z.array(Participant),
  nextStatuses: z.array(EventStatus),
});
export type EventDetail = z.infer<typeof EventDetail>;

export const EventListQuery = z.object({ status: EventStatus.optional() });

const BoolQuery = z.enum(["true", "false"]).transform((v) => v === "true");
export const CandidateQuery = z.object({
  region: RegionCode.optional(),
  sector: z.string().trim().max(40).optional(),
  sizeClass: z.string().trim().max(20).optional(),
  affected: BoolQuery.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type CandidateQuery = z.infer<typeof CandidateQuery>;

export const Candidate = z.object({
  businessId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  sector: z.string(),
  sizeClass: z.string().nullable(),
  affected: z.boolean().nullable(),
  regionCode: z.string(),
  isParticipant: z.boolean(),
});
export type Candidate = z.infer<typeof Candidate>;

export const AddParticipantsBody = z.object({ businessIds: z.array(z.uuid()).min(1).max(1000) });
export type AddParticipantsBody = z.infer<typeof AddParticipantsBody>;
export const AddParticipantsResult = z.object({ added: z.number(), participants: z.array(Participant) });
export type AddParticipantsResult = z.infer<typeof AddParticipantsResult>;

export const AttendanceBody = z.object({
  participantIds: z.array(z.uuid()).min(1).max(1000),
  attended: z.boolean(),
});
export type AttendanceBody = z.infer<typeof AttendanceBody>;

export const IssueResult = z.object({ issued: z.number() });
export type IssueResult = z.infer<typeof IssueResult>;

export const CertificateCheck = z.object({
  valid: z.literal(true),
  code: z.string(),
  ownerName: z.string(),
  businessName: z.string(),
  eventTitle: z.string(),
  topic: z.string(),
  heldOn: z.string(),
  organiser: z.string().nullable(),
  issuedAt: z.string(),
});
export type CertificateCheck = z.infer<typeof CertificateCheck>;
