// Proposed vs approved vs paid. Every mismatch becomes a finding a person acts on; the key is
// stable, so a finding's resolution survives a re-run.
import { nameSimilarity } from "./name-compare";
import type { FindingKind, PaymentStatus } from "./vocab";

export type ListedRecipient = {
  readonly itemId: string;
  readonly nik: string;
  readonly name: string;
  /** In the frozen list (the province's approval). */
  readonly listed: boolean;
  /** The ministry's decision; null before a decision is imported (the frozen list then counts). */
  readonly decision: "approved" | "rejected" | null;
  /** Why the person may not be paid although in the proposal (removed in a later version, excluded). */
  readonly excludedReason: string | null;
};

export type Payment = {
  readonly batchId: string;
  readonly row: number;
  readonly nik: string;
  readonly name: string;
  readonly amount: number;
  readonly reference: string;
  readonly status: PaymentStatus;
};

export type Finding = {
  readonly key: string;
  readonly kind: FindingKind;
  readonly nik: string;
  readonly detail: Record<string, string | number | null>;
};

export type Reconciliation = {
  readonly proposed: number;
  readonly approved: number;
  readonly paid: number;
  readonly paidAmount: number;
  readonly findings: Finding[];
};

/** Names on a bank statement are often shortened or cut; below this the name is called different. */
export const NAME_SAME_AT = 0.85;

function isApproved(r: ListedRecipient): boolean {
  return r.excludedReason === null && r.listed && r.decision !== "rejected";
}

function payerFindings(
  nik: string,
  rows: Payment[],
  recipient: ListedRecipient | undefined,
  amount: number,
): Finding[] {
  const out: Finding[] = [];
  const paid = rows.filter((r) => r.status === "paid");
  const first = paid[0] ?? rows[0];
  if (!first) return out;
  if (!recipient) {
    out.push({
      key: `nik_unknown:${nik}`,
      kind: "nik_unknown",
      nik,
      detail: { name: first.name, reference: first.reference, amount: first.amount },
    });
    return out;
  }
  const sim = nameSimilarity(recipient.name, first.name);
  if (sim < NAME_SAME_AT) {
    out.push({
      key: `name_differs:${nik}`,
      kind: "name_differs",
      nik,
      detail: { listedName: recipient.name, paidName: first.name, similarity: sim },
    });
  }
  if (paid.length > 1) {
    out.push({
      key: `paid_twice:${nik}`,
      kind: "paid_twice",
      nik,
      detail: {
        times: paid.length,
        references: paid.map((p) => p.reference).join(", "),
        total: paid.reduce((s, p) => s + p.amount, 0),
      },
    });
  }
  if (paid.length > 0 && !isApproved(recipient)) {
    const why =
      recipient.excludedReason ??
      (recipient.decision === "rejected" ? "ministry_rejected" : "not_in_frozen_list");
    out.push({
      key: `paid_though_excluded:${nik}`,
      kind: "paid_though_excluded",
      nik,
      detail: { name: recipient.name, reason: why, reference: first.reference },
    });
  }
  for (const p of paid) {
    if (p.amount !== amount) {
      out.push({
        key: `amount_differs:${nik}:${p.reference}`,
        kind: "amount_differs",
        nik,
        detail: { expected: amount, paid: p.amount, reference: p.reference },
      });
    }
  }
  if (paid.length === 0) {
    out.push({
      key: `payment_failed:${nik}`,
      kind: "payment_failed",
      nik,
      detail: { name: recipient.name, reference: first.reference },
    });
  }
  return out;
}

export function reconcile(input: {
  amount: number;
  recipients: readonly ListedRecipient[];
  payments: readonly Payment[];
}): Reconciliation {
  const byNik = new Map(input.recipients.map((r) => [r.nik, r]));
  const paymentsByNik = new Map<string, Payment[]>();
  for (const p of input.payments) paymentsByNik.set(p.nik, [...(paymentsByNik.get(p.nik) ?? []), p]);
  const findings: Finding[] = [];
  for (const [nik, rows] of paymentsByNik)
    findings.push(...payerFindings(nik, rows, byNik.get(nik), input.amount));
  const approved = input.recipients.filter(isApproved);
  for (const r of approved) {
    if (!paymentsByNik.has(r.nik))
      findings.push({ key: `not_paid:${r.nik}`, kind: "not_paid", nik: r.nik, detail: { name: r.name } });
  }
  const paidRows = input.payments.filter((p) => p.status === "paid");
  return {
    proposed: input.recipients.length,
    approved: approved.length,
    paid: new Set(paidRows.map((p) => p.nik)).size,
    paidAmount: paidRows.reduce((s, p) => s + p.amount, 0),
    findings,
  };
}
