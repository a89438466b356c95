// pg-boss's `db` option over the caller's open transaction, so a job is queued together with the
// records it is about: both commit, or neither does. The queue's tables belong to the session user,
// not to the application role a scoped transaction runs as, so each of the queue's statements runs
// under the session user and the transaction's role (and with it row-level security) is back
// right after. A failed statement aborts the transaction (or the caller's savepoint) anyway.
import type { Tx } from "../db/pool";

type QueryResult = { rows: Array<Record<string, unknown>> };

/** What pg-boss calls for `send(name, data, { db })`. */
export type QueueDb = { executeSql(text: string, values: unknown[]): Promise<QueryResult> };

export function transactionQueueDb(t: Tx): QueueDb {
  // Positional parameters ($1…) as pg-boss writes them, on the transaction's own connection.
  const run = (text: string, values: unknown[]) =>
    t._.session
      .prepareQuery({ sql: text, params: values }, undefined, undefined, false)
      .execute() as Promise<QueryResult>;
  return {
    async executeSql(text, values) {
      const before = await run("select current_setting('role') as role", []);
      const role = String(before.rows[0]?.role ?? "none");
      await run("select set_config('role', 'none', true)", []);
      const result = await run(text, values);
      await run("select set_config('role', $1, true)", [role]);
      return result;
    },
  };
}
