// The order life-cycle's business facts as SQL, for queries over many orders; the same definitions
// as the pure ones in domain/order-flow.ts (isSold, isAwaitingPayment), so reports, settlement, the
// statement matcher and the transfer codes agree on what "sold" and "awaiting payment" mean.
import { type SQL, sql } from "drizzle-orm";
import { AWAITING_PAYMENT_STATUSES, HOLDING_STATUSES, SOLD_PAYMENT_STATUS } from "../domain/order-flow";

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** Sold: paid and not refunded (settlement counts exactly these). `o` is the orders alias. */
export function soldSql(o = "o"): SQL {
  return sql`${sql.identifier(o)}.payment_status = ${SOLD_PAYMENT_STATUS}`;
}

/** Awaiting payment: goods held for the buyer, something to pay, no payment recorded yet. */
export function awaitingPaymentSql(o = "o"): SQL {
  const a = sql.identifier(o);
  return sql`(${a}.status in (${list(HOLDING_STATUSES)}) and ${a}.total > 0 and ${a}.payment_status in (${list(AWAITING_PAYMENT_STATUSES)}))`;
}
