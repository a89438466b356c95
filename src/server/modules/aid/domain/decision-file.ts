// The ministry's decision list: per NIK, approved or rejected (with the ministry's reason).

import { cleanIdentityText } from "../../../../shared/identity-text";
import { hasNikShape } from "../../../../shared/nik";
import type { Text } from "./problems";
import type { DecisionOutcome } from "./vocab";

export type DecisionRowInput = {
  readonly row: number;
  readonly nik: string | null;
  readonly nikIsNumber: boolean;
  readonly name: string | null;
  readonly outcome: string | null;
  readonly reason: string | null;
};

export type DecisionRow = {
  readonly row: number;
  readonly nik: string;
  readonly name: string;
  readonly outcome: DecisionOutcome;
  readonly reason: string | null;
};
export type DecisionIssue = { readonly row: number; readonly code: string; readonly text: Text };

const OUTCOMES: Record<string, DecisionOutcome> = {
  DISETUJUI: "approved",
  SETUJU: "approved",
  LAYAK: "approved",
  APPROVED: "approved",
  YA: "approved",
  DITOLAK: "rejected",
  TOLAK: "rejected",
  "TIDAK LAYAK": "rejected",
  REJECTED: "rejected",
  TIDAK: "rejected",
};

export function readDecisionRows(rows: readonly DecisionRowInput[]): {
  rows: DecisionRow[];
  issues: DecisionIssue[];
} {
  const out: DecisionRow[] = [];
  const issues: DecisionIssue[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const nik = cleanIdentityText(r.nik ?? "");
    const outcome = OUTCOMES[(r.outcome ?? "").trim().toUpperCase()];
    if (r.nikIsNumber || !hasNikShape(nik)) {
      issues.push({
        row: r.row,
        code: "NIK_FORMAT",
        text: { id: "NIK bukan 16 digit teks", en: "NIK is not 16 text digits" },
      });
    } else if (!outcome) {
      issues.push({
        row: r.row,
        code: "OUTCOME_INVALID",
        text: { id: "keputusan bukan DISETUJUI/DITOLAK", en: "decision is not APPROVED/REJECTED" },
      });
    } else if (seen.has(nik)) {
      issues.push({
        row: r.row,
        code: "NIK_REPEATED",
        text: { id: "NIK muncul dua kali", en: "NIK appears twice" },
      });
    } else {
      seen.add(nik);
      out.push({ row: r.row, nik, name: (r.name ?? "").trim(), outcome, reason: r.reason?.trim() || null });
    }
  }
  return { rows: out, issues };
}
