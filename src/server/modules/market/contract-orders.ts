// Staff API of the pre-order day and its orders: the day's summary, the fair allocation of a
// supply and its confirmation, the day's order list and deliveries.
import { z } from "zod";
import { IsoDate, Text } from "./contract";
import { UNMET_ACTIONS } from "./domain/market-enums";

export const DayQuery = z.object({ productId: z.uuid(), supplyDate: IsoDate });
export const DaySummary = z.object({
  productId: z.string(),
  supplyDate: z.string(),
  cutoffAt: z.string(),
  supply: z.number().int(),
  preorderSupply: z.number().int(),
  fromShelf: z.number().int(),
  demand: z.number().int(),
  orders: z.number().int(),
  buyers: z.number().int(),
  run: z
    .object({
      runId: z.string(),
      seed: z.string(),
      policy: z.string(),
      allocated: z.number().int(),
      confirmed: z.boolean(),
      createdAt: z.string(),
    })
    .nullable(),
});
export type DaySummary = z.infer<typeof DaySummary>;

export const AllocationBody = z.object({
  productId: z.uuid(),
  supplyDate: IsoDate,
  policy: z.enum(["equal", "fifo", "institution_quota"]).optional(),
  perBuyerCap: z.number().int().min(1).max(1_000_000).optional(),
  seed: Text().min(1).max(64).optional(),
});
export type AllocationBody = z.infer<typeof AllocationBody>;

export const AllocationOut = z.object({
  runId: z.string(),
  supply: z.number().int(),
  demand: z.number().int(),
  unmet: z.number().int(),
  allocated: z.array(z.object({ orderCode: z.string(), quantity: z.number().int() })),
  seed: z.string(),
  policy: z.string(),
  buyers: z.number().int(),
  buyersWithNothing: z.number().int(),
  confirmed: z.boolean(),
});
export type AllocationOut = z.infer<typeof AllocationOut>;

export const ConfirmAllocationBody = z.object({
  unmetAction: z.enum(UNMET_ACTIONS).optional(),
  /** Before the cut-off: close this date's pre-orders now (the store says so at once). */
  closeNow: z.boolean().optional(),
});
export type ConfirmAllocationBody = z.infer<typeof ConfirmAllocationBody>;

export const DayOrdersQuery = z.object({
  date: IsoDate,
  mode: z.enum(["ready", "preorder"]).optional(),
  productId: z.uuid().optional(),
});
export type DayOrdersQuery = z.infer<typeof DayOrdersQuery>;

export const StaffOrder = z.object({
  id: z.string(),
  code: z.string(),
  mode: z.enum(["ready", "preorder"]),
  status: z.string(),
  paymentStatus: z.string(),
  paymentMethod: z.string().nullable(),
  supplyDate: z.string().nullable(),
  createdAt: z.string(),
  buyerName: z.string(),
  buyerPhone: z.string(),
  buyerType: z.enum(["individual", "institution"]),
  institution: z.string().nullable(),
  originRegionCode: z.string().nullable(),
  fulfilment: z.enum(["pickup", "delivery"]),
  deliveryAddress: z.string().nullable(),
  total: z.number().int(),
  /** Payment deadline of an allocation or wait-list offer (ISO), and the order's message key. */
  payBy: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
  items: z.array(
    z.object({
      productId: z.string(),
      productName: z.string(),
      quantity: z.number().int(),
      allocated: z.number().int().nullable(),
    }),
  ),
});
export type StaffOrder = z.infer<typeof StaffOrder>;

export const DeliveryBody = z.object({
  carrier: z.enum(["ojek", "courier"]),
  fee: z.number().int().min(0).max(10_000_000),
  trackingNumber: Text().max(80).optional(),
  status: z.enum(["pending", "sent", "delivered", "failed"]),
});
export type DeliveryBody = z.infer<typeof DeliveryBody>;
