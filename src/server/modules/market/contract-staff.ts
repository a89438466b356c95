// Staff API of the market module (konsultan PLUT): the catalogue and the producers, and what a
// producer (pelaku usaha) reads of their own consignments, stock and sales.
// Consignment and stock: contract-stock.ts; allocation and the day's orders: contract-orders.ts;
// payments: contract-payments.ts; procurement: contract-procurement.ts; settlements, flyers and the
// market report: contract-reports.ts.
import { z } from "zod";
import { RegionCodeText, Text } from "./contract";
import { UNMET_ACTIONS } from "./domain/market-enums";

export { IdParams } from "../../../shared/contract-primitives";

export const ProducerBody = z
  .object({
    /** A registered business of the registry: name, region, phone and capacity are taken from it. */
    businessId: z.uuid().optional(),
    name: Text().min(2).max(200).optional(),
    ownerName: Text().max(200).optional(),
    phone: Text().max(32).optional(),
    regionCode: RegionCodeText.optional(),
    dailyCapacity: z.number().int().min(0).max(1_000_000).optional(),
    producerShareBps: z.number().int().min(0).max(10_000).optional(),
  })
  .refine((b) => b.businessId !== undefined || (b.name !== undefined && b.regionCode !== undefined), {
    message: "businessId, atau name dan regionCode, wajib diisi",
  });
export type ProducerBody = z.infer<typeof ProducerBody>;

export const Producer = z.object({
  id: z.string(),
  businessId: z.string().nullable(),
  name: z.string(),
  ownerName: z.string().nullable(),
  phone: z.string().nullable(),
  regionCode: z.string(),
  /** The region's name (a village for registered businesses): tells namesakes apart. */
  regionName: z.string().nullable().optional(),
  dailyCapacity: z.number().int(),
  producerShareBps: z.number().int().nullable(),
});
export type Producer = z.infer<typeof Producer>;

export const ProductBody = z.object({
  name: Text().min(2).max(200),
  unit: Text().min(1).max(40),
  unitLabel: Text().min(1).max(40).optional(),
  category: Text().min(2).max(80),
  price: z.number().int().min(0).max(10_000_000_000),
  minOrder: z.number().int().min(1).max(100_000).optional(),
  maxPerOrder: z.number().int().min(1).max(1_000_000).nullable().optional(),
  perBuyerCap: z.number().int().min(1).max(1_000_000).nullable().optional(),
  description: Text().max(4000).optional(),
  producerIds: z.array(z.uuid()).max(500).optional(),
  regionCode: RegionCodeText.optional(),
  codePrefix: z
    .string()
    .regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{2,4}$/)
    .optional(),
  cutoffTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  unmetAction: z.enum(UNMET_ACTIONS).optional(),
});
export type ProductBody = z.infer<typeof ProductBody>;
export const ProductPatch = ProductBody.partial().extend({ isActive: z.boolean().optional() });
export type ProductPatch = z.infer<typeof ProductPatch>;

/** A store product made in one step from a registry production pivot (name and producer from it). */
export const ProductFromPivotBody = ProductBody.pick({
  unit: true,
  category: true,
  price: true,
  description: true,
  regionCode: true,
}).extend({ pivotId: z.uuid(), name: Text().min(2).max(200).optional() });
export type ProductFromPivotBody = z.infer<typeof ProductFromPivotBody>;

export const StaffProduct = z.object({
  id: z.string(),
  regionCode: z.string(),
  name: z.string(),
  unit: z.string(),
  unitLabel: z.string(),
  category: z.string(),
  price: z.number().int(),
  minOrder: z.number().int(),
  maxPerOrder: z.number().int().nullable(),
  perBuyerCap: z.number().int().nullable(),
  description: z.string(),
  photoFileIds: z.array(z.string()),
  codePrefix: z.string(),
  cutoffTime: z.string(),
  unmetAction: z.enum(UNMET_ACTIONS),
  isActive: z.boolean(),
  stockAvailable: z.number().int(),
  producers: z.array(z.object({ id: z.string(), name: z.string(), regionCode: z.string() })),
  /** The registry's production pivot this product came from, if any. */
  sourcePivotId: z.string().nullable(),
});
export type StaffProduct = z.infer<typeof StaffProduct>;

/** One consignment intake of the signed-in producer, with its receipt number. */
export const MyIntake = z.object({
  id: z.string(),
  date: z.string(),
  productName: z.string(),
  unit: z.string(),
  quantity: z.number().int(),
  pool: z.string(),
  receiptNumber: z.string(),
});
export type MyIntake = z.infer<typeof MyIntake>;

export const MyStock = z.object({
  producerName: z.string().nullable(),
  products: z.array(
    z.object({
      productId: z.string(),
      productName: z.string(),
      intake: z.number().int(),
      returned: z.number().int(),
      damaged: z.number().int(),
      sold: z.number().int(),
      onHand: z.number().int(),
    }),
  ),
});
export type MyStock = z.infer<typeof MyStock>;

/** One day of a producer's own sales: units sold, the paid sales and the producer's share of them. */
export const MyDailySale = z.object({
  date: z.string(),
  unitsSold: z.number().int(),
  paidSales: z.number().int(),
  share: z.number().int(),
});
export type MyDailySale = z.infer<typeof MyDailySale>;
