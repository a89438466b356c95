// Business counters: how many businesses each district has per status and impact verdict. Statement
// triggers on registry.businesses append each write's net change to registry.business_count_deltas
// (plain inserts: no writer waits for another); a periodic task folds the deltas into
// registry.business_counts, the only writer of that table. The trigger and fold functions' source
// is register/sql/business-counts.sql. The list's total for a filter of region, status and
// "affected" only is the sum of both tables instead of a count over the businesses.
import { bigserial, boolean, index, integer, text, unique } from "drizzle-orm/pg-core";
import { regionCode } from "../../platform/db/columns";
import { BUSINESS_STATUSES } from "./domain/vocab";
import { registry } from "./schema";

export const businessCounts = registry.table(
  "business_counts",
  {
    /** The business's region code cut to its district (businesses.district_code); row-level security scopes it. */
    regionCode: regionCode(),
    status: text("status", { enum: BUSINESS_STATUSES }).notNull(),
    /** businesses.affected: true, false or not assessed (null). */
    affected: boolean("affected"),
    n: integer("n").notNull(),
  },
  (t) => [
    unique("business_counts_key").on(t.regionCode, t.status, t.affected).nullsNotDistinct(),
    /** A province's or regency's districts by prefix range (the ~>=~ ~<~ operators). */
    index("business_counts_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
  ],
);

/** Changes not yet folded into business_counts: one row per statement and key it changed. */
export const businessCountDeltas = registry.table(
  "business_count_deltas",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    /** As business_counts.region_code: the district. */
    regionCode: regionCode(),
    status: text("status", { enum: BUSINESS_STATUSES }).notNull(),
    affected: boolean("affected"),
    delta: integer("delta").notNull(),
  },
  (t) => [index("business_count_deltas_region_idx").using("btree", t.regionCode.op("text_pattern_ops"))],
);
