// The aid module's programme and proposal tables (PostgreSQL schema "aid"). Programmes are national
// or owned by a region (owner_region, not region_code: a national programme must be visible to every
// office); everything a regency proposes carries region_code, so row-level security scopes it.
import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, pgSchema, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import type { EligibilityCheck, EligibilityRules, Problem } from "./domain";
import { FUND_SOURCES, ITEM_STATUSES, PROGRAMME_KINDS, PROPOSAL_STATUSES } from "./domain/vocab";

export const aid = pgSchema("aid");

/** Facts the proposer stated for a recipient not (yet) in the register, or attested on upload. */
export type Declared = { assets: number | null; annualTurnover: number | null; affected: boolean | null };

export type Phase = { no: number; name: string; from: string | null; to: string | null };

export const programmes = aid.table(
  "programmes",
  {
    id: uuid("id").primaryKey(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    fundSource: text("fund_source", { enum: FUND_SOURCES }).notNull(),
    kind: text("kind", { enum: PROGRAMME_KINDS }).notNull(),
    /** Rupiah per recipient (cash) or value per recipient (in kind, training seat). */
    amount: bigint("amount", { mode: "number" }).notNull(),
    /** For in-kind aid: what and how many per recipient (e.g. 10 masker). */
    unit: text("unit"),
    unitsPerRecipient: integer("units_per_recipient"),
    /** For in-kind aid: the market procurement whose delivered units the hand-overs draw on. */
    stockProcurementId: uuid("stock_procurement_id"),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    periodEnd: date("period_end", { mode: "string" }),
    phases: jsonb("phases").$type<Phase[]>().notNull().default(sql`'[]'::jsonb`),
    /** null: national programme; else the region that owns it (e.g. "62" for a Kalteng APBD stimulus). */
    ownerRegion: text("owner_region"),
    rules: jsonb("rules").$type<EligibilityRules>().notNull(),
    requiredDocuments: text("required_documents").array().notNull().default(sql`'{}'::text[]`),
    description: text("description"),
    ...timestamps(),
  },
  (t) => [uniqueIndex("programmes_code_key").on(t.code)],
);

export const programmeQuotas = aid.table(
  "programme_quotas",
  {
    id: uuid("id").primaryKey(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    phase: integer("phase").notNull().default(0),
    quota: integer("quota").notNull(),
  },
  (t) => [uniqueIndex("programme_quotas_key").on(t.programmeId, t.regionCode, t.phase)],
);

export const programmeExclusions = aid.table(
  "programme_exclusions",
  {
    id: uuid("id").primaryKey(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    excludesProgrammeId: uuid("excludes_programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    from: date("from", { mode: "string" }),
    to: date("to", { mode: "string" }),
  },
  (t) => [uniqueIndex("programme_exclusions_key").on(t.programmeId, t.excludesProgrammeId)],
);

export const proposals = aid.table(
  "proposals",
  {
    id: uuid("id").primaryKey(),
    number: text("number").notNull(),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    /** The proposer's region (regency office, or the province for a province-level proposer). */
    regionCode: regionCode(),
    proposerName: text("proposer_name").notNull(),
    phase: integer("phase").notNull().default(0),
    status: text("status", { enum: PROPOSAL_STATUSES }).notNull().default("draft"),
    decreeNumber: text("decree_number"),
    decreeDate: date("decree_date", { mode: "string" }),
    lastReason: text("last_reason"),
    createdBy: text("created_by").notNull(),
    submittedAt: ts("submitted_at"),
    verifiedAt: ts("verified_at"),
    returnedAt: ts("returned_at"),
    decidedAt: ts("decided_at"),
    disbursedAt: ts("disbursed_at"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("proposals_number_key").on(t.number),
    index("proposals_programme_idx").on(t.programmeId, t.status),
    index("proposals_region_idx").using("btree", t.regionCode.op("text_pattern_ops")),
  ],
);

/** Every step of a proposal's flow, with the reason given (the audit log holds the same, chained). */
export const proposalEvents = aid.table(
  "proposal_events",
  {
    id: uuid("id").primaryKey(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    action: text("action").notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    reason: text("reason"),
    actorName: text("actor_name").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [index("proposal_events_proposal_idx").on(t.proposalId, t.at)],
);

export const proposalItems = aid.table(
  "proposal_items",
  {
    id: uuid("id").primaryKey(),
    proposalId: uuid("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    programmeId: uuid("programme_id").notNull(),
    regionCode: regionCode(),
    /** Snapshot of the person and business when proposed (the register may change later). */
    nik: text("nik").notNull(),
    noKk: text("no_kk"),
    name: text("name").notNull(),
    address: text("address"),
    villageCode: text("village_code"),
    addressKey: text("address_key"),
    sector: text("sector"),
    phone: text("phone"),
    occupation: text("occupation"),
    businessName: text("business_name"),
    businessId: uuid("business_id"),
    personId: uuid("person_id"),
    /** How the item came: picked from the register, typed in a form, or a row of an uploaded list. */
    source: text("source", { enum: ["register", "form", "upload"] })
      .notNull()
      .default("register"),
    declared: jsonb("declared").$type<Declared>(),
    status: text("status", { enum: ITEM_STATUSES }).notNull().default("active"),
    removedReason: text("removed_reason"),
    checks: jsonb("checks").$type<EligibilityCheck[]>().notNull().default(sql`'[]'::jsonb`),
    problems: jsonb("problems").$type<Problem[]>().notNull().default(sql`'[]'::jsonb`),
    /** Problems without a written justification; submission needs 0 on every active item. */
    openProblems: integer("open_problems").notNull().default(0),
    checkedAt: ts("checked_at"),
    decision: text("decision", { enum: ["approved", "rejected"] }),
    decisionReason: text("decision_reason"),
    addedBy: text("added_by").notNull(),
    ...timestamps(),
  },
  (t) => [
    index("proposal_items_proposal_idx").on(t.proposalId, t.status),
    index("proposal_items_programme_nik_idx").on(t.programmeId, t.nik),
    index("proposal_items_programme_kk_idx").on(t.programmeId, t.noKk),
    index("proposal_items_programme_addr_idx").on(t.programmeId, t.addressKey),
    index("proposal_items_nik_idx").on(t.nik),
    index("proposal_items_business_idx").on(t.businessId),
  ],
);
