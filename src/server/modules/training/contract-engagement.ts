// HTTP contract of the owners' side of a training. Public (no login, rate-limited per IP):
//   GET  /api/training/public/events/:id                  → PublicEvent (the self-registration page)
//   POST /api/training/public/events/:id/registrations    RegisterBody → 201 RegistrationResult
//   GET  /api/training/public/seats/:code                 → Seat (the owner's invitation: QR, join, evaluation)
//   GET  /api/training/public/seats/:code/qr.svg          → the code's QR (for invitations and printed lists)
//   POST /api/training/public/seats/:code/join            → JoinResult (an online event's join record)
//   POST /api/training/public/seats/:code/evaluation      EvaluationBody → 201 EvaluationReceipt (one per participant)
// Staff (training.manage, in scope; evaluations also training.read):
//   GET  /api/training/events/:id/registrations           → Registration[]
//   POST /api/training/events/:id/registrations/:registrationId/link    {businessId} → Registration
//   POST /api/training/events/:id/registrations/:registrationId/refuse  {reason} → Registration
//   GET  /api/training/events/:id/invitations             → Invitation[] (WhatsApp send list)
//   POST /api/training/events/:id/invitations/:participantId/sent  → {sentBy, sentAt}
//   POST /api/training/events/:id/check-in                {code, method} → CheckInResult
//   GET  /api/training/events/:id/evaluations             → EvaluationSummary
import { z } from "zod";
import { IsoDate } from "../../../shared/contract-primitives";
import { EVENT_MODES, EVENT_STATUSES } from "./domain/vocab";
import { CHECK_IN_METHODS, REGISTRATION_STATUSES } from "./engagement/vocab";

export const SeatCodeParams = z.object({ code: z.string().trim().min(1).max(40) });
export const RegistrationParams = z.object({ id: z.uuid(), registrationId: z.uuid() });

export const PublicEvent = z.object({
  id: z.string(),
  title: z.string(),
  topic: z.string(),
  status: z.enum(EVENT_STATUSES),
  mode: z.enum(EVENT_MODES),
  venue: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  regionName: z.string().nullable(),
  seatsLeft: z.number(),
  /** Registration is open: the event has not taken place and seats are left. */
  open: z.boolean(),
});
export type PublicEvent = z.infer<typeof PublicEvent>;

const Text = (max: number) => z.string().trim().min(1).max(max);
export const RegisterBody = z
  .object({
    nik: z
      .string()
      .trim()
      .regex(/^\d{16}$/, "NIK 16 angka")
      .optional(),
    name: Text(120).optional(),
    birthDate: IsoDate.optional(),
    phone: Text(20),
    businessName: Text(200),
  })
  .superRefine((v, c) => {
    if (!v.nik && !(v.name && v.birthDate))
      c.addIssue({ code: "custom", path: ["nik"], message: "isi NIK, atau nama dan tanggal lahir" });
  });
export type RegisterBody = z.infer<typeof RegisterBody>;

export const RegistrationResult = z.object({
  status: z.enum(["seated", "pending"]),
  /** The personal code (seated only): the invitation page, its QR and the evaluation. */
  code: z.string().nullable(),
});
export type RegistrationResult = z.infer<typeof RegistrationResult>;

export const Seat = z.object({
  code: z.string(),
  businessName: z.string(),
  event: PublicEvent.omit({ seatsLeft: true, open: true }),
  attended: z.boolean(),
  canJoin: z.boolean(),
  canEvaluate: z.boolean(),
  evaluated: z.boolean(),
});
export type Seat = z.infer<typeof Seat>;
export const JoinResult = z.object({ onlineLink: z.string() });
export type JoinResult = z.infer<typeof JoinResult>;

const Rating = z.number().int().min(1).max(5);
export const EvaluationBody = z.object({
  content: Rating,
  trainer: Rating,
  usefulness: Rating,
  comment: z.string().trim().max(2000).optional(),
});
export type EvaluationBody = z.infer<typeof EvaluationBody>;
export const EvaluationReceipt = z.object({ ok: z.literal(true) });
export type EvaluationReceipt = z.infer<typeof EvaluationReceipt>;

export const Registration = z.object({
  id: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  nikMasked: z.string().nullable(),
  name: z.string().nullable(),
  birthDate: z.string().nullable(),
  phone: z.string(),
  businessName: z.string(),
  participantId: z.string().nullable(),
  suggestions: z.array(
    z.object({
      businessId: z.string(),
      businessName: z.string(),
      ownerName: z.string(),
      regionName: z.string().nullable(),
    }),
  ),
  reason: z.string().nullable(),
  decidedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Registration = z.infer<typeof Registration>;
export const LinkBody = z.object({ businessId: z.uuid() });
export type LinkBody = z.infer<typeof LinkBody>;
export const RefuseBody = z.object({ reason: Text(500) });
export type RefuseBody = z.infer<typeof RefuseBody>;

export const Invitation = z.object({
  participantId: z.string(),
  ownerName: z.string(),
  businessName: z.string(),
  code: z.string(),
  phone: z.string().nullable(),
  text: z.string(),
  link: z.string().nullable(),
  seatUrl: z.string(),
  sentBy: z.string().nullable(),
  sentAt: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});
export type Invitation = z.infer<typeof Invitation>;
export const SentMark = z.object({ sentBy: z.string(), sentAt: z.string() });
export type SentMark = z.infer<typeof SentMark>;

export const CheckInBody = z.object({
  code: Text(300),
  method: z.enum(CHECK_IN_METHODS).exclude(["online"]),
});
export type CheckInBody = z.infer<typeof CheckInBody>;
export const CheckInResult = z.object({
  result: z.enum(["checked_in", "already"]),
  participantId: z.string(),
  ownerName: z.string(),
  businessName: z.string(),
  checkedInAt: z.string(),
  attended: z.number(),
});
export type CheckInResult = z.infer<typeof CheckInResult>;

export const EvaluationSummary = z.object({
  count: z.number(),
  attended: z.number(),
  averages: z.object({
    content: z.number().nullable(),
    trainer: z.number().nullable(),
    usefulness: z.number().nullable(),
  }),
  answers: z.array(
    z.object({
      ownerName: z.string(),
      businessName: z.string(),
      content: z.number(),
      trainer: z.number(),
      usefulness: z.number(),
      comment: z.string().nullable(),
      submittedAt: z.string(),
    }),
  ),
});
export type EvaluationSummary = z.infer<typeof EvaluationSummary>;
