// A business's size-class history (registry.size_class_changes): kept apart from the register's
// main tables; the class itself stays on businesses.size_class.
import { date, index, text, uuid } from "drizzle-orm/pg-core";
import { regionCode, ts } from "../../platform/db/columns";
import { SIZE_CLASSES } from "./domain/vocab";
import { businesses, registry } from "./schema";

const businessRef = () =>
  uuid("business_id")
    .notNull()
    .references(() => businesses.id, { onDelete: "cascade" });

/**
 * Every change of a business's size class, with the date it refers to and what caused it (the
 * office form, a training follow-up, …). The class itself stays on businesses.size_class; this is
 * its history, so a report can tell which businesses moved up a class within a period.
 */
export const sizeClassChanges = registry.table(
  "size_class_changes",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    businessId: businessRef(),
    fromClass: text("from_class", { enum: SIZE_CLASSES }),
    toClass: text("to_class", { enum: SIZE_CLASSES }),
    /** The date the new class refers to (YYYY-MM-DD). */
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    /** What recorded it: "form" (business edit), "training_outcome", "demo". */
    source: text("source").notNull(),
    sourceId: uuid("source_id"),
    actorName: text("actor_name").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [
    index("size_class_changes_business_idx").on(t.businessId, t.changedOn),
    index("size_class_changes_on_idx").on(t.changedOn),
    index("size_class_changes_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
  ],
);
