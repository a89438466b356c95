import { index, pgSchema, smallint, text } from "drizzle-orm/pg-core";

export const regions = pgSchema("regions");

/** The Kemendagri region tree (npm package idn-area-data): province → regency → district → village. */
export const regionTable = regions.table(
  "regions",
  {
    code: text("code").primaryKey(),
    parentCode: text("parent_code"),
    level: smallint("level").notNull(),
    name: text("name").notNull(),
    searchName: text("search_name").notNull(),
  },
  (t) => [index("regions_parent_idx").on(t.parentCode, t.name)],
);
