import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  index,
  jsonb,
  pgSchema,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { timestamps, ts } from "../../platform/db/columns";
import { ROLES } from "./domain/roles";

export const access = pgSchema("access");

export const users = access.table(
  "users",
  {
    id: uuid("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** The user's scope: a region code prefix. Named region_code so row-level security covers it. */
    regionCode: text("region_code").notNull(),
    passwordHash: text("password_hash").notNull(),
    language: text("language", { enum: ["id", "en"] })
      .notNull()
      .default("id"),
    isActive: boolean("is_active").notNull().default(true),
    businessId: uuid("business_id"),
    institution: text("institution"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("users_username_key").on(t.username)],
);

export const sessions = access.table(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const loginAttempts = access.table(
  "login_attempts",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    username: text("username").notNull(),
    ip: text("ip"),
    ok: boolean("ok").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [
    index("login_attempts_user_at_idx").on(t.username, t.at),
    index("login_attempts_ip_at_idx").on(t.ip, t.at),
  ],
);

/**
 * Append-only, hash-chained audit trail. A deferred trigger seals each event (chain_pos, prev_hash,
 * hash) at the commit of the transaction that wrote it; hash_v 1 marks events sealed by the earlier
 * after-commit sealer (hash over JSON.stringify), 2 the in-transaction seal (hash over jsonb text).
 */
export const auditEvents = access.table(
  "audit_events",
  {
    seq: bigserial("seq", { mode: "number" }).primaryKey(),
    id: uuid("id").notNull(),
    at: ts("at").notNull(),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    entityRegion: text("entity_region"),
    before: jsonb("before"),
    after: jsonb("after"),
    requestId: text("request_id"),
    chainPos: bigint("chain_pos", { mode: "number" }),
    prevHash: text("prev_hash"),
    hash: text("hash"),
    hashV: smallint("hash_v").notNull().default(2),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId),
    // logs of one kind of event, newest first (the NIK reveal log)
    index("audit_action_idx").on(t.action, t.seq),
    index("audit_unsealed_idx").on(t.seq).where(sql`hash is null`),
    uniqueIndex("audit_chain_pos_key").on(t.chainPos),
  ],
);
