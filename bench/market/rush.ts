// Ready-stock rush against the real server (DESIGN.md §7): 10,000 orders from 200 concurrent HTTP
// clients on loopback; then the same with the server SIGKILLed mid-rush and restarted; then the
// allocation of 2,000 units over 10,000 stored pre-orders through the real verb and route.
// Run: node bin/run-ts.js bench/market/rush.ts   (PostgreSQL at RUSH_PG, default postgres://postgres@127.0.0.1:5432)
import { openDatabase } from "../../src/server/platform/db/pool";
import { appendResults } from "../results";
import { checkShelf, runAllocationBench } from "./rush-checks";
import {
  dropDatabase,
  freshDatabase,
  makeClient,
  percentile,
  type Reply,
  startServer,
  stopServer,
} from "./rush-kit";
import { seedKonsultan, seedProduct } from "./rush-seed";

const ORDERS = Number(process.env.RUSH_ORDERS ?? 10_000);
const CLIENTS = Number(process.env.RUSH_CLIENTS ?? 200);
const STOCK = Number(process.env.RUSH_STOCK ?? 15_000);
const PORT = 4300 + (process.pid % 500);
const DB = `sinergi_rush_${process.pid}`;

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

function orderFor(productId: string, i: number, next: () => number) {
  return {
    mode: "ready",
    items: [{ productId, quantity: 1 + Math.floor(next() * 3) }],
    buyer: { name: `Pembeli ${i}`, phone: `+62813${String(10_000_000 + i)}`, type: "individual" },
    fulfilment: { method: "pickup" },
  };
}

type Rush = { replies: Array<Reply & { code?: string; quantity: number }>; wallMs: number };

/** Fires `total` orders from `clients` concurrent clients; `onProgress` may kill the server mid-way. */
async function rush(
  port: number,
  productId: string,
  options: { from: number; to: number; seed: number; onProgress?: (done: number) => void },
): Promise<Rush> {
  const client = makeClient(port, CLIENTS);
  const next = rng(options.seed);
  const bodies = Array.from({ length: options.to - options.from }, (_, k) =>
    orderFor(productId, options.from + k, next),
  );
  const replies: Rush["replies"] = [];
  let cursor = 0;
  const started = Date.now();
  const worker = async () => {
    while (cursor < bodies.length) {
      const body = bodies[cursor++];
      if (!body) break;
      const reply = await client.post("/api/market/orders", body);
      const quantity = body.items[0]?.quantity ?? 0;
      replies.push(
        reply.status === 201
          ? { ...reply, code: (JSON.parse(reply.body) as { code: string }).code, quantity }
          : { ...reply, quantity },
      );
      options.onProgress?.(replies.length);
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  client.close();
  return { replies, wallMs: Date.now() - started };
}

function summarise(label: string, r: Rush) {
  const ok = r.replies.filter((x) => x.status === 201);
  const latencies = r.replies
    .filter((x) => x.status > 0)
    .map((x) => x.ms)
    .sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const x of r.replies) statuses.set(x.status, (statuses.get(x.status) ?? 0) + 1);
  const out = {
    label,
    requests: r.replies.length,
    perSecond: Math.round((r.replies.length / r.wallMs) * 1000),
    created: ok.length,
    sold: ok.reduce((s, x) => s + x.quantity, 0),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statuses: [...statuses].map(([s, n]) => `${s}:${n}`).join(" "),
  };
  console.log(
    `${label}: ${out.requests} requests in ${(r.wallMs / 1000).toFixed(2)} s = ${out.perSecond}/s; 201: ${out.created} (${out.sold} units); p50 ${out.p50.toFixed(1)} ms, p95 ${out.p95.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms; statuses ${out.statuses}`,
  );
  return out;
}

const url = await freshDatabase(DB);
let server = await startServer({ port: PORT, databaseUrl: url });
const database = openDatabase(url, { max: 4 });
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const lines: string[] = [];
try {
  // Warm-up: JIT, pool connections, caches (not counted).
  const warm = await seedProduct(database, {
    name: "Masker pemanasan",
    stock: 100_000,
    date: today,
    pool: "ready",
  });
  await rush(PORT, warm, { from: 900_000, to: 902_000, seed: 7 });

  const productA = await seedProduct(database, {
    name: "Masker rush",
    stock: STOCK,
    date: today,
    pool: "ready",
  });
  const a = summarise("rush", await rush(PORT, productA, { from: 0, to: ORDERS, seed: 1 }));
  const shelfA = await checkShelf(database, productA, STOCK, (await Promise.resolve(a)).created);
  console.log(`rush check: ${JSON.stringify(shelfA)}`);

  const productB = await seedProduct(database, {
    name: "Masker crash",
    stock: STOCK,
    date: today,
    pool: "ready",
  });
  let killedAt = 0;
  const before = await rush(PORT, productB, {
    from: 100_000,
    to: 100_000 + ORDERS,
    seed: 2,
    onProgress: (done) => {
      if (killedAt === 0 && done >= ORDERS * 0.4) {
        killedAt = done;
        server.child.kill("SIGKILL");
      }
    },
  });
  const acked = before.replies.filter((x) => x.status === 201);
  if (server.child.exitCode === null && server.child.signalCode === null)
    await new Promise((r) => server.child.once("exit", r));
  server = await startServer({ port: PORT, databaseUrl: url });
  const crashCheck = await checkShelf(
    database,
    productB,
    STOCK,
    acked.length,
    acked.map((x) => x.code ?? ""),
  );
  console.log(
    `crash: SIGKILL after ${killedAt} answers; ${acked.length} acknowledged; check ${JSON.stringify(crashCheck)}`,
  );
  const after = summarise(
    "after restart",
    await rush(PORT, productB, { from: 200_000, to: 200_000 + 2_000, seed: 3 }),
  );
  const finalCheck = await checkShelf(database, productB, STOCK, acked.length + after.created);
  console.log(`after restart check: ${JSON.stringify(finalCheck)}`);

  await seedKonsultan(database);
  const alloc = await runAllocationBench(database, PORT);
  console.log(`allocation: ${JSON.stringify(alloc)}`);

  lines.push(
    `Ready-stock rush, \`node bin/run-ts.js bench/market/rush.ts\`: real server (\`node bin/sinergi.js serve\`, MARKET_RATE_LIMIT=off, LOG_LEVEL=warn) on PostgreSQL 15 (durable commits) at 127.0.0.1, load generator (node:http keep-alive) on the same 2 cores.`,
    "",
    "| run | requests | orders/s | 201 | units sold | stock | p50 | p95 | p99 | statuses |",
    "|---|---|---|---|---|---|---|---|---|---|",
    `| ${ORDERS} orders, ${CLIENTS} clients | ${a.requests} | ${a.perSecond} | ${a.created} | ${shelfA.sold} | ${STOCK} | ${a.p50.toFixed(1)} ms | ${a.p95.toFixed(1)} ms | ${a.p99.toFixed(1)} ms | ${a.statuses} |`,
    "",
    `- Oversell check: sold ${shelfA.sold} ≤ stock ${STOCK}, shelf left ${shelfA.shelf} = intake − sold: ${shelfA.consistent}; every 201 has its order in the database: ${shelfA.ordersInDb === a.created}.`,
    `- Crash: SIGKILL after ${killedAt} answers; ${acked.length} orders acknowledged, all in the database after restart: ${crashCheck.missing === 0} (missing ${crashCheck.missing}); orders in the database ${crashCheck.ordersInDb} (committed but unanswered ones included); stock = intake − sold: ${crashCheck.consistent}; after restart ${after.created} more orders, still consistent: ${finalCheck.consistent}.`,
    `- Allocation of ${alloc.supply} units over ${alloc.orders} stored pre-orders (${alloc.buyers} buyers): verb ${alloc.verbMs} ms, HTTP \`POST /api/market/allocations\` ${alloc.httpMs} ms, confirm ${alloc.confirmMs} ms.`,
  );
  // RUSH_APPEND=0 for trial runs that should not land in bench/RESULTS.md.
  if (process.env.RUSH_APPEND !== "0")
    appendResults("Market: ready-stock rush, crash, allocation (bench/market/rush.ts)", lines);
} finally {
  await stopServer(server).catch(() => {});
  await database.close();
  await dropDatabase(DB).catch(() => {});
}
