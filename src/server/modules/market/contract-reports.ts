// Staff API of period figures: producers' settlements, the flyer selection and the market report.
import { z } from "zod";
import { IsoDate, RegionCodeText, Text } from "./contract";

export const PeriodQuery = z.object({ from: IsoDate, to: IsoDate });
export const SettlementRow = z.object({
  id: z.string().nullable(),
  producerId: z.string(),
  producerName: z.string(),
  unitsSold: z.number().int(),
  unitsDamaged: z.number().int(),
  netSales: z.number().int(),
  producerShareBps: z.number().int(),
  producerShare: z.number().int(),
  plutFee: z.number().int(),
  damagedCompensation: z.number().int(),
  payable: z.number().int(),
  status: z.enum(["preview", "open", "paid"]),
  paidAt: z.string().nullable(),
  /** The closed period of a stored statement (null on a preview). */
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
});
export type SettlementRow = z.infer<typeof SettlementRow>;

export const FlyerQuery = z.object({
  /** Comma-separated product ids; or a category; or a producer region prefix. Empty: every product. */
  productIds: Text().max(2000).optional(),
  category: Text().max(80).optional(),
  region: RegionCodeText.optional(),
  /** Campaign tag carried by the QR links (orders placed through them are counted for the campaign). */
  campaign: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/)
    .optional(),
});
export type FlyerQuery = z.infer<typeof FlyerQuery>;

export const MarketReport = z.object({
  from: z.string(),
  to: z.string(),
  dailySales: z.array(
    z.object({
      date: z.string(),
      orders: z.number().int(),
      units: z.number().int(),
      revenue: z.number().int(),
      paid: z.number().int(),
    }),
  ),
  supplyDemand: z.array(
    z.object({
      date: z.string(),
      productName: z.string(),
      supply: z.number().int(),
      demand: z.number().int(),
      allocated: z.number().int(),
      buyers: z.number().int(),
      buyersWithNothing: z.number().int(),
    }),
  ),
  unserved: z.array(
    z.object({
      code: z.string(),
      buyerName: z.string(),
      institution: z.string().nullable(),
      supplyDate: z.string().nullable(),
      ordered: z.number().int(),
      received: z.number().int(),
      status: z.string(),
    }),
  ),
  perProducer: z.array(
    z.object({
      producerName: z.string(),
      consigned: z.number().int(),
      sold: z.number().int(),
      onHand: z.number().int(),
    }),
  ),
  byOrigin: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      buyers: z.number().int(),
      orders: z.number().int(),
      units: z.number().int(),
    }),
  ),
  campaign: z.object({
    tag: z.string(),
    orders: z.number().int(),
    institutions: z.number().int(),
    units: z.number().int(),
    revenue: z.number().int(),
  }),
});
export type MarketReport = z.infer<typeof MarketReport>;
