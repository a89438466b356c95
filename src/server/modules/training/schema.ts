// The training module's tables (PostgreSQL schema "training"). Every row carries the event's
// region_code, so row-level security scopes events, their history and their participants alike.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import { EVENT_MODES, EVENT_STATUSES, FUNDING_SOURCES, TARGET_SIZE_CLASSES } from "./domain/vocab";

export const training = pgSchema("training");

export const events = training.table(
  "events",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    title: text("title").notNull(),
    topic: text("topic").notNull(),
    targetSizeClass: text("target_size_class", { enum: TARGET_SIZE_CLASSES }),
    mode: text("mode", { enum: EVENT_MODES }).notNull(),
    venue: text("venue"),
    onlineLink: text("online_link"),
    fundingSource: text("funding_source", { enum: FUNDING_SOURCES }).notNull(),
    /** Rupiah (integer). */
    budget: bigint("budget", { mode: "number" }).notNull(),
    quota: integer("quota").notNull(),
    trainers: text("trainers").array().notNull().default(sql`'{}'::text[]`),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }),
    status: text("status", { enum: EVENT_STATUSES }).notNull().default("planned"),
    lastReason: text("last_reason"),
    createdBy: text("created_by").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("events_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
    index("events_status_idx").on(t.status),
    check("events_budget_check", sql`${t.budget} >= 0`),
    check("events_quota_check", sql`${t.quota} > 0`),
    check("events_online_link_check", sql`${t.mode} = 'in_person' or ${t.onlineLink} is not null`),
  ],
);

/** Every status change with its reason, who made it and when (the audit log holds the same, chained). */
export const statusChanges = training.table(
  "status_changes",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    fromStatus: text("from_status", { enum: EVENT_STATUSES }),
    toStatus: text("to_status", { enum: EVENT_STATUSES }).notNull(),
    reason: text("reason"),
    actorName: text("actor_name").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [index("status_changes_event_idx").on(t.eventId, t.at)],
);

/** A seat for one business from the register; names are a snapshot for the certificate. */
export const participants = training.table(
  "participants",
  {
    id: uuid("id").primaryKey(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    businessId: uuid("business_id").notNull(),
    ownerId: uuid("owner_id").notNull(),
    businessName: text("business_name").notNull(),
    ownerName: text("owner_name").notNull(),
    businessRegion: text("business_region").notNull(),
    addedBy: text("added_by").notNull(),
    addedAt: ts("added_at").notNull(),
    attended: boolean("attended"),
    attendedAt: ts("attended_at"),
    attendanceBy: text("attendance_by"),
    certificateCode: text("certificate_code"),
    certificateIssuedAt: ts("certificate_issued_at"),
  },
  (t) => [
    uniqueIndex("participants_event_business_key").on(t.eventId, t.businessId),
    uniqueIndex("participants_event_owner_key").on(t.eventId, t.ownerId),
    uniqueIndex("participants_certificate_key").on(t.certificateCode),
    index("participants_business_idx").on(t.businessId),
    check("participants_certificate_check", sql`${t.certificateCode} is null or ${t.attended} is true`),
  ],
);

/**
 * One row of a Kartu Prakerja participant list with its statuses. The list and its link to the
 * register are linkage's (an outside list of kind "prakerja"); this keeps what linkage does not:
 * the wave and whether the participant registered, passed and received the incentive.
 */
export const prakerjaRows = training.table(
  "prakerja_rows",
  {
    id: uuid("id").primaryKey(),
    /** The list's regency. */
    regionCode: regionCode(),
    listId: uuid("list_id").notNull(),
    sheet: text("sheet").notNull(),
    rowNumber: integer("row_number").notNull(),
    nik: text("nik"),
    name: text("name"),
    birthDate: text("birth_date"),
    wave: text("wave"),
    statusText: text("status_text"),
    registered: boolean("registered").notNull(),
    passed: boolean("passed").notNull(),
    incentive: boolean("incentive").notNull(),
    importedAt: ts("imported_at").notNull(),
  },
  (t) => [
    uniqueIndex("prakerja_rows_list_row_key").on(t.listId, t.sheet, t.rowNumber),
    index("prakerja_rows_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
    index("prakerja_rows_nik_idx").on(t.nik).where(sql`nik is not null`),
    check(
      "prakerja_rows_status_check",
      sql`(not ${t.passed} or ${t.registered}) and (not ${t.incentive} or ${t.passed})`,
    ),
  ],
);
