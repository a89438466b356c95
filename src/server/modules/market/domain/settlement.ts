// Producer settlement for a consignment period.
//
// Rounding rule (no Rupiah is ever lost or invented):
// 1. A line's Rupiah amount is split among the producers whose units it sold, in proportion to
//    units, by largest remainder — the parts add up to the line amount exactly.
// 2. Each producer's share is computed once, on the period's net sales (not per line), and rounded
//    to the nearest Rupiah, halves up. The PLUT fee is the difference, so share + fee = net sales.
// 3. Damaged goods the PLUT bears are paid at the producer's share of their value, rounded the same way.

import { roundHalfUp, splitByLargestRemainder } from "./largest-remainder";
import type {
  ConsignmentTerms,
  ProducerStatement,
  SettlementErrorCode,
  SettlementInput,
  SettlementLine,
  SettlementTotals,
  SettleResult,
} from "./settlement-types";

type Acc = {
  sold: number;
  returned: number;
  damaged: number;
  gross: number;
  returns: number;
  damagedValue: number;
};

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

function lineProblem(line: SettlementLine): SettlementErrorCode | null {
  if (!isCount(line.quantity) || line.quantity === 0 || !isCount(line.amount)) return "INVALID_LINE";
  if (line.sources.some((s) => !isCount(s.units))) return "INVALID_LINE";
  return line.sources.reduce((s, x) => s + x.units, 0) === line.quantity ? null : "SOURCES_MISMATCH";
}

function termsProblem(terms: ConsignmentTerms): boolean {
  const bps = terms.producerShareBps;
  return !Number.isSafeInteger(bps) || bps < 0 || bps > 10_000 || !isCount(terms.feePerPeriod ?? 0);
}

function addLine(accounts: Map<string, Acc>, line: SettlementLine, kind: "sale" | "return"): void {
  const parts = splitByLargestRemainder(
    line.amount,
    line.sources.map((s) => s.units),
  );
  line.sources.forEach((source, i) => {
    const acc = account(accounts, source.producerId);
    if (kind === "sale") {
      acc.sold += source.units;
      acc.gross += parts[i] ?? 0;
    } else {
      acc.returned += source.units;
      acc.returns += parts[i] ?? 0;
    }
  });
}

function account(accounts: Map<string, Acc>, producerId: string): Acc {
  let acc = accounts.get(producerId);
  if (!acc) {
    acc = { sold: 0, returned: 0, damaged: 0, gross: 0, returns: 0, damagedValue: 0 };
    accounts.set(producerId, acc);
  }
  return acc;
}

function statementOf(producerId: string, acc: Acc, terms: ConsignmentTerms): ProducerStatement {
  const bps = BigInt(terms.producerShareBps);
  const netSales = acc.gross - acc.returns;
  const producerShare = roundHalfUp(BigInt(netSales) * bps, 10_000n);
  const damagedCompensation =
    terms.damaged === "plut_bears" ? roundHalfUp(BigInt(acc.damagedValue) * bps, 10_000n) : 0;
  const feePerPeriod = terms.feePerPeriod ?? 0;
  return {
    producerId,
    unitsSold: acc.sold,
    unitsReturned: acc.returned,
    unitsDamaged: acc.damaged,
    grossSales: acc.gross,
    returns: acc.returns,
    netSales,
    producerShareBps: terms.producerShareBps,
    producerShare,
    plutFee: netSales - producerShare,
    damagedCompensation,
    feePerPeriod,
    payable: producerShare + damagedCompensation - feePerPeriod,
  };
}

/** Settles every producer with activity in the period; statements sorted by producerId. */
export function settle(input: SettlementInput): SettleResult {
  for (const [producerId, terms] of input.terms) {
    if (termsProblem(terms)) return { ok: false, error: { code: "INVALID_TERMS", ref: producerId } };
  }
  for (const line of [...input.sales, ...input.returns]) {
    const problem = lineProblem(line);
    if (problem) return { ok: false, error: { code: problem, ref: line.lineId } };
  }
  const accounts = new Map<string, Acc>();
  for (const line of input.sales) addLine(accounts, line, "sale");
  for (const line of input.returns) addLine(accounts, line, "return");
  for (const d of input.damaged) {
    if (!isCount(d.units) || !isCount(d.unitPrice))
      return { ok: false, error: { code: "INVALID_DAMAGED", ref: d.producerId } };
    const acc = account(accounts, d.producerId);
    acc.damaged += d.units;
    acc.damagedValue += d.units * d.unitPrice;
  }
  const statements: ProducerStatement[] = [];
  const sorted = [...accounts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [producerId, acc] of sorted) {
    const terms = input.terms.get(producerId);
    if (!terms) return { ok: false, error: { code: "MISSING_TERMS", ref: producerId } };
    statements.push(statementOf(producerId, acc, terms));
  }
  return { ok: true, period: input.period, statements, totals: totalsOf(statements) };
}

function totalsOf(statements: readonly ProducerStatement[]): SettlementTotals {
  const sum = (pick: (s: ProducerStatement) => number): number => statements.reduce((t, s) => t + pick(s), 0);
  return {
    grossSales: sum((s) => s.grossSales),
    returns: sum((s) => s.returns),
    netSales: sum((s) => s.netSales),
    producerShares: sum((s) => s.producerShare),
    plutFees: sum((s) => s.plutFee),
    damagedCompensation: sum((s) => s.damagedCompensation),
    feesPerPeriod: sum((s) => s.feePerPeriod),
    payable: sum((s) => s.payable),
  };
}
