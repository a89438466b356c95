// The training module's tables for the owners' side of an event: self-registrations through the
// public link, each seat's personal code (invitation sent, check-in), and the evaluation form.
// Every row carries the event's region_code, so row-level security scopes them like the events.
import { sql } from "drizzle-orm";
import { check, date, index, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { regionCode, ts } from "../../platform/db/columns";
import { CHECK_IN_METHODS, REGISTRATION_STATUSES } from "./engagement/vocab";
import { events, participants, training } from "./schema";

/** One owner's registration through the public link: seated at once when matched, else pending. */
export const registrations = training.table(
  "registrations",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    /** NIK, or the name key and birth date: one person once per event. */
    identityKey: text("identity_key").notNull(),
    nik: text("nik"),
    name: text("name"),
    birthDate: date("birth_date", { mode: "string" }),
    phone: text("phone").notNull(),
    businessName: text("business_name").notNull(),
    status: text("status", { enum: REGISTRATION_STATUSES }).notNull(),
    participantId: uuid("participant_id").references(() => participants.id, { onDelete: "set null" }),
    /** Register businesses the matcher found possible (for the operator linking a pending one). */
    suggestedBusinessIds: uuid("suggested_business_ids").array().notNull().default(sql`'{}'::uuid[]`),
    reason: text("reason"),
    decidedBy: text("decided_by"),
    decidedAt: ts("decided_at"),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("registrations_event_identity_key")
      .on(t.eventId, t.identityKey)
      .where(sql`status <> 'refused'`),
    index("registrations_event_idx").on(t.eventId, t.createdAt),
  ],
);

/** A seat's personal code (on the invitation and its QR), the invitation mark and the check-in. */
export const seatCodes = training.table(
  "seat_codes",
  {
    participantId: uuid("participant_id")
      .primaryKey()
      .references(() => participants.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    code: text("code").notNull(),
    /** The number the owner gave when registering (the register's own otherwise). */
    phone: text("phone"),
    invitedBy: text("invited_by"),
    invitedAt: ts("invited_at"),
    checkedInAt: ts("checked_in_at"),
    checkedInBy: text("checked_in_by"),
    checkInMethod: text("check_in_method", { enum: CHECK_IN_METHODS }),
  },
  (t) => [uniqueIndex("seat_codes_code_key").on(t.code), index("seat_codes_event_idx").on(t.eventId)],
);

/** One evaluation per participant: ratings 1–5 and a free text. */
export const evaluations = training.table(
  "evaluations",
  {
    participantId: uuid("participant_id")
      .primaryKey()
      .references(() => participants.id, { onDelete: "cascade" }),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    content: smallint("content").notNull(),
    trainer: smallint("trainer").notNull(),
    usefulness: smallint("usefulness").notNull(),
    comment: text("comment"),
    submittedAt: ts("submitted_at").notNull(),
  },
  (t) => [
    index("evaluations_event_idx").on(t.eventId),
    check(
      "evaluations_ratings_check",
      sql`${t.content} between 1 and 5 and ${t.trainer} between 1 and 5 and ${t.usefulness} between 1 and 5`,
    ),
  ],
);
