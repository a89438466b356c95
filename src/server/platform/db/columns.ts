import { text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Shared columns: application-generated UUIDv7 id and UTC timestamps. */
export const idColumn = () => uuid("id").primaryKey();

export const timestamps = () => ({
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** The deepest known Kemendagri code (dotted). Tables with this column get row-level security. */
export const regionCode = () => text("region_code").notNull();

export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
