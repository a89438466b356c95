// Checks of the rush benchmark, read straight from the database.
import { systemCtx } from "../../src/server/modules/access";
import { runAllocation } from "../../src/server/modules/market";
import type { Database } from "../../src/server/platform/db/pool";
import { seedPreOrders, seedProduct } from "./rush-seed";

export async function checkShelf(
  database: Database,
  productId: string,
  intake: number,
  acknowledged: number,
  codes: string[] = [],
) {
  const sold = await database.pool.query<{ sold: number; orders: number }>(
    "select coalesce(sum(quantity), 0)::int as sold, count(*)::int as orders from market.order_items where product_id = $1",
    [productId],
  );
  const shelf = await database.pool.query<{ qty: number; negative: number }>(
    "select coalesce(sum(qty), 0)::int as qty, count(*) filter (where qty < 0)::int as negative from market.stock_slots where product_id = $1",
    [productId],
  );
  const ledger = await database.pool.query<{ n: number }>(
    "select coalesce(sum(delta), 0)::int as n from market.stock_ledger where product_id = $1",
    [productId],
  );
  const found = codes.length
    ? ((
        await database.pool.query<{ n: number }>(
          "select count(*)::int as n from market.orders where code = any($1)",
          [codes],
        )
      ).rows[0]?.n ?? 0)
    : acknowledged;
  const s = sold.rows[0] ?? { sold: 0, orders: 0 };
  const q = shelf.rows[0] ?? { qty: 0, negative: 0 };
  return {
    sold: s.sold,
    ordersInDb: s.orders,
    acknowledged,
    missing: codes.length ? codes.length - found : Math.max(acknowledged - s.orders, 0),
    shelf: q.qty,
    ledger: ledger.rows[0]?.n ?? 0,
    consistent:
      q.negative === 0 && s.sold <= intake && q.qty === intake - s.sold && (ledger.rows[0]?.n ?? 0) === q.qty,
  };
}

export async function runAllocationBench(database: Database, port: number) {
  const day = new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
  const productId = await seedProduct(database, {
    name: "Masker pra-pesan",
    stock: 2_000,
    date: day,
    pool: "preorder",
  });
  await seedPreOrders(database, { productId, date: day, orders: 10_000 });
  await database.pool.query("analyze market.orders; analyze market.order_items");
  const t0 = performance.now();
  const viaVerb = await runAllocation({
    ctx: systemCtx(database, "bench"),
    input: { productId, supplyDate: day },
  });
  const verbMs = Math.round(performance.now() - t0);
  const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: "konsultan.bench", password: "sinergi-bench-2020" }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const post = (path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${port}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify(body),
    });
  const t1 = performance.now();
  const res = await post("/api/market/allocations", { productId, supplyDate: day });
  const out = (await res.json()) as { runId: string; supply: number; buyers: number; allocated: unknown[] };
  const httpMs = Math.round(performance.now() - t1);
  const t2 = performance.now();
  const confirm = await post(`/api/market/allocations/${out.runId}/confirm`, { closeNow: true });
  await confirm.text();
  const confirmMs = Math.round(performance.now() - t2);
  return {
    supply: out.supply,
    orders: out.allocated.length,
    buyers: out.buyers,
    sameAsVerb: out.supply === viaVerb.supply,
    verbMs,
    httpMs,
    confirmMs,
    confirmStatus: confirm.status,
  };
}
