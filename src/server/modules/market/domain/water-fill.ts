// Uniform allocation ("water-filling"): every claimant gets min(entitled, λ) with λ the largest
// integer whose total fits the supply; the indivisible remainder goes one unit each to claimants
// still short, chosen by the seeded lottery. Buyers under this rule have no reason to inflate orders.

import { drawWinners } from "./lottery";

export type Claim = { key: string; entitled: number };

export type WaterFillResult = {
  allocated: Map<string, number>;
  /** Null when the supply covers every claim in full. */
  level: number | null;
  lotteryUnits: number;
  lotteryCandidates: string[];
  winners: Set<string>;
};

/** The equal share λ and the units left over after giving everyone min(entitled, λ). */
export function waterLevel(
  entitlements: readonly number[],
  supply: number,
): { level: number | null; remainder: number } {
  let total = 0;
  for (const e of entitlements) total += e;
  if (total <= supply) return { level: null, remainder: 0 };
  const sorted = [...entitlements].sort((a, b) => a - b);
  let left = supply;
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] ?? 0;
    const remainingClaimants = sorted.length - i;
    if (e * remainingClaimants > left) {
      const level = Math.floor(left / remainingClaimants);
      return { level, remainder: left - level * remainingClaimants };
    }
    left -= e;
  }
  // Unreachable: total > supply means some claimant is not covered.
  throw new Error("water level not found");
}

/** Allocates `supply` over the claims (keys distinct) by water-filling plus the seeded lottery. */
export function waterFill(options: {
  claims: readonly Claim[];
  supply: number;
  seed: string;
}): WaterFillResult {
  const { claims, supply, seed } = options;
  const { level, remainder } = waterLevel(
    claims.map((c) => c.entitled),
    supply,
  );
  const allocated = new Map<string, number>();
  if (level === null) {
    for (const c of claims) allocated.set(c.key, c.entitled);
    return { allocated, level, lotteryUnits: 0, lotteryCandidates: [], winners: new Set() };
  }
  const candidates = claims.filter((c) => c.entitled > level).map((c) => c.key);
  const winners = drawWinners({ seed, keys: candidates, count: remainder });
  for (const c of claims) {
    allocated.set(c.key, Math.min(c.entitled, level) + (winners.has(c.key) ? 1 : 0));
  }
  return { allocated, level, lotteryUnits: remainder, lotteryCandidates: candidates, winners };
}
