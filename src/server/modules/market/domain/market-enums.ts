// Closed value sets of the market module, shared by the tables (Drizzle) and the API contract (zod).

export const ORDER_MODES = ["ready", "preorder"] as const;
export type OrderMode = (typeof ORDER_MODES)[number];

export const BUYER_TYPES = ["individual", "institution"] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];

export const FULFILMENT_METHODS = ["pickup", "delivery"] as const;
export type FulfilmentMethod = (typeof FULFILMENT_METHODS)[number];

/**
 * queued: a pre-order waiting for its day's allocation; reserved: ready stock taken, awaiting payment
 * or pickup; allocated: a pre-order that received units; waitlisted / cancelled: received nothing;
 * fulfilled: handed over or delivered.
 */
export const ORDER_STATUSES = [
  "queued",
  "reserved",
  "allocated",
  "waitlisted",
  "cancelled",
  "fulfilled",
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Orders still holding a place in the per-phone cap. */
export const OPEN_ORDER_STATUSES: readonly OrderStatus[] = ["queued", "reserved", "allocated", "waitlisted"];

/** refunded: the money went back to the buyer (a refund with its reason and receipt). */
export const PAYMENT_STATUSES = ["unpaid", "pending", "paid", "refunded"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

export const PAYMENT_METHODS = ["cash", "transfer", "qris"] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const STOCK_POOLS = ["ready", "preorder"] as const;
export type StockPool = (typeof STOCK_POOLS)[number];

/** What happens to a pre-order that received nothing. */
export const UNMET_ACTIONS = ["waitlist", "cancel"] as const;
export type UnmetAction = (typeof UNMET_ACTIONS)[number];

export const DELIVERY_STATUSES = ["pending", "sent", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const DELIVERY_CARRIERS = ["ojek", "courier"] as const;
export type DeliveryCarrier = (typeof DELIVERY_CARRIERS)[number];

/** Ready stock of a product is spread over this many rows so concurrent buyers rarely wait on one lock. */
export const STOCK_SLOTS = 16;
