// The consignment stock ledger is append-only: every movement is an entry with a signed quantity,
// and stock on hand is their sum. Corrections are new entries ("adjustment"), never edits.

export const STOCK_ENTRY_KINDS = [
  "intake",
  "sale",
  "return_to_producer",
  "damaged",
  "adjustment",
  "release",
] as const;
export type StockEntryKind = (typeof STOCK_ENTRY_KINDS)[number];

/**
 * intake: producer consigns goods (+); sale: sold or reserved for an order (−); return_to_producer:
 * unsold goods handed back (−); damaged: written off (−); adjustment: stock-take correction (±);
 * release: units of a cancelled or unpaid order back on the shelf (+).
 */
const SIGN: Record<StockEntryKind, 1 | -1 | 0> = {
  intake: 1,
  release: 1,
  sale: -1,
  return_to_producer: -1,
  damaged: -1,
  adjustment: 0,
};

export type StockEntry = { kind: StockEntryKind; delta: number; producerId: string; productId: string };

/** The signed delta for a movement of `quantity` units (positive); adjustments pass a signed quantity. */
export function entryDelta(kind: StockEntryKind, quantity: number): number {
  const sign = SIGN[kind];
  return sign === 0 ? quantity : sign * Math.abs(quantity);
}

/** Stock on hand: the sum of the deltas. */
export function stockBalance(entries: readonly Pick<StockEntry, "delta">[]): number {
  let total = 0;
  for (const e of entries) total += e.delta;
  return total;
}

/** Stock per producer and product, keyed "producerId|productId". */
export function stockBalances(entries: readonly StockEntry[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of entries) {
    const key = `${e.producerId}|${e.productId}`;
    out.set(key, (out.get(key) ?? 0) + e.delta);
  }
  return out;
}

export type StockEntryCheck =
  | { ok: true; balanceAfter: number }
  | { ok: false; reason: "NOT_INTEGER" | "ZERO_QUANTITY" | "WRONG_SIGN" }
  | { ok: false; reason: "INSUFFICIENT_STOCK"; available: number };

/** Checks a new entry against the current balance: right sign for its kind, never below zero. */
export function checkStockEntry(entry: Pick<StockEntry, "kind" | "delta">, balance: number): StockEntryCheck {
  if (!Number.isSafeInteger(entry.delta)) return { ok: false, reason: "NOT_INTEGER" };
  if (entry.delta === 0) return { ok: false, reason: "ZERO_QUANTITY" };
  const sign = SIGN[entry.kind];
  if (sign !== 0 && Math.sign(entry.delta) !== sign) return { ok: false, reason: "WRONG_SIGN" };
  const balanceAfter = balance + entry.delta;
  if (balanceAfter < 0) return { ok: false, reason: "INSUFFICIENT_STOCK", available: Math.max(balance, 0) };
  return { ok: true, balanceAfter };
}
