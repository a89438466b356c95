// The proposal's life: draft → submitted → verified | returned (province) → approved | rejected
// (decree) → disbursed | failed. Pure transition table; the verbs add permissions, reasons and audit.
import type { ProposalStatus } from "./vocab";

export const FLOW_ACTIONS = ["submit", "verify", "return", "approve", "reject", "disburse", "fail"] as const;
export type FlowAction = (typeof FLOW_ACTIONS)[number];

const MOVES: Record<FlowAction, { from: readonly ProposalStatus[]; to: ProposalStatus }> = {
  submit: { from: ["draft", "returned"], to: "submitted" },
  verify: { from: ["submitted"], to: "verified" },
  return: { from: ["submitted", "verified"], to: "returned" },
  approve: { from: ["verified"], to: "approved" },
  reject: { from: ["verified"], to: "rejected" },
  disburse: { from: ["approved"], to: "disbursed" },
  fail: { from: ["approved"], to: "failed" },
};

/** Actions that must say why (UU PDP and audit: a refusal or a reversal is explained). */
const NEEDS_REASON: ReadonlySet<FlowAction> = new Set(["return", "reject", "fail"]);

export type Transition =
  | { readonly kind: "ok"; readonly to: ProposalStatus }
  | { readonly kind: "not_allowed"; readonly from: ProposalStatus; readonly action: FlowAction }
  | { readonly kind: "reason_required"; readonly action: FlowAction }
  | { readonly kind: "decree_required"; readonly action: FlowAction };

export function transition(input: {
  from: ProposalStatus;
  action: FlowAction;
  reason?: string | null;
  decreeNumber?: string | null;
}): Transition {
  const move = MOVES[input.action];
  if (!move.from.includes(input.from)) return { kind: "not_allowed", from: input.from, action: input.action };
  if (NEEDS_REASON.has(input.action) && !input.reason?.trim())
    return { kind: "reason_required", action: input.action };
  if ((input.action === "approve" || input.action === "reject") && !input.decreeNumber?.trim()) {
    return { kind: "decree_required", action: input.action };
  }
  return { kind: "ok", to: move.to };
}

/** Items may be added, removed or justified only while the proposer holds the list. */
export function isEditable(status: ProposalStatus): boolean {
  return status === "draft" || status === "returned";
}

/** Statuses whose list is frozen: changes make a new snapshot version. */
export function isFrozen(status: ProposalStatus): boolean {
  return status === "approved" || status === "disbursed" || status === "failed";
}

/** A proposal in these statuses still claims its recipients (duplicates count against it). */
export function claimsRecipients(status: ProposalStatus): boolean {
  return status !== "rejected";
}

/** Approved in the sense of exclusivity: the recipient got (or will get) the other programme. */
export function isApprovedStatus(status: ProposalStatus): boolean {
  return status === "approved" || status === "disbursed";
}
