// Staff API of the market module (konsultan PLUT): catalogue, producers, consignment, allocation.
import { z } from "zod";
import { IsoDate, Quantity, RegionCodeText, Text } from "./contract";
import { STOCK_POOLS, UNMET_ACTIONS } from "./domain/market-enums";

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

export const ConsignmentBody = z.object({
  productId: z.uuid(),
  producerId: z.uuid(),
  quantity: Quantity,
  date: IsoDate,
  /** ready: on the shelf at once; preorder: the supply of a pre-order day. Default: preorder for a later day. */
  pool: z.enum(STOCK_POOLS).optional(),
  note: Text().max(500).optional(),
});
export type ConsignmentBody = z.infer<typeof ConsignmentBody>;

export const ConsignmentBatchBody = z.object({
  productId: z.uuid(),
  date: IsoDate,
  pool: z.enum(STOCK_POOLS).optional(),
  entries: z
    .array(z.object({ producerId: z.uuid(), quantity: Quantity }))
    .min(1)
    .max(500),
});
export type ConsignmentBatchBody = z.infer<typeof ConsignmentBatchBody>;

export const StockEntryOut = z.object({
  id: z.string(),
  productId: z.string(),
  producerId: z.string().nullable(),
  date: z.string(),
  pool: z.enum(STOCK_POOLS),
  kind: z.string(),
  delta: z.number().int(),
});
export type StockEntryOut = z.infer<typeof StockEntryOut>;

export const MovementBody = z.object({
  productId: z.uuid(),
  producerId: z.uuid(),
  kind: z.enum(["return_to_producer", "damaged", "adjustment"]),
  quantity: z.number().int().min(-1_000_000).max(1_000_000),
  date: IsoDate,
  pool: z.enum(STOCK_POOLS).optional(),
  note: Text().max(500).optional(),
});
export type MovementBody = z.infer<typeof MovementBody>;

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

export const PaymentBody = z.object({
  method: z.enum(["cash", "transfer", "qris"]),
  reference: Text().max(200).optional(),
});
export type PaymentBody = z.infer<typeof PaymentBody>;

/** Hand-over; an unpaid order needs the cash of its total recorded in the same step. */
export const FulfilBody = z.object({
  cashReceived: z.number().int().min(0).max(1_000_000_000_000).optional(),
});
export type FulfilBody = z.infer<typeof FulfilBody>;

export const RefundBody = z.object({ reason: Text().max(500) });
export type RefundBody = z.infer<typeof RefundBody>;

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

export const ProductQuery = z.object({ productId: z.uuid() });
export const StockReport = z.object({
  productId: z.string(),
  shelf: z.number().int(),
  sold: z.number().int(),
  producers: z.array(
    z.object({
      producerId: z.string(),
      name: z.string(),
      intake: z.number().int(),
      returned: z.number().int(),
      damaged: z.number().int(),
      adjusted: z.number().int(),
      sold: z.number().int(),
      onHand: z.number().int(),
    }),
  ),
});
export type StockReport = z.infer<typeof StockReport>;

export const PendingPayment = z.object({
  id: z.string(),
  orderId: z.string(),
  code: z.string(),
  buyerName: z.string(),
  buyerPhone: z.string(),
  method: z.string(),
  amount: z.number().int(),
  orderTotal: z.number().int(),
  hasProof: z.boolean(),
  createdAt: z.string(),
});
export type PendingPayment = z.infer<typeof PendingPayment>;

export const VerifyBody = z.object({ accept: z.boolean(), reference: Text().max(200).optional() });
export type VerifyBody = z.infer<typeof VerifyBody>;

export const StatementBody = z.object({
  /** CSV text of a bank statement: date, amount, description per line (comma or semicolon). */
  csv: z.string().max(2_000_000),
});
export const StatementProposal = z.object({
  line: z.number().int(),
  date: z.string(),
  amount: z.number().int(),
  description: z.string(),
  kind: z.enum(["match", "review", "unmatched"]),
  orders: z.array(
    z.object({ id: z.string(), code: z.string(), buyerName: z.string(), amount: z.number().int() }),
  ),
  reason: z.string().nullable(),
});
export type StatementProposal = z.infer<typeof StatementProposal>;

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

export const ProcurementBody = z.object({
  productId: z.uuid(),
  quantity: z.number().int().min(1).max(1_000_000),
  dueDate: IsoDate,
  institution: Text().min(2).max(200),
  contactName: Text().min(2).max(120),
  phone: Text().min(6).max(32),
  address: Text().max(500).optional(),
});
export type ProcurementBody = z.infer<typeof ProcurementBody>;

export const ProcurementOut = z.object({
  id: z.string(),
  orderCode: z.string(),
  institution: z.string(),
  productName: z.string(),
  quantity: z.number().int(),
  assigned: z.number().int(),
  unfilled: z.number().int(),
  dueDate: z.string(),
  total: z.number().int(),
  createdAt: z.string(),
  purchaseOrders: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      producerName: z.string(),
      quantity: z.number().int(),
      delivered: z.number().int(),
      status: z.string(),
      explanation: z.string(),
      /** Each hand-over with its BAST (GET /api/market/procurement-deliveries/:id/bast.pdf). */
      deliveries: z.array(
        z.object({
          id: z.string(),
          number: z.string(),
          quantity: z.number().int(),
          deliveredOn: z.string(),
          receivedBy: z.string(),
        }),
      ),
    }),
  ),
});
export type ProcurementOut = z.infer<typeof ProcurementOut>;

/** `quantity`: the PO's delivered total after this delivery (never below what earlier BASTs record). */
export const DeliveredBody = z.object({
  quantity: z.number().int().min(0).max(1_000_000),
  /** Who signed for the PLUT on the hand-over record; the recording user when absent. */
  receivedBy: z.string().trim().min(3).max(150).optional(),
});

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

export const DeliveryBody = z.object({
  carrier: z.enum(["ojek", "courier"]),
  fee: z.number().int().min(0).max(10_000_000),
  trackingNumber: Text().max(80).optional(),
  status: z.enum(["pending", "sent", "delivered", "failed"]),
});
export type DeliveryBody = z.infer<typeof DeliveryBody>;

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
