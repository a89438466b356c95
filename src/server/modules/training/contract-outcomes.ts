// HTTP contract of training follow-ups (outcomes 3 and 6 months after a held event):
//   GET  /api/training/follow-ups?status=due|upcoming|recorded|missed&region=  training.read → FollowUp[]
//   POST /api/training/follow-ups  training.manage → 201 FollowUp (the recorded outcome)
import { z } from "zod";
import { SIZE_CLASSES } from "../../../shared/registry-vocab";
import { RegionCode } from "../registry";
import { FOLLOW_UP_STATES } from "./domain";

export const CHECKPOINTS = [3, 6] as const;

export const FollowUpQuery = z.object({
  status: z.enum(FOLLOW_UP_STATES).default("due"),
  region: RegionCode.optional(),
});
export type FollowUpQuery = z.infer<typeof FollowUpQuery>;

export const FollowUp = z.object({
  participantId: z.string(),
  eventId: z.string(),
  eventTitle: z.string(),
  /** The event's last day (ends_on, else starts_on). */
  eventOn: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  ownerName: z.string(),
  businessRegion: z.string(),
  checkpoint: z.number().int(),
  dueOn: z.string(),
  outcome: z
    .object({
      sizeClass: z.enum(SIZE_CLASSES),
      monthlyTurnover: z.number(),
      note: z.string().nullable(),
      recordedBy: z.string(),
      recordedAt: z.string(),
    })
    .nullable(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const RecordOutcomeBody = z.object({
  participantId: z.uuid(),
  checkpoint: z.union([z.literal(3), z.literal(6)]),
  sizeClass: z.enum(SIZE_CLASSES),
  /** Rupiah per month, whole. */
  monthlyTurnover: z.number().int().min(0).max(1_000_000_000_000),
  note: z.string().trim().max(500).optional(),
});
export type RecordOutcomeBody = z.infer<typeof RecordOutcomeBody>;
