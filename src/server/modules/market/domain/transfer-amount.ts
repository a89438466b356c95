// Bank transfers carry no reference a small PLUT can rely on, so each open transfer order gets its
// own amount: the order total plus a unique code of Rp1–999 ("kode unik"). A statement line with that
// exact amount then points at one order. Only for bank transfers: QRIS forbids surcharges and carries
// the order code in the payload instead.

import type { RandomInt } from "./order-code";

export const UNIQUE_CODE_MIN = 1;
export const UNIQUE_CODE_MAX = 999;

export type AssignTransferAmountResult =
  | { ok: true; amount: number; uniqueCode: number }
  | { ok: false; reason: "INVALID_BASE" | "NO_FREE_CODE" };

/**
 * Picks a unique code so that `base + code` differs from every amount still awaited on open orders.
 * The code is drawn at random among the free ones, so amounts do not reveal how many orders are open.
 */
export function assignTransferAmount(options: {
  base: number;
  openAmounts: ReadonlySet<number>;
  random: RandomInt;
}): AssignTransferAmountResult {
  const { base, openAmounts } = options;
  if (!Number.isSafeInteger(base) || base <= 0) return { ok: false, reason: "INVALID_BASE" };
  const free: number[] = [];
  for (let code = UNIQUE_CODE_MIN; code <= UNIQUE_CODE_MAX; code++) {
    if (!openAmounts.has(base + code)) free.push(code);
  }
  if (free.length === 0) return { ok: false, reason: "NO_FREE_CODE" };
  const uniqueCode = free[options.random(free.length)];
  if (uniqueCode === undefined) throw new RangeError("random index out of range");
  return { ok: true, amount: base + uniqueCode, uniqueCode };
}
