import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import { STOCK_POOLS } from "./domain/market-enums";
import { STOCK_ENTRY_KINDS } from "./domain/stock";

export const market = pgSchema("market");

/**
 * Producers selling through a PLUT: registered businesses of the registry, copied here with the
 * facts the store needs. region_code is the producer's own region (a tailor's village or regency).
 */
export const producers = market.table(
  "producers",
  {
    id: uuid("id").primaryKey(),
    businessId: uuid("business_id"),
    name: text("name").notNull(),
    ownerName: text("owner_name"),
    phone: text("phone"),
    regionCode: regionCode(),
    /** Units a day the producer can make, for procurement splits. */
    dailyCapacity: integer("daily_capacity").notNull().default(0),
    isActive: boolean("is_active").notNull().default(true),
    ...timestamps(),
  },
  (t) => [uniqueIndex("producers_business_key").on(t.businessId), index("producers_name_idx").on(t.name)],
);

/** Products of the PLUT gallery; region_code is the PLUT's region, which owns the catalogue. */
export const products = market.table(
  "products",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    /** Plural word for explanations, e.g. "masker". */
    unitLabel: text("unit_label").notNull(),
    category: text("category").notNull(),
    price: bigint("price", { mode: "number" }).notNull(),
    minOrder: integer("min_order").notNull().default(1),
    /** Most units one individual buyer may order at once (institutions have their own limit). */
    maxPerOrder: integer("max_per_order"),
    /** Most units one buyer receives in a pre-order allocation. */
    perBuyerCap: integer("per_buyer_cap"),
    description: text("description").notNull().default(""),
    photoFileIds: jsonb("photo_file_ids").$type<string[]>().notNull().default([]),
    /** Letters in front of order codes ("MSK-…"). */
    codePrefix: text("code_prefix").notNull().default("TK"),
    /** Local time (HH:MM) on the day before a supply day when its pre-orders close. */
    cutoffTime: text("cutoff_time").notNull().default("17:00"),
    allocationPolicy: text("allocation_policy", { enum: ["equal", "fifo", "institution_quota"] })
      .notNull()
      .default("equal"),
    unmetAction: text("unmet_action", { enum: ["waitlist", "cancel"] })
      .notNull()
      .default("waitlist"),
    isActive: boolean("is_active").notNull().default(true),
    /** The registry's production pivot the product came from (S2), when it did. */
    sourcePivotId: uuid("source_pivot_id"),
    ...timestamps(),
  },
  (t) => [
    index("products_region_idx").on(t.regionCode, t.category),
    uniqueIndex("products_source_pivot_key").on(t.sourcePivotId),
  ],
);

export const productProducers = market.table(
  "product_producers",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    producerId: uuid("producer_id")
      .notNull()
      .references(() => producers.id),
    regionCode: regionCode(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.producerId] }),
    index("product_producers_producer_idx").on(t.producerId),
  ],
);

/** Consignment terms: the producer's share of sales; the newest terms valid on a date apply. */
export const consignmentTerms = market.table(
  "consignment_terms",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    producerId: uuid("producer_id")
      .notNull()
      .references(() => producers.id),
    /** Null: the producer's terms for every product. */
    productId: uuid("product_id").references(() => products.id),
    producerShareBps: integer("producer_share_bps").notNull(),
    damaged: text("damaged", { enum: ["producer_bears", "plut_bears"] })
      .notNull()
      .default("plut_bears"),
    feePerPeriod: bigint("fee_per_period", { mode: "number" }).notNull().default(0),
    validFrom: date("valid_from").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("consignment_terms_producer_idx").on(t.producerId, t.validFrom)],
);

/**
 * Append-only stock ledger: every movement of goods at the PLUT with a signed quantity, per producer,
 * product and day. Sales from the mixed shelf carry no producer (attributed at settlement).
 */
export const stockLedger = market.table(
  "stock_ledger",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    producerId: uuid("producer_id").references(() => producers.id),
    entryDate: date("entry_date").notNull(),
    pool: text("pool", { enum: STOCK_POOLS }).notNull(),
    kind: text("kind", { enum: STOCK_ENTRY_KINDS }).notNull(),
    delta: integer("delta").notNull(),
    orderId: uuid("order_id"),
    note: text("note"),
    actor: text("actor").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [
    index("stock_ledger_product_date_idx").on(t.productId, t.entryDate),
    index("stock_ledger_producer_idx").on(t.producerId, t.entryDate),
    index("stock_ledger_order_idx").on(t.orderId),
  ],
);

/**
 * Ready stock on hand, split over several rows per product ("slots") so a rush of buyers takes
 * stock with short row locks on different rows. qty never goes below zero (CHECK as a last wall).
 */
export const stockSlots = market.table(
  "stock_slots",
  {
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id, { onDelete: "cascade" }),
    slot: smallint("slot").notNull(),
    qty: integer("qty").notNull().default(0),
    regionCode: regionCode(),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.slot] }),
    check("stock_slots_qty_nonneg", sql`${t.qty} >= 0`),
  ],
);
