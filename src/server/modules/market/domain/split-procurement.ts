// An office orders N units for a date (S5: the regency buys all its masks from local UMKM). The order
// is split across producers in proportion to what each can deliver by then — daily capacity × days
// plus stock on hand — with largest-remainder rounding; a producer never gets more than it can make
// (or its own stated maximum), and what one cannot take is re-split among the others.

import { groupDigits } from "../../../../shared/money";
import { splitProportionalCapped } from "./largest-remainder";

export type ProducerCapacity = {
  producerId: string;
  dailyCapacity: number;
  stock: number;
  /** Most units this producer accepts for the order, if it says so. */
  maxUnits?: number;
};

export type ProcurementShare = {
  producerId: string;
  dailyCapacity: number;
  days: number;
  stock: number;
  /** dailyCapacity × days + stock: the weight of this producer's share. */
  capacity: number;
  /** What the producer may receive: capacity, or maxUnits when lower. */
  limit: number;
  assigned: number;
  reason: "proportional" | "at_limit" | "no_capacity";
};

export type SplitProcurementResult =
  | {
      ok: true;
      quantity: number;
      totalCapacity: number;
      assigned: number;
      unfilled: number;
      shares: ProcurementShare[];
    }
  | {
      ok: false;
      error: {
        code: "INVALID_QUANTITY" | "INVALID_DAYS" | "INVALID_PRODUCER" | "DUPLICATE_PRODUCER";
        ref?: string;
      };
    };

const isCount = (n: number | undefined): boolean => n === undefined || (Number.isSafeInteger(n) && n >= 0);

/** Splits `quantity` units to be delivered in `days` production days; shares sorted by producerId. */
export function splitProcurement(options: {
  quantity: number;
  days: number;
  producers: readonly ProducerCapacity[];
}): SplitProcurementResult {
  const { quantity, days } = options;
  if (!isCount(quantity) || quantity === 0) return { ok: false, error: { code: "INVALID_QUANTITY" } };
  if (!isCount(days)) return { ok: false, error: { code: "INVALID_DAYS" } };
  const seen = new Set<string>();
  for (const p of options.producers) {
    if (seen.has(p.producerId))
      return { ok: false, error: { code: "DUPLICATE_PRODUCER", ref: p.producerId } };
    seen.add(p.producerId);
    if (!isCount(p.dailyCapacity) || !isCount(p.stock) || !isCount(p.maxUnits)) {
      return { ok: false, error: { code: "INVALID_PRODUCER", ref: p.producerId } };
    }
  }
  const producers = [...options.producers].sort((a, b) =>
    a.producerId < b.producerId ? -1 : a.producerId > b.producerId ? 1 : 0,
  );
  const capacities = producers.map((p) => p.dailyCapacity * days + p.stock);
  const limits = producers.map((p, i) => Math.min(capacities[i] ?? 0, p.maxUnits ?? Number.MAX_SAFE_INTEGER));
  const { parts, unplaced } = splitProportionalCapped(
    quantity,
    producers.map((_, i) => ({ weight: capacities[i] ?? 0, cap: limits[i] ?? 0 })),
  );
  const shares = producers.map((p, i): ProcurementShare => {
    const limit = limits[i] ?? 0;
    const assigned = parts[i] ?? 0;
    return {
      producerId: p.producerId,
      dailyCapacity: p.dailyCapacity,
      days,
      stock: p.stock,
      capacity: capacities[i] ?? 0,
      limit,
      assigned,
      reason: limit === 0 ? "no_capacity" : assigned === limit ? "at_limit" : "proportional",
    };
  });
  return {
    ok: true,
    quantity,
    totalCapacity: capacities.reduce((s, c) => s + c, 0),
    assigned: quantity - unplaced,
    unfilled: unplaced,
    shares,
  };
}

/**
 * Why a producer got its share, e.g. "Kapasitas 50/hari × 5 hari + stok 20 = 270 dari total
 * 10.800; menerima 250 dari 10.000 unit." Undefined for an unknown producer or a failed split.
 */
export function explainProcurementShare(
  result: SplitProcurementResult,
  producerId: string,
  lang: "id" | "en",
): string | undefined {
  if (!result.ok) return undefined;
  const s = result.shares.find((x) => x.producerId === producerId);
  if (!s) return undefined;
  const n = (x: number): string => groupDigits(x, lang === "id" ? "." : ",");
  if (lang === "id") {
    const base = `Kapasitas ${n(s.dailyCapacity)}/hari × ${n(s.days)} hari + stok ${n(s.stock)} = ${n(s.capacity)} dari total ${n(result.totalCapacity)}; menerima ${n(s.assigned)} dari ${n(result.quantity)} unit.`;
    if (s.reason === "no_capacity") return `${base} Tidak ada kapasitas untuk tanggal ini.`;
    if (s.reason === "at_limit") return `${base} Sudah penuh sesuai batas ${n(s.limit)}.`;
    return `${base} Pembagian sebanding dengan kapasitas.`;
  }
  const base = `Capacity ${n(s.dailyCapacity)}/day × ${n(s.days)} days + stock ${n(s.stock)} = ${n(s.capacity)} of ${n(result.totalCapacity)} in total; receives ${n(s.assigned)} of ${n(result.quantity)} units.`;
  if (s.reason === "no_capacity") return `${base} No capacity for this date.`;
  if (s.reason === "at_limit") return `${base} Full up to its limit of ${n(s.limit)}.`;
  return `${base} Shares are proportional to capacity.`;
}
