// Business counters (registry.business_counts): how many businesses each district has per status
// and impact verdict, kept exact by statement triggers on registry.businesses (the trigger
// function's source is register/sql/business-counts.sql). The list's total for a filter of region,
// status and "affected" only is a sum over these rows instead of a count over the businesses.
import { boolean, index, integer, text, unique } from "drizzle-orm/pg-core";
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
