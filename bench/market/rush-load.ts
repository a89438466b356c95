// Load generation of the rush benchmark: closed loop (200 clients, each sends its next order when
// the previous one is answered) and open loop (orders started at a fixed rate over the same sockets).

import { xorshift32 } from "../../src/shared/rng";
import { makeClient, percentile, type Reply } from "./rush-kit";

export type Answer = Reply & { code?: string; quantity: number };
export type Run = { replies: Answer[]; wallMs: number };

/** Orders of 1–3 units from distinct buyers (phone numbers from the index). */
export function makeOrders(productId: string, from: number, count: number, seed: number) {
  const next = xorshift32(seed);
  return Array.from({ length: count }, (_, k) => ({
    mode: "ready",
    items: [{ productId, quantity: 1 + Math.floor(next() * 3) }],
    buyer: {
      name: `Pembeli ${from + k}`,
      phone: `+62813${String(10_000_000 + from + k)}`,
      type: "individual",
    },
    fulfilment: { method: "pickup" },
  }));
}

type Body = ReturnType<typeof makeOrders>[number];

function answer(reply: Reply, body: Body): Answer {
  const quantity = body.items[0]?.quantity ?? 0;
  return reply.status === 201
    ? { ...reply, code: (JSON.parse(reply.body) as { code: string }).code, quantity }
    : { ...reply, quantity };
}

/** Closed loop: `clients` workers, each posting its next order as soon as the previous one is answered. */
export async function closedLoop(
  port: number,
  bodies: Body[],
  clients: number,
  onAnswer?: (n: number) => void,
): Promise<Run> {
  const client = makeClient(port, clients);
  const replies: Answer[] = [];
  let cursor = 0;
  const started = Date.now();
  const worker = async () => {
    while (cursor < bodies.length) {
      const body = bodies[cursor++];
      if (!body) break;
      replies.push(answer(await client.post("/api/market/orders", body), body));
      onAnswer?.(replies.length);
    }
  };
  await Promise.all(Array.from({ length: clients }, worker));
  client.close();
  return { replies, wallMs: Date.now() - started };
}

/** Open loop: order i starts at i/rate seconds, over at most `clients` sockets (latency includes queueing). */
export async function openLoop(port: number, bodies: Body[], clients: number, rate: number): Promise<Run> {
  const client = makeClient(port, clients);
  const started = Date.now();
  const pending: Promise<Answer>[] = [];
  for (const [i, body] of bodies.entries()) {
    const due = started + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    pending.push(client.post("/api/market/orders", body).then((reply) => answer(reply, body)));
  }
  const replies = await Promise.all(pending);
  client.close();
  return { replies, wallMs: Date.now() - started };
}

export type Summary = {
  requests: number;
  perSecond: number;
  created: number;
  sold: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: string;
};

export function summarise(label: string, r: Run): Summary {
  const ok = r.replies.filter((x) => x.status === 201);
  const latencies = r.replies
    .filter((x) => x.status > 0)
    .map((x) => x.ms)
    .sort((a, b) => a - b);
  const statuses = new Map<number, number>();
  for (const x of r.replies) statuses.set(x.status, (statuses.get(x.status) ?? 0) + 1);
  const out = {
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
    `${label}: ${out.requests} requests in ${(r.wallMs / 1000).toFixed(2)} s = ${out.perSecond}/s; 201: ${out.created} (${out.sold} units); ` +
      `p50 ${out.p50.toFixed(1)} ms, p95 ${out.p95.toFixed(1)} ms, p99 ${out.p99.toFixed(1)} ms; statuses ${out.statuses}`,
  );
  return out;
}

export const row = (label: string, s: Summary, stock: number | string) =>
  `| ${label} | ${s.requests} | ${s.perSecond} | ${s.created} | ${s.sold} | ${stock} | ${s.p50.toFixed(1)} ms | ${s.p95.toFixed(1)} ms | ${s.p99.toFixed(1)} ms | ${s.statuses} |`;
