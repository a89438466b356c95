import {
  bigint,
  date,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { OpeningDay } from "../../../shared/opening-hours";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import { DELIVERY_CARRIERS, DELIVERY_STATUSES, PAYMENT_METHODS } from "./domain/market-enums";
import { market, producers } from "./schema";
import { orderItems, orders } from "./schema-orders";

/** A PLUT's own settings: its name, static QRIS payload and bank account for transfers. */
export const plutSettings = market.table("plut_settings", {
  regionCode: text("region_code").primaryKey(),
  name: text("name").notNull(),
  city: text("city").notNull().default(""),
  address: text("address").notNull().default(""),
  whatsapp: text("whatsapp"),
  staticQris: text("static_qris"),
  bankAccount: text("bank_account"),
  /** Opening hours per weekday (written out in the reader's language), and a map link for buyers. */
  openingDays: jsonb("opening_days").$type<OpeningDay[]>().notNull().default([]),
  /** Hours typed as free text before they were kept per day: shown until the days are entered. */
  openingHoursText: text("opening_hours_text").notNull().default(""),
  mapUrl: text("map_url"),
  /** Hours an allocated pre-order (or a wait-list offer) has to be paid before its units go to the next buyer. */
  paymentHours: integer("payment_hours").notNull().default(24),
  /** The PLUT's own wording of buyer messages per event; events missing here use the defaults. */
  messageTemplates: jsonb("message_templates").$type<Record<string, string>>().notNull().default({}),
  ...timestamps(),
});

/** A buyer message the PLUT sent (opened in WhatsApp) for an order and event: who and when. */
export const buyerMessages = market.table(
  "buyer_messages",
  {
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    event: text("event").notNull(),
    regionCode: regionCode(),
    sentBy: text("sent_by").notNull(),
    sentAt: ts("sent_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.event] })],
);

/**
 * Payments of an order: cash at the counter, bank transfer with proof, or QRIS; a refund is a row of
 * kind "refund" with a negative amount and its reason (a payment is never reverted in place).
 */
export const payments = market.table(
  "payments",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    method: text("method", { enum: PAYMENT_METHODS }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    status: text("status", { enum: ["pending", "confirmed", "rejected"] }).notNull(),
    kind: text("kind", { enum: ["payment", "refund"] })
      .notNull()
      .default("payment"),
    reason: text("reason"),
    proofFileId: uuid("proof_file_id"),
    reference: text("reference"),
    confirmedBy: text("confirmed_by"),
    confirmedAt: ts("confirmed_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("payments_order_idx").on(t.orderId)],
);

/** Delivery of an order by ojek online in the city or by courier to other regions. */
export const deliveries = market.table(
  "deliveries",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    carrier: text("carrier", { enum: DELIVERY_CARRIERS }).notNull(),
    fee: bigint("fee", { mode: "number" }).notNull().default(0),
    trackingNumber: text("tracking_number"),
    status: text("status", { enum: DELIVERY_STATUSES }).notNull().default("pending"),
    ...timestamps(),
  },
  (t) => [index("deliveries_order_idx").on(t.orderId)],
);

/** A producer's settlement for a period: the statement as computed, then marked paid. */
export const settlements = market.table(
  "settlements",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    producerId: uuid("producer_id")
      .notNull()
      .references(() => producers.id),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    statement: jsonb("statement").notNull(),
    payable: bigint("payable", { mode: "number" }).notNull(),
    status: text("status", { enum: ["open", "paid"] })
      .notNull()
      .default("open"),
    paidAt: ts("paid_at"),
    paidBy: text("paid_by"),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("settlements_producer_idx").on(t.producerId, t.periodFrom)],
);

/**
 * Which settlement counted each sale line (and, after a refund, its return): a line is settled at
 * most once, so closing overlapping periods cannot pay a producer twice.
 */
export const settlementLines = market.table(
  "settlement_lines",
  {
    orderItemId: uuid("order_item_id")
      .notNull()
      .references(() => orderItems.id),
    kind: text("kind", { enum: ["sale", "return"] }).notNull(),
    regionCode: regionCode(),
    periodFrom: date("period_from").notNull(),
    periodTo: date("period_to").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("settlement_lines_item_kind_key").on(t.orderItemId, t.kind),
    index("settlement_lines_period_idx").on(t.periodFrom, t.periodTo),
  ],
);

/** An institution's bulk order split across producers (S5), with one purchase order per producer. */
export const procurements = market.table(
  "procurements",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id),
    dueDate: date("due_date").notNull(),
    quantity: integer("quantity").notNull(),
    split: jsonb("split").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("procurements_order_idx").on(t.orderId)],
);

export const purchaseOrders = market.table(
  "purchase_orders",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    procurementId: uuid("procurement_id")
      .notNull()
      .references(() => procurements.id),
    producerId: uuid("producer_id")
      .notNull()
      .references(() => producers.id),
    number: text("number").notNull(),
    quantity: integer("quantity").notNull(),
    delivered: integer("delivered").notNull().default(0),
    status: text("status", { enum: ["issued", "partly_delivered", "delivered"] })
      .notNull()
      .default("issued"),
    ...timestamps(),
  },
  (t) => [index("purchase_orders_procurement_idx").on(t.procurementId)],
);

/**
 * Each delivery a producer hands over against its purchase order, with its hand-over record
 * (BAST, berita acara serah terima): the PO's `delivered` is the sum of these rows.
 */
export const procurementDeliveries = market.table(
  "procurement_deliveries",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    purchaseOrderId: uuid("purchase_order_id")
      .notNull()
      .references(() => purchaseOrders.id),
    number: text("number").notNull(),
    quantity: integer("quantity").notNull(),
    deliveredOn: date("delivered_on", { mode: "string" }).notNull(),
    receivedBy: text("received_by").notNull(),
    recordedBy: text("recorded_by").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("procurement_deliveries_number_key").on(t.number),
    index("procurement_deliveries_po_idx").on(t.purchaseOrderId),
  ],
);
