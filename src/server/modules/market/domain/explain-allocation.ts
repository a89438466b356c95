// Tells each buyer, in their language, what they got and why: "Anda memesan 200; 2.000 masker untuk
// 57 pembeli; Anda menerima 35." followed by the rule that limited them.

import { groupDigits } from "../../../../shared/money";
import type { AllocationResult, OrderAllocation, PoolSummary } from "./allocation-types";

export type Lang = "id" | "en";

type Words = {
  n: (x: number) => string;
  unit: string;
  result: AllocationResult;
  order: OrderAllocation;
  pool: PoolSummary;
};

function reasonId(w: Words): string {
  const { order, pool, unit, n, result } = w;
  const lottery =
    order.buyer.lottery === "not_drawn"
      ? ""
      : `; sisa ${n(pool.lotteryUnits)} ${unit} diundi di antara ${n(pool.lotteryCandidates)} pembeli dengan kode undian "${result.seed}" dan Anda ${order.buyer.lottery === "won" ? "mendapat 1 tambahan" : "tidak terpilih"}`;
  switch (order.reason) {
    case "filled":
      return "Pesanan Anda terpenuhi seluruhnya.";
    case "per_buyer_cap":
      return `Setiap pembeli menerima paling banyak ${n(result.policy.perBuyerCap ?? order.buyer.entitled)} ${unit}.`;
    case "sold_out":
      return "Pesanan dilayani menurut urutan waktu pesan; persediaan habis sebelum pesanan Anda terpenuhi.";
    case "quota":
      return `Instansi Anda menerima kuota kontrak ${n(order.buyer.entitled)} ${unit}.`;
    case "equal_share":
      return pool.level === 0
        ? `Persediaan tidak cukup untuk 1 ${unit} per pembeli${lottery}.`
        : `Persediaan dibagi rata: setiap pembeli menerima paling banyak ${n(pool.level ?? 0)} ${unit}${lottery}.`;
  }
}

function reasonEn(w: Words): string {
  const { order, pool, unit, n, result } = w;
  const lottery =
    order.buyer.lottery === "not_drawn"
      ? ""
      : `; the remaining ${n(pool.lotteryUnits)} ${unit} were drawn by lottery among ${n(pool.lotteryCandidates)} buyers with seed "${result.seed}" and you ${order.buyer.lottery === "won" ? "won 1 extra" : "were not drawn"}`;
  switch (order.reason) {
    case "filled":
      return "Your order is filled in full.";
    case "per_buyer_cap":
      return `Each buyer receives at most ${n(result.policy.perBuyerCap ?? order.buyer.entitled)} ${unit}.`;
    case "sold_out":
      return "Orders are served by time of ordering; the supply ran out before your order was filled.";
    case "quota":
      return `Your institution receives its contracted quota of ${n(order.buyer.entitled)} ${unit}.`;
    case "equal_share":
      return pool.level === 0
        ? `The supply is not enough for 1 ${unit} per buyer${lottery}.`
        : `The supply is shared equally: each buyer receives at most ${n(pool.level ?? 0)} ${unit}${lottery}.`;
  }
}

function severalOrders(w: Words, lang: Lang): string {
  const { order, n } = w;
  if (order.buyer.orders <= 1) return "";
  return lang === "id"
    ? ` Total pesanan Anda ${n(order.buyer.demand)} dalam ${n(order.buyer.orders)} pesanan dan Anda menerima ${n(order.buyer.allocated)}; jatah Anda diberikan ke pesanan paling awal lebih dulu.`
    : ` You ordered ${n(order.buyer.demand)} in ${n(order.buyer.orders)} orders and receive ${n(order.buyer.allocated)} in all; your share goes to your earliest orders first.`;
}

function explainOrder(result: AllocationResult, order: OrderAllocation, lang: Lang): string {
  const n = (x: number): string => groupDigits(x, lang === "id" ? "." : ",");
  const pool = order.pool === "quota" && result.quotaPool ? result.quotaPool : result.publicPool;
  const unit = lang === "id" ? result.unit.id : result.unit.en;
  const w: Words = { n, unit, result, order, pool };
  const { supply, buyers } = result.totals;
  const head =
    lang === "id"
      ? `Anda memesan ${n(order.requested)}; ${n(supply)} ${unit} untuk ${n(buyers)} pembeli; Anda menerima ${n(order.allocated)}.`
      : `You ordered ${n(order.requested)}; ${n(supply)} ${unit} for ${n(buyers)} buyers; you receive ${n(order.allocated)}.`;
  const reason = lang === "id" ? reasonId(w) : reasonEn(w);
  return `${head} ${reason}${severalOrders(w, lang)}`;
}

/**
 * The explanation shown to the buyer of `orderId`, e.g. "Anda memesan 200; 2.000 masker untuk
 * 57 pembeli; Anda menerima 35. Persediaan dibagi rata: …". Undefined when the order is not in the run.
 */
export function explainAllocation(result: AllocationResult, orderId: string, lang: Lang): string | undefined {
  const order = result.allocations.find((a) => a.orderId === orderId);
  return order ? explainOrder(result, order, lang) : undefined;
}

/** Explanations for every order of a run at once (orderId → text), for storing with the result. */
export function explainAllocations(result: AllocationResult, lang: Lang): Map<string, string> {
  return new Map(result.allocations.map((a) => [a.orderId, explainOrder(result, a, lang)]));
}
