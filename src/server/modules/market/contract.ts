// Public store API of the market module (shapes used by outside checks: keep them).
import { z } from "zod";
import { IdParams, IsoDate, RegionCode, Text } from "../../../shared/contract-primitives";

import {
  BUYER_TYPES,
  FULFILMENT_METHODS,
  ORDER_MODES,
  ORDER_STATUSES,
  PAYMENT_STATUSES,
} from "./domain/market-enums";

export { IsoDate, Text };

export const RegionCodeText = RegionCode;
export const Quantity = z.number().int().min(1).max(1_000_000);

export const ProductsQuery = z.object({ q: Text().max(100).optional() });

export const PublicProduct = z.object({
  id: z.string(),
  name: z.string(),
  price: z.number().int(),
  unit: z.string(),
  stockAvailable: z.number().int(),
  producer: z.string(),
});
export type PublicProduct = z.infer<typeof PublicProduct>;

export const OrderItemInput = z.object({ productId: z.uuid(), quantity: Quantity });

export const PlaceOrderBody = z.object({
  mode: z.enum(ORDER_MODES),
  supplyDate: IsoDate.optional(),
  items: z.array(OrderItemInput).min(1).max(20),
  buyer: z.object({
    name: Text().min(2).max(120),
    phone: Text().min(6).max(32),
    type: z.enum(BUYER_TYPES),
    institution: Text().min(2).max(200).optional(),
  }),
  fulfilment: z.object({
    method: z.enum(FULFILMENT_METHODS),
    address: Text().min(5).max(500).optional(),
    regionCode: RegionCodeText.optional(),
  }),
  /** Where the buyer came from, e.g. a flyer campaign ("flyer:<id>"). */
  channel: Text().max(80).optional(),
});
export type PlaceOrderBody = z.infer<typeof PlaceOrderBody>;

export const PlacedOrderItem = z.object({
  productId: z.string(),
  quantity: z.number().int(),
  allocated: z.number().int(),
});
export const PlacedOrder = z.object({
  code: z.string(),
  status: z.enum(ORDER_STATUSES),
  items: z.array(PlacedOrderItem),
});
export type PlacedOrder = z.infer<typeof PlacedOrder>;

export const OrderCodeParams = z.object({ code: Text().min(1).max(40) });

/** What buyers see of the PLUT: where it is, when it is open, a map link and its WhatsApp. */
export const PlutInfo = z.object({
  name: z.string(),
  whatsapp: z.string().nullable(),
  address: z.string(),
  city: z.string(),
  /** Opening hours per ISO weekday (1 = Monday); the store writes them out in its language. */
  openingDays: z.array(z.object({ day: z.number().int(), opens: z.string(), closes: z.string() })),
  /** Free-text hours from before they were kept per day; shown while no day is set. */
  openingHoursText: z.string(),
  mapUrl: z.string().nullable(),
  /** Hours a buyer has to pay an allocated pre-order. */
  paymentHours: z.number().int(),
});
export type PlutInfo = z.infer<typeof PlutInfo>;

export const TrackedOrder = z.object({
  code: z.string(),
  mode: z.enum(ORDER_MODES),
  status: z.enum(ORDER_STATUSES),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  supplyDate: z.string().nullable(),
  createdAt: z.string(),
  buyer: z.object({
    /** Name, institution and address only once the last 4 digits of the phone were given. */
    revealed: z.boolean(),
    name: z.string().nullable(),
    phone: z.string(),
    type: z.enum(BUYER_TYPES),
    institution: z.string().nullable(),
  }),
  fulfilment: z.object({
    method: z.enum(FULFILMENT_METHODS),
    address: z.string().nullable(),
    regionCode: z.string().nullable(),
  }),
  items: z.array(
    z.object({
      productId: z.string(),
      productName: z.string(),
      unit: z.string(),
      quantity: z.number().int(),
      allocated: z.number().int(),
      unitPrice: z.number().int(),
      explanation: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  transferAmount: z.number().int().nullable(),
  /** One text per pre-ordered line once its day is allocated; null before. */
  explanation: z.string().nullable(),
  message: z.string().nullable(),
  /** A wait-list offer's kind: units for a wait-listed order, or more units for a partly served one. */
  offer: z.enum(["waitlist", "topup"]).nullable(),
  plut: PlutInfo.nullable(),
  /** Payment deadline of an allocated pre-order or wait-list offer (ISO); unpaid after it, it expires. */
  payBy: z.string().nullable(),
  /** The selling PLUT's region: its time zone shows the deadline. */
  regionCode: z.string(),
  delivery: z
    .object({
      carrier: z.enum(["ojek", "courier"]),
      fee: z.number().int(),
      trackingNumber: z.string().nullable(),
      status: z.enum(["pending", "sent", "delivered", "failed"]),
    })
    .nullable(),
});
export type TrackedOrder = z.infer<typeof TrackedOrder>;

/** `phone`: the last 4 digits of the buyer's WhatsApp number, to show the buyer's own details. */
export const TrackQuery = z.object({
  phone: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

export const ProductIdParams = IdParams;
export const PhotoParams = z.object({ id: z.uuid(), fileId: z.uuid() });

/** What the store's product page shows. */
export const CatalogueProduct = z.object({
  id: z.string(),
  /** The PLUT's region: its time zone shows the cut-off. */
  regionCode: z.string(),
  name: z.string(),
  price: z.number().int(),
  unit: z.string(),
  unitLabel: z.string(),
  category: z.string(),
  description: z.string(),
  photoIds: z.array(z.string()),
  producers: z.array(z.object({ name: z.string(), regionName: z.string().nullable() })),
  stockAvailable: z.number().int(),
  minOrder: z.number().int(),
  maxPerOrder: z.number().int(),
  /** The next day pre-orders can be placed for, and when they close (ISO instant). */
  nextSupplyDate: z.string(),
  cutoffAt: z.string(),
  /**
   * Pre-order dates on offer: open until confirmed and only with supply; closedEarly when the PLUT
   * closed before the cut-off; closedReason says why a date is closed.
   */
  supplyDates: z.array(
    z.object({
      date: z.string(),
      cutoffAt: z.string(),
      preorderSupply: z.number().int(),
      open: z.boolean(),
      closedEarly: z.boolean(),
      closedReason: z.enum(["allocated", "closed_early", "no_supply"]).nullable(),
    }),
  ),
  plut: PlutInfo.nullable(),
});
export type CatalogueProduct = z.infer<typeof CatalogueProduct>;

export const CatalogueItem = z.object({
  id: z.string(),
  name: z.string(),
  price: z.number().int(),
  unit: z.string(),
  category: z.string(),
  photoId: z.string().nullable(),
  stockAvailable: z.number().int(),
  producer: z.string(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;
export const CatalogueQuery = z.object({
  q: Text().max(100).optional(),
  category: Text().max(80).optional(),
});

export const PaymentOptions = z.object({
  code: z.string(),
  payable: z.boolean(),
  paymentStatus: z.enum(PAYMENT_STATUSES),
  amount: z.number().int(),
  /** Dynamic QRIS payload with the exact amount and the order code as bill number. */
  qris: z.string().nullable(),
  transfer: z
    .object({ amount: z.number().int(), uniqueCode: z.number().int(), account: z.string() })
    .nullable(),
});
export type PaymentOptions = z.infer<typeof PaymentOptions>;
