// HTTP contract of in-kind hand-overs (S5: free masks handed to listed recipients with a signed
// receipt). Routes (permission):
//   POST /api/aid/proposals/:id/items/:itemId/handover  aid.propose  multipart: fields + receipt file → 201 Handover
//   GET  /api/aid/proposals/:id/handovers               aid.read     → Handover[]
//   GET  /api/aid/handovers/:id/receipt                 aid.read     → the receipt file
import { z } from "zod";
import { IsoDate } from "../contract";

export const HandoverFields = z.object({
  quantity: z.coerce.number().int().min(1).max(100_000),
  handedOn: IsoDate,
  receivedBy: z.string().trim().min(3).max(150),
});
export type HandoverFields = z.infer<typeof HandoverFields>;

export const Handover = z.object({
  id: z.string(),
  itemId: z.string(),
  quantity: z.number(),
  handedOn: z.string(),
  receivedBy: z.string(),
  hasReceipt: z.boolean(),
  recordedBy: z.string(),
  createdAt: z.string(),
});
export type Handover = z.infer<typeof Handover>;
