import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { regionCode, timestamps, ts } from "../../platform/db/columns";
import {
  BUYER_TYPES,
  FULFILMENT_METHODS,
  ORDER_MODES,
  ORDER_STATUSES,
  PAYMENT_METHODS,
  PAYMENT_STATUSES,
} from "./domain/market-enums";
import { market, products } from "./schema";

/**
 * Buyers known by WhatsApp number (E.164). Not region-owned: a buyer from Surabaya orders from the
 * Kalteng PLUT. open_orders is the counter behind the per-phone cap, kept in the order's transaction.
 */
export const buyers = market.table(
  "buyers",
  {
    id: uuid("id").primaryKey(),
    phone: text("phone").notNull(),
    name: text("name").notNull(),
    type: text("type", { enum: BUYER_TYPES }).notNull(),
    institution: text("institution"),
    openOrders: integer("open_orders").notNull().default(0),
    ...timestamps(),
  },
  (t) => [uniqueIndex("buyers_phone_key").on(t.phone)],
);

/** Orders of the PLUT store; region_code is the selling PLUT's region, origin_region_code the buyer's. */
export const orders = market.table(
  "orders",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    code: text("code").notNull(),
    mode: text("mode", { enum: ORDER_MODES }).notNull(),
    supplyDate: date("supply_date"),
    buyerId: uuid("buyer_id")
      .notNull()
      .references(() => buyers.id),
    buyerName: text("buyer_name").notNull(),
    buyerPhone: text("buyer_phone").notNull(),
    buyerType: text("buyer_type", { enum: BUYER_TYPES }).notNull(),
    institution: text("institution"),
    /** Signed-in institution account that placed the order, if any. */
    userId: uuid("user_id"),
    originRegionCode: text("origin_region_code"),
    fulfilment: text("fulfilment", { enum: FULFILMENT_METHODS }).notNull(),
    deliveryAddress: text("delivery_address"),
    status: text("status", { enum: ORDER_STATUSES }).notNull(),
    paymentStatus: text("payment_status", { enum: PAYMENT_STATUSES }).notNull().default("unpaid"),
    paymentMethod: text("payment_method", { enum: PAYMENT_METHODS }),
    subtotal: bigint("subtotal", { mode: "number" }).notNull().default(0),
    deliveryFee: bigint("delivery_fee", { mode: "number" }).notNull().default(0),
    total: bigint("total", { mode: "number" }).notNull().default(0),
    /** Amount with a unique code for bank transfers (total + Rp1–999). */
    transferAmount: bigint("transfer_amount", { mode: "number" }),
    /** Where the order came from (e.g. a flyer campaign), for "Ayo Beli Produk UMKM" reports. */
    channel: text("channel"),
    message: text("message"),
    /** Payment deadline of an allocated pre-order or a wait-list offer; unpaid after it, the units move on. */
    payBy: ts("pay_by"),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("orders_code_key").on(t.code),
    index("orders_region_created_idx").on(t.regionCode, t.createdAt),
    index("orders_buyer_idx").on(t.buyerId),
    index("orders_supply_idx").on(t.supplyDate, t.status),
    index("orders_pay_by_idx").on(t.payBy).where(sql`status = 'allocated' and payment_status = 'unpaid'`),
  ],
);

/** One line per product; `allocated` is what the buyer gets (ready: all; pre-order: after allocation). */
export const orderItems = market.table(
  "order_items",
  {
    id: uuid("id").primaryKey(),
    orderId: uuid("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    regionCode: regionCode(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    quantity: integer("quantity").notNull(),
    allocated: integer("allocated"),
    unitPrice: bigint("unit_price", { mode: "number" }).notNull(),
    /** The confirmed allocation of this line (OrderAllocation of the domain), for its explanation. */
    allocation: jsonb("allocation"),
    allocationRunId: uuid("allocation_run_id"),
  },
  (t) => [index("order_items_order_idx").on(t.orderId), index("order_items_product_idx").on(t.productId)],
);

/** One allocation of a supply day; re-run as drafts until one is confirmed. */
export const allocationRuns = market.table(
  "allocation_runs",
  {
    id: uuid("id").primaryKey(),
    regionCode: regionCode(),
    productId: uuid("product_id")
      .notNull()
      .references(() => products.id),
    supplyDate: date("supply_date").notNull(),
    policy: jsonb("policy").notNull(),
    seed: text("seed").notNull(),
    /** SHA-256 of the inputs (supply, orders, policy): the same hash gives the same result. */
    inputsHash: text("inputs_hash").notNull(),
    supply: integer("supply").notNull(),
    demand: integer("demand").notNull(),
    allocatedUnits: integer("allocated_units").notNull(),
    /** Totals and pool summaries (AllocationResult without the per-order list). */
    summary: jsonb("summary").notNull(),
    /** Per order: [orderId, allocated, reason]. */
    result: jsonb("result").notNull(),
    isConfirmed: boolean("is_confirmed").notNull().default(false),
    /**
     * Units the confirmed day still holds for its pre-orders: allocated at confirmation, less what
     * later went to the shelf. The database refuses allocated/fulfilled pre-orders above it (0023).
     */
    heldUnits: integer("held_units"),
    isCurrent: boolean("is_current").notNull().default(true),
    createdBy: text("created_by").notNull(),
    confirmedBy: text("confirmed_by"),
    confirmedAt: ts("confirmed_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("allocation_runs_day_idx").on(t.productId, t.supplyDate, t.createdAt),
    uniqueIndex("allocation_runs_confirmed_key").on(t.productId, t.supplyDate).where(sql`is_confirmed`),
    // The confirmed run is the day's current draft: a re-run and a confirmation never both win.
    check("allocation_runs_confirmed_current", sql`not is_confirmed or is_current`),
  ],
);
