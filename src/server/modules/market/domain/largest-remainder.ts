// Splitting whole units (Rupiah, masks) in proportion without losing or inventing one: every part
// gets the floor of its exact share, and the units left over go one each to the largest fractional
// remainders (ties to the earlier item, so callers order items by a stable key). BigInt keeps the
// products exact however large the amounts.

/** Splits `total` (integer, may be negative) in proportion to non-negative integer `weights`. */
export function splitByLargestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError(`total must be an integer: ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0))
    throw new RangeError("weights must be integers ≥ 0");
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (total === 0) return weights.map(() => 0);
  if (weightSum === 0) throw new RangeError("cannot split a non-zero total over zero weights");
  if (total < 0) return splitByLargestRemainder(-total, weights).map((x) => (x === 0 ? 0 : -x));
  const t = BigInt(total);
  const sum = BigInt(weightSum);
  const parts = weights.map((w, index) => {
    const exact = t * BigInt(w);
    return { index, floor: exact / sum, remainder: exact % sum };
  });
  let left = total - parts.reduce((s, p) => s + Number(p.floor), 0);
  const order = [...parts].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  const out = parts.map((p) => Number(p.floor));
  for (const p of order) {
    if (left === 0) break;
    out[p.index] = (out[p.index] ?? 0) + 1;
    left--;
  }
  return out;
}

/** Rounds numerator/denominator to the nearest integer, halves upwards (towards +∞). */
export function roundHalfUp(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError("denominator must be positive");
  const doubled = 2n * numerator + denominator;
  const twice = 2n * denominator;
  // BigInt division truncates towards zero; floor it for negative numerators.
  const q = doubled / twice;
  return Number(doubled % twice !== 0n && doubled < 0n ? q - 1n : q);
}

export type CappedClaim = { weight: number; cap: number };

/**
 * Splits `total` in proportion to weights, never giving an item more than its cap: items whose
 * share would pass their cap get the cap, and the rest is re-split among the others (repeatedly).
 * Returns the parts and what could not be placed because every item hit its cap.
 */
export function splitProportionalCapped(
  total: number,
  claims: readonly CappedClaim[],
): { parts: number[]; unplaced: number } {
  const parts = claims.map(() => 0);
  const active = new Set(claims.map((_, i) => i).filter((i) => (claims[i]?.cap ?? 0) > 0));
  let left = total;
  for (;;) {
    const indices = [...active];
    const weightSum = indices.reduce((s, i) => s + (claims[i]?.weight ?? 0), 0);
    if (left <= 0 || indices.length === 0) break;
    // Items with zero weight only take units once weighted items are all capped.
    const effective = weightSum === 0 ? indices.map(() => 1) : indices.map((i) => claims[i]?.weight ?? 0);
    const effectiveSum = effective.reduce((s, w) => s + w, 0);
    const over = indices.filter(
      (i, k) => BigInt(left) * BigInt(effective[k] ?? 0) > BigInt(claims[i]?.cap ?? 0) * BigInt(effectiveSum),
    );
    if (over.length === 0) {
      const split = splitByLargestRemainder(left, effective);
      indices.forEach((i, k) => {
        parts[i] = split[k] ?? 0;
      });
      left = 0;
      break;
    }
    for (const i of over) {
      parts[i] = claims[i]?.cap ?? 0;
      left -= parts[i] ?? 0;
      active.delete(i);
    }
  }
  return { parts, unplaced: Math.max(left, 0) };
}
