// Linkage tables (PostgreSQL schema "linkage"): dedup and link runs, candidate pairs with their
// review decisions (the labels the engine learns from), merges with the before-state that undo
// restores, and outside lists (DTKS, BPUM, Prakerja...) with each row's best link to the register.
// Every table carries region_code, so row-level security scopes it like the register.
import { sql } from "drizzle-orm";
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import {
  LIST_KINDS,
  LIST_STATES,
  PAIR_DECISIONS,
  PAIR_STATUSES,
  ROW_DECISIONS,
  RUN_KINDS,
  RUN_STATES,
} from "./vocab";

export const linkage = pgSchema("linkage");

/** One background run: dedup of the register in a scope, linking of a list, or a key refresh. */
export const runs = linkage.table(
  "runs",
  {
    id: uuid("id").primaryKey(),
    /** The scope the run covers (a region prefix such as 62.71). */
    regionCode: regionCode(),
    kind: text("kind", { enum: RUN_KINDS }).notNull(),
    listId: uuid("list_id"),
    jobId: uuid("job_id"),
    state: text("state", { enum: RUN_STATES }).notNull().default("queued"),
    stats: jsonb("stats"),
    /** The trained model (engine JSON), kept so a pair can be explained again later. */
    model: text("model"),
    error: text("error"),
    startedById: text("started_by_id"),
    startedByName: text("started_by_name").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("runs_kind_idx").on(t.kind, t.createdAt)],
);

/**
 * A candidate duplicate pair of businesses (record_a < record_b). Open pairs are replaced by the
 * next run; decided pairs stay as reviewers' labels.
 */
export const pairs = linkage.table(
  "pairs",
  {
    id: uuid("id").primaryKey(),
    /** Common region prefix of both records, so only users who see both see the pair. */
    regionCode: regionCode(),
    runId: uuid("run_id").notNull(),
    recordA: uuid("record_a").notNull(),
    recordB: uuid("record_b").notNull(),
    weight: doublePrecision("weight").notNull(),
    probability: doublePrecision("probability").notNull(),
    decision: text("decision", { enum: PAIR_DECISIONS }).notNull(),
    note: text("note"),
    /** Per-field contributions (engine explanation). */
    explanation: jsonb("explanation").notNull(),
    status: text("status", { enum: PAIR_STATUSES }).notNull().default("open"),
    decidedById: text("decided_by_id"),
    decidedByName: text("decided_by_name"),
    decidedAt: ts("decided_at"),
    mergeId: uuid("merge_id"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("pairs_records_key").on(t.recordA, t.recordB),
    index("pairs_queue_idx").on(t.status, t.probability),
    index("pairs_run_idx").on(t.runId),
    index("pairs_record_b_idx").on(t.recordB),
  ],
);

/** A merge of one business record into another; `before` is what undo writes back. */
export const merges = linkage.table(
  "merges",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    pairId: uuid("pair_id"),
    survivorId: uuid("survivor_id").notNull(),
    mergedId: uuid("merged_id").notNull(),
    before: jsonb("before").notNull(),
    after: jsonb("after").notNull(),
    mergedById: text("merged_by_id"),
    mergedByName: text("merged_by_name").notNull(),
    mergedAt: ts("merged_at").notNull(),
    undoneAt: ts("undone_at"),
    undoneByName: text("undone_by_name"),
  },
  (t) => [
    index("merges_merged_idx").on(t.mergedId),
    index("merges_survivor_idx").on(t.survivorId),
    index("merges_at_idx").on(t.mergedAt),
  ],
);

/** An uploaded outside list (its file stays in platform files). */
export const lists = linkage.table(
  "lists",
  {
    id: uuid("id").primaryKey(),
    /** The regency the list covers; the register is linked within it. */
    regionCode: regionCode(),
    name: text("name").notNull(),
    kind: text("kind", { enum: LIST_KINDS }).notNull(),
    source: text("source"),
    asOf: date("as_of", { mode: "string" }),
    fileId: uuid("file_id"),
    fileName: text("file_name"),
    rowCount: integer("row_count").notNull().default(0),
    state: text("state", { enum: LIST_STATES }).notNull().default("uploaded"),
    lastRunId: uuid("last_run_id"),
    linkedAt: ts("linked_at"),
    createdById: text("created_by_id"),
    createdByName: text("created_by_name").notNull(),
    ...timestamps(),
  },
  (t) => [index("lists_created_idx").on(t.createdAt)],
);

/** One row of an outside list and its best link to a register record. */
export const listRows = linkage.table(
  "list_rows",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    listId: uuid("list_id")
      .notNull()
      .references(() => lists.id, { onDelete: "cascade" }),
    rowNumber: integer("row_number").notNull(),
    sheet: text("sheet"),
    nik: text("nik"),
    noKk: text("no_kk"),
    name: text("name"),
    sex: text("sex"),
    birthPlace: text("birth_place"),
    birthDate: text("birth_date"),
    phone: text("phone"),
    address: text("address"),
    rt: text("rt"),
    rw: text("rw"),
    villageCode: text("village_code"),
    businessName: text("business_name"),
    matchBusinessId: uuid("match_business_id"),
    matchPersonId: uuid("match_person_id"),
    weight: doublePrecision("weight"),
    probability: doublePrecision("probability"),
    decision: text("decision", { enum: ROW_DECISIONS }).notNull().default("none"),
    explanation: jsonb("explanation"),
  },
  (t) => [
    index("list_rows_list_idx").on(t.listId, t.rowNumber),
    index("list_rows_business_idx").on(t.matchBusinessId).where(sql`match_business_id is not null`),
    index("list_rows_person_idx").on(t.matchPersonId).where(sql`match_person_id is not null`),
    index("list_rows_nik_idx").on(t.nik).where(sql`nik is not null`),
  ],
);
