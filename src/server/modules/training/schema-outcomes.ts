// Training outcomes: a participant's business followed up 3 and 6 months after the event (size
// class and monthly turnover). The size class itself lives in the register (registry.businesses
// and its history); this keeps what was observed at each follow-up.
import { sql } from "drizzle-orm";
import { bigint, check, date, index, smallint, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { SIZE_CLASSES } from "../../../shared/registry-vocab";
import { regionCode, ts } from "../../platform/db/columns";
import { events, participants, training } from "./schema";

export const outcomes = training.table(
  "outcomes",
  {
    id: uuid("id").primaryKey(),
    /** The event's region (row-level security, like the participant row). */
    regionCode: regionCode(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    participantId: uuid("participant_id")
      .notNull()
      .references(() => participants.id, { onDelete: "cascade" }),
    businessId: uuid("business_id").notNull(),
    /** Months after the event: 3 or 6. */
    checkpoint: smallint("checkpoint").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    sizeClass: text("size_class", { enum: SIZE_CLASSES }).notNull(),
    /** Turnover per month at the follow-up, Rupiah (integer). */
    monthlyTurnover: bigint("monthly_turnover", { mode: "number" }).notNull(),
    note: text("note"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: ts("recorded_at").notNull(),
  },
  (t) => [
    uniqueIndex("outcomes_participant_checkpoint_key").on(t.participantId, t.checkpoint),
    index("outcomes_business_idx").on(t.businessId),
    index("outcomes_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
    check("outcomes_checkpoint_check", sql`${t.checkpoint} in (3, 6)`),
    check("outcomes_turnover_check", sql`${t.monthlyTurnover} >= 0`),
  ],
);
