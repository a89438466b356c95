// Ready-stock rush against the real server (targets in bench/RESULTS.md): 10,000 orders from 200 concurrent HTTP
// clients on loopback (closed loop, demand beyond the stock); the same count offered at a steady
// 1,000 orders/s (open loop); the rush with the server SIGKILLed mid-way and restarted; and the
// allocation of 2,000 units over 10,000 stored pre-orders through the real verb and route.
// Run: node bin/run-ts.js bench/market/rush.ts   (PostgreSQL at RUSH_PG, default postgres://postgres@127.0.0.1:5432;
// RUSH_APPEND=0 for a trial run that does not append to bench/RESULTS.md)
import { openDatabase } from "../../src/server/platform/db/pool";
import { appendResults } from "../results";
import { checkShelf, runAllocationBench } from "./rush-checks";
import { dropDatabase, freshDatabase, startServer, stopServer } from "./rush-kit";
import { closedLoop, makeOrders, openLoop, row, summarise } from "./rush-load";
import { seedKonsultan, seedProduct } from "./rush-seed";

const ORDERS = Number(process.env.RUSH_ORDERS ?? 10_000);
const CLIENTS = Number(process.env.RUSH_CLIENTS ?? 200);
const STOCK = Number(process.env.RUSH_STOCK ?? 15_000);
const RATE = Number(process.env.RUSH_RATE ?? 1_000);
const PORT = 4300 + (process.pid % 500);
const DB = `sinergi_rush_${process.pid}`;

const url = await freshDatabase(DB);
let server = await startServer({ port: PORT, databaseUrl: url });
const database = openDatabase(url, { max: 4 });
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const product = (name: string, stock: number) =>
  seedProduct(database, { name, stock, date: today, pool: "ready" });
try {
  // Warm-up (not counted): JIT, connections, caches.
  await closedLoop(PORT, makeOrders(await product("Masker pemanasan", 100_000), 900_000, 2_000, 7), CLIENTS);

  const productA = await product("Masker rush", STOCK);
  const a = summarise("closed loop", await closedLoop(PORT, makeOrders(productA, 0, ORDERS, 1), CLIENTS));
  const shelfA = await checkShelf(database, productA, STOCK, a.created);
  const deadlocks = async () =>
    (
      await database.pool.query<{ n: number }>(
        "select deadlocks::int as n from pg_stat_database where datname = current_database()",
      )
    ).rows[0]?.n ?? 0;
  console.log(`closed loop check: ${JSON.stringify(shelfA)}, deadlocks so far ${await deadlocks()}`);

  const productO = await product("Masker tetap", 1_000_000);
  const o = summarise(
    `open loop ${RATE}/s`,
    await openLoop(PORT, makeOrders(productO, 300_000, ORDERS, 4), CLIENTS, RATE),
  );
  const shelfO = await checkShelf(database, productO, 1_000_000, o.created);

  const productB = await product("Masker crash", STOCK);
  let killedAt = 0;
  const before = await closedLoop(PORT, makeOrders(productB, 100_000, ORDERS, 2), CLIENTS, (n) => {
    if (killedAt === 0 && n >= ORDERS * 0.4) {
      killedAt = n;
      server.child.kill("SIGKILL");
    }
  });
  const acked = before.replies.filter((x) => x.status === 201);
  if (server.child.exitCode === null && server.child.signalCode === null)
    await new Promise((r) => server.child.once("exit", r));
  server = await startServer({ port: PORT, databaseUrl: url });
  const crash = await checkShelf(
    database,
    productB,
    STOCK,
    acked.length,
    acked.map((x) => x.code ?? ""),
  );
  console.log(
    `crash: SIGKILL after ${killedAt} answers; ${acked.length} acknowledged; check ${JSON.stringify(crash)}`,
  );
  const after = summarise(
    "after restart",
    await closedLoop(PORT, makeOrders(productB, 200_000, 2_000, 3), CLIENTS),
  );
  const final = await checkShelf(database, productB, STOCK, acked.length + after.created);

  await seedKonsultan(database);
  const alloc = await runAllocationBench(database, PORT);
  console.log(`allocation: ${JSON.stringify(alloc)}`);

  const lines = [
    "Real server (`node bin/sinergi.js serve`, MARKET_RATE_LIMIT=off, LOG_LEVEL=warn) on PostgreSQL 15 at 127.0.0.1 (fsync and synchronous_commit on), load generator (node:http keep-alive, 200 sockets) on the same 2 cores; other helpers' jobs were running on the machine too.",
    "",
    "| run | requests | orders/s | 201 | units sold | stock | p50 | p95 | p99 | statuses |",
    "|---|---|---|---|---|---|---|---|---|---|",
    row(`closed loop: ${ORDERS} orders, ${CLIENTS} clients`, a, STOCK),
    row(`open loop: ${ORDERS} orders offered at ${RATE}/s`, o, "1000000"),
    row("after SIGKILL and restart", after, `${STOCK} (same product)`),
    "",
    `- Oversell: closed loop sold ${shelfA.sold} of ${STOCK} (demand ~20,000 units); shelf left ${shelfA.shelf}; ledger balance ${shelfA.ledger}; consistent ${shelfA.consistent}; every 201 in the database: ${shelfA.ordersInDb === a.created}. Open loop consistent: ${shelfO.consistent}.`,
    `- Crash: SIGKILL after ${killedAt} answers; ${acked.length} acknowledged orders, missing after restart: ${crash.missing}; ${crash.ordersInDb} orders in the database (committed but unanswered ones included); shelf = intake − sold: ${crash.consistent}; after ${after.created} more orders: ${final.consistent}.`,
    `- Closed loop latency is bounded by Little's law: 200 clients that always wait for their answer see on average 200 / throughput (≈ ${Math.round(200_000 / Math.max(a.perSecond, 1))} ms here); the open loop shows latency at a steady ${RATE} orders/s.`,
    `- Allocation of ${alloc.supply} units over ${alloc.orders} stored pre-orders (${alloc.buyers} buyers): verb ${alloc.verbMs} ms, HTTP \`POST /api/market/allocations\` ${alloc.httpMs} ms, confirm ${alloc.confirmMs} ms.`,
  ];
  if (process.env.RUSH_APPEND !== "0")
    appendResults("Market: ready-stock rush, crash, allocation (bench/market/rush.ts)", lines);
} finally {
  await stopServer(server).catch(() => {});
  await database.close();
  await dropDatabase(DB).catch(() => {});
}
