// Benchmark: allocate 2,000 units over 10,000 pre-orders (target ≤ 1 s, see bench/RESULTS.md), pure code only:
// validation, grouping, water-filling, the SHA-256 lottery and every buyer's explanation.
// Run: node bin/run-ts.js bench/market/allocate.ts

import { allocateSupply } from "../../src/server/modules/market/domain/allocate-supply";
import type { AllocationPolicyKind, PreOrder } from "../../src/server/modules/market/domain/allocation-types";
import { explainAllocations } from "../../src/server/modules/market/domain/explain-allocation";
import { xorshift32 } from "../../src/shared/rng";

const SUPPLY = 2_000;
const ORDERS = 10_000;
const RUNS = 7;

function makePreOrders(): PreOrder[] {
  const next = xorshift32(20200407);
  const start = Date.UTC(2020, 3, 6, 0, 0);
  return Array.from({ length: ORDERS }, (_, i) => {
    const isInstitution = next() < 0.02;
    // ~7,000 buyers: some order more than once. Most want a few masks, some hundreds.
    const buyer = Math.floor(next() * 7_000);
    const quantity = isInstitution ? 100 + Math.floor(next() * 900) : 1 + Math.floor(next() ** 3 * 200);
    return {
      orderId: `order-${i}`,
      buyerKey: `${isInstitution ? "inst" : "buyer"}-${buyer}`,
      quantity,
      createdAt: new Date(start + Math.floor(next() * 86_400_000)),
      kind: isInstitution ? "institution" : "individual",
      // ~200 institution orders with a small contracted quota, so both pools are used.
      ...(isInstitution ? { quota: 5 } : {}),
    };
  });
}

type Timing = {
  allocateMs: number;
  totalMs: number;
  allocated: number;
  level: number | null;
  lottery: number;
};

function timeOnce(preOrders: PreOrder[], kind: AllocationPolicyKind): Timing {
  const t = performance.now();
  const out = allocateSupply({
    supply: SUPPLY,
    preOrders,
    policy: { kind, seed: "2020-04-07/masker", perBuyerCap: 50 },
    unit: { id: "masker", en: "masks" },
  });
  if (!out.ok) throw new Error(out.error.code);
  const allocateMs = performance.now() - t;
  const texts = explainAllocations(out.result, "id");
  const totalMs = performance.now() - t;
  if (texts.size !== ORDERS) throw new Error("missing explanations");
  const { totals, publicPool } = out.result;
  if (totals.allocated > SUPPLY) throw new Error("oversold");
  return {
    allocateMs,
    totalMs,
    allocated: totals.allocated,
    level: publicPool.level,
    lottery: publicPool.lotteryUnits,
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const preOrders = makePreOrders();
const buyers = new Set(preOrders.map((o) => o.buyerKey)).size;
console.log(`allocate ${SUPPLY} units over ${ORDERS} pre-orders (${buyers} buyers), node ${process.version}`);
for (const kind of ["equal", "fifo", "institution_quota"] as const) {
  const runs = Array.from({ length: RUNS }, () => timeOnce(preOrders, kind));
  const first = runs[0];
  const last = runs[RUNS - 1];
  if (!first || !last) throw new Error("no runs");
  const worst = Math.max(...runs.map((r) => r.totalMs));
  console.log(
    `${kind.padEnd(17)} allocate: first ${first.allocateMs.toFixed(1)} ms, median ${median(runs.map((r) => r.allocateMs)).toFixed(1)} ms; ` +
      `with all ${ORDERS} explanations: first ${first.totalMs.toFixed(1)} ms, median ${median(runs.map((r) => r.totalMs)).toFixed(1)} ms ` +
      `(${RUNS} runs); allocated ${last.allocated}, level ${last.level ?? "-"}, lottery units ${last.lottery}; ` +
      `target ≤ 1000 ms: ${worst <= 1000 ? "met" : "MISSED"}`,
  );
}
