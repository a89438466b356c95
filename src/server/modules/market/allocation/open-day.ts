// A pre-order day is allocated once: runs and the confirmation take the day's lock, then refuse a
// day whose allocation was already confirmed.
import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { AppError } from "../../../platform/errors";
import { marketError } from "../errors";
import { allocationRuns } from "../schema-orders";
import { dayLockKey } from "./allocation-inputs";

export function alreadyConfirmed(): AppError {
  return marketError("ALLOCATION_CONFIRMED");
}

/** Locks the product's day for this transaction; throws ALLOCATION_CONFIRMED once it is confirmed. */
export async function lockUnconfirmedDay(t: Tx, productId: string, supplyDate: string): Promise<void> {
  await t.execute(sql`select pg_advisory_xact_lock(${dayLockKey(productId, supplyDate)})`);
  const [confirmed] = await t
    .select({ id: allocationRuns.id })
    .from(allocationRuns)
    .where(
      and(
        eq(allocationRuns.productId, productId),
        eq(allocationRuns.supplyDate, supplyDate),
        eq(allocationRuns.isConfirmed, true),
      ),
    )
    .limit(1);
  if (confirmed) throw alreadyConfirmed();
}
