// Staff API of consignment and stock: producers' intakes (one or a batch), movements (returns,
// damage, adjustments) and the stock report per producer.
import { z } from "zod";
import { IsoDate, Quantity, Text } from "./contract";
import { STOCK_POOLS } from "./domain/market-enums";

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
