// Staff API of institution procurement: the request, its purchase orders to producers and each
// delivery's hand-over record (BAST).
import { z } from "zod";
import { IsoDate, Text } from "./contract";

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
export type DeliveredBody = z.infer<typeof DeliveredBody>;
