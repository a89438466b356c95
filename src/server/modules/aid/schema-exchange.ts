// Frozen lists, the ministry's decisions, the bank's disbursement files and reconciliation findings.
// Snapshots are written once and never updated: a change to an approved list is a new version.
import { sql } from "drizzle-orm";
import { bigint, date, index, integer, jsonb, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { regionCode, ts } from "../../platform/db/columns";
import type { BankConflict } from "./domain";
import {
  BATCH_STATUSES,
  DECISION_OUTCOMES,
  FINDING_KINDS,
  FINDING_STATUSES,
  PAYMENT_STATUSES,
} from "./domain/vocab";
import { aid, proposalItems, proposals } from "./schema";

const proposalRef = () =>
  uuid("proposal_id")
    .notNull()
    .references(() => proposals.id, { onDelete: "cascade" });

export const snapshots = aid.table(
  "snapshots",
  {
    id: uuid("id").primaryKey(),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    version: integer("version").notNull(),
    reason: text("reason").notNull(),
    itemCount: integer("item_count").notNull(),
    totalAmount: bigint("total_amount", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    /** The canonical text that was hashed: recomputing its SHA-256 proves the list unchanged. */
    canonical: text("canonical").notNull(),
    itemIds: uuid("item_ids").array().notNull(),
    decreeNumber: text("decree_number"),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [uniqueIndex("snapshots_version_key").on(t.proposalId, t.version)],
);

export const decisions = aid.table(
  "decisions",
  {
    id: uuid("id").primaryKey(),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    decreeNumber: text("decree_number").notNull(),
    decidedOn: date("decided_on", { mode: "string" }),
    fileId: uuid("file_id"),
    sha256: text("sha256").notNull(),
    approvedCount: integer("approved_count").notNull(),
    rejectedCount: integer("rejected_count").notNull(),
    unknownCount: integer("unknown_count").notNull(),
    importedBy: text("imported_by").notNull(),
    importedAt: ts("imported_at").notNull(),
  },
  (t) => [index("decisions_proposal_idx").on(t.proposalId)],
);

export const decisionRows = aid.table(
  "decision_rows",
  {
    id: uuid("id").primaryKey(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => decisions.id, { onDelete: "cascade" }),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    nik: text("nik").notNull(),
    name: text("name").notNull(),
    outcome: text("outcome", { enum: DECISION_OUTCOMES }).notNull(),
    reason: text("reason"),
    itemId: uuid("item_id").references(() => proposalItems.id, { onDelete: "set null" }),
  },
  (t) => [index("decision_rows_proposal_idx").on(t.proposalId, t.nik)],
);

export const disbursementBatches = aid.table(
  "disbursement_batches",
  {
    id: uuid("id").primaryKey(),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    fileId: uuid("file_id"),
    fileName: text("file_name").notNull(),
    sha256: text("sha256").notNull(),
    status: text("status", { enum: BATCH_STATUSES }).notNull(),
    conflicts: jsonb("conflicts").$type<BankConflict[]>().notNull().default(sql`'[]'::jsonb`),
    rowCount: integer("row_count").notNull(),
    paidCount: integer("paid_count").notNull(),
    paidAmount: bigint("paid_amount", { mode: "number" }).notNull(),
    importedBy: text("imported_by").notNull(),
    importedAt: ts("imported_at").notNull(),
  },
  (t) => [index("disbursement_batches_proposal_idx").on(t.proposalId)],
);

export const disbursementRows = aid.table(
  "disbursement_rows",
  {
    id: uuid("id").primaryKey(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => disbursementBatches.id, { onDelete: "cascade" }),
    proposalId: proposalRef(),
    programmeId: uuid("programme_id").notNull(),
    regionCode: regionCode(),
    row: integer("row").notNull(),
    nik: text("nik").notNull(),
    name: text("name").notNull(),
    account: text("account"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    reference: text("reference").notNull(),
    paidOn: date("paid_on", { mode: "string" }),
    status: text("status", { enum: PAYMENT_STATUSES }).notNull(),
  },
  (t) => [
    index("disbursement_rows_proposal_idx").on(t.proposalId, t.nik),
    index("disbursement_rows_programme_idx").on(t.programmeId, t.nik),
    index("disbursement_rows_reference_idx").on(t.programmeId, t.reference),
  ],
);

export const reconciliationFindings = aid.table(
  "reconciliation_findings",
  {
    id: uuid("id").primaryKey(),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    key: text("key").notNull(),
    kind: text("kind", { enum: FINDING_KINDS }).notNull(),
    nik: text("nik").notNull(),
    detail: jsonb("detail").$type<Record<string, string | number | null>>().notNull(),
    status: text("status", { enum: FINDING_STATUSES }).notNull().default("open"),
    note: text("note"),
    resolvedBy: text("resolved_by"),
    resolvedAt: ts("resolved_at"),
    createdAt: ts("created_at").notNull(),
    /** Set when a later run no longer finds it (kept for the record, hidden from the work list). */
    goneAt: ts("gone_at"),
  },
  (t) => [uniqueIndex("reconciliation_findings_key").on(t.proposalId, t.key)],
);

/** In-kind aid (S5, free masks): what was handed to whom, with the signed receipt. */
export const handovers = aid.table(
  "handovers",
  {
    id: uuid("id").primaryKey(),
    itemId: uuid("item_id")
      .notNull()
      .references(() => proposalItems.id, { onDelete: "cascade" }),
    proposalId: proposalRef(),
    regionCode: regionCode(),
    quantity: integer("quantity").notNull(),
    handedOn: date("handed_on", { mode: "string" }).notNull(),
    receiptFileId: uuid("receipt_file_id"),
    receivedBy: text("received_by").notNull(),
    recordedBy: text("recorded_by").notNull(),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [uniqueIndex("handovers_item_key").on(t.itemId)],
);
