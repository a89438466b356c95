// Proposes which bank statement line paid which open order. Staff confirm every proposal: a match
// is a suggestion, never an automatic payment, and anything uncertain goes to review.

import { normaliseOrderCode } from "./order-code";

export type StatementLine = { lineId: string; date: string; amount: number; description: string };
export type OpenOrder = { orderId: string; code: string; amount: number; createdOn: string };

export type MatchProposal =
  | { kind: "match"; lineId: string; orderId: string; basis: "amount" | "amount_and_code" }
  | {
      kind: "review";
      lineId: string;
      orderIds: string[];
      reason: "AMBIGUOUS_AMOUNT" | "CODE_AMOUNT_MISMATCH" | "ORDER_CLAIMED_TWICE";
    }
  | { kind: "unmatched"; lineId: string };

/** Order codes written in a free-text transfer description ("TRF MSK-7KQ4XZP ANI"). */
function codesIn(description: string): Set<string> {
  const found = new Set<string>();
  for (const token of description.toUpperCase().split(/[^A-Z0-9-]+/)) {
    const r = normaliseOrderCode(token);
    if (r.ok) found.add(r.code);
  }
  return found;
}

function proposeForLine(line: StatementLine, orders: readonly OpenOrder[]): MatchProposal {
  const eligible = orders.filter((o) => o.createdOn <= line.date);
  const byAmount = eligible.filter((o) => o.amount === line.amount);
  const codes = codesIn(line.description);
  const byCode = eligible.filter((o) => codes.has(o.code));
  const both = byAmount.filter((o) => codes.has(o.code));
  if (both.length === 1 && both[0])
    return { kind: "match", lineId: line.lineId, orderId: both[0].orderId, basis: "amount_and_code" };
  if (byCode.length > 0 && byAmount.length === 0) {
    // The buyer named an order but paid a different amount: a person must look.
    return {
      kind: "review",
      lineId: line.lineId,
      orderIds: byCode.map((o) => o.orderId),
      reason: "CODE_AMOUNT_MISMATCH",
    };
  }
  if (byAmount.length === 1 && byAmount[0])
    return { kind: "match", lineId: line.lineId, orderId: byAmount[0].orderId, basis: "amount" };
  if (byAmount.length > 1) {
    return {
      kind: "review",
      lineId: line.lineId,
      orderIds: byAmount.map((o) => o.orderId),
      reason: "AMBIGUOUS_AMOUNT",
    };
  }
  return { kind: "unmatched", lineId: line.lineId };
}

/**
 * One proposal per credit line: "match" when exactly one open order fits the amount (confirmed by an
 * order code in the description when there is one), "review" when several fit, the code and amount
 * disagree, or two lines claim the same order; "unmatched" otherwise. Dates are local "YYYY-MM-DD";
 * an order placed after the line's date cannot be what it paid.
 */
export function matchStatement(
  lines: readonly StatementLine[],
  orders: readonly OpenOrder[],
): MatchProposal[] {
  const proposals = lines.map((line) => proposeForLine(line, orders));
  const claims = new Map<string, number>();
  for (const p of proposals) if (p.kind === "match") claims.set(p.orderId, (claims.get(p.orderId) ?? 0) + 1);
  return proposals.map((p) =>
    p.kind === "match" && (claims.get(p.orderId) ?? 0) > 1
      ? { kind: "review", lineId: p.lineId, orderIds: [p.orderId], reason: "ORDER_CLAIMED_TWICE" }
      : p,
  );
}
