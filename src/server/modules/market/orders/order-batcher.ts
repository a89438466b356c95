// Group commit of store orders. During a rush, orders that arrive while earlier batches are being
// written are sent together to market.place_orders: one round trip and one durable commit (WAL flush)
// for many orders instead of one each. Every caller is answered only after its batch committed, so a
// 201 always means the order is on disk. A few batches run at once on separate connections.
import type { Database } from "../../../platform/db/pool";

export type BatchResult = { ok: true; code: string } | { ok: false; state: string; message: string };

type Waiting = { payload: unknown; resolve: (r: BatchResult) => void; reject: (e: unknown) => void };

const MAX_BATCH = 64;
const MAX_IN_FLIGHT = 4;

class OrderBatcher {
  private queue: Waiting[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(private readonly database: Database) {}

  submit(payload: unknown): Promise<BatchResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ payload, resolve, reject });
      this.schedule();
    });
  }

  // Waits one turn of the event loop so orders parsed in the same tick share a batch.
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.flush(batch).finally(() => {
        this.inFlight--;
        if (this.queue.length > 0) this.schedule();
      });
    }
  }

  private async flush(batch: Waiting[]): Promise<void> {
    try {
      const res = await this.database.pool.query<{ r: BatchResult[] }>(
        "select market.place_orders($1::jsonb) as r",
        [JSON.stringify(batch.map((w) => w.payload))],
      );
      const results = res.rows[0]?.r ?? [];
      batch.forEach((w, i) => {
        const r = results[i];
        if (r) w.resolve(r);
        else w.reject(new Error("market.place_orders left an order out"));
      });
    } catch (err) {
      for (const w of batch) w.reject(err);
    }
  }
}

const batchers = new WeakMap<Database, OrderBatcher>();

/** The batcher of a database (one per pool, created on first use). */
export function orderBatcher(database: Database): OrderBatcher {
  let b = batchers.get(database);
  if (!b) {
    b = new OrderBatcher(database);
    batchers.set(database, b);
  }
  return b;
}
