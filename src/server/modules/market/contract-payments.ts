// Staff API of money at the counter and by transfer: payments, hand-over with cash, refunds,
// proofs waiting for verification and bank statement matching.
import { z } from "zod";
import { Text } from "./contract";

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
