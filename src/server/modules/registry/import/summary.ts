// Running totals of an analysis: per status, per reason code, per sheet.

import type { ReasonCode } from "../domain";
import type { DetectedHeader } from "./header-detect";
import type { AnalysedRow } from "./row-result";
import type { SkipReason } from "./sheet-select";
import type { SheetState } from "./xlsx-meta";

export type SheetReport = {
  readonly name: string;
  readonly state: SheetState;
  status: "imported" | "skipped";
  reason: SkipReason | null;
  /** The detected (or user-corrected) header and column mapping; null when none was found. */
  header: DetectedHeader | null;
  rows_total: number;
  rows_valid: number;
  rows_warning: number;
  rows_rejected: number;
};

export type ImportSummary = {
  readonly format: "xlsx" | "csv";
  rows_total: number;
  rows_valid: number;
  rows_warning: number;
  rows_rejected: number;
  readonly sheets: SheetReport[];
  /** How many rows carry each reason code. */
  readonly reasons: Partial<Record<ReasonCode, number>>;
  readonly csv: { readonly encoding: string; readonly separator: string } | null;
};

export function newSheetReport(name: string, state: SheetState, reason: SkipReason | null): SheetReport {
  return {
    name,
    state,
    status: reason ? "skipped" : "imported",
    reason,
    header: null,
    rows_total: 0,
    rows_valid: 0,
    rows_warning: 0,
    rows_rejected: 0,
  };
}

export function countRow(summary: ImportSummary, row: AnalysedRow): void {
  const sheet = summary.sheets.find((s) => s.name === row.sheet);
  for (const target of sheet ? [summary, sheet] : [summary]) {
    target.rows_total++;
    if (row.status === "valid") target.rows_valid++;
    else if (row.status === "warning") target.rows_warning++;
    else target.rows_rejected++;
  }
  for (const code of new Set(row.errors.map((e) => e.code)))
    summary.reasons[code] = (summary.reasons[code] ?? 0) + 1;
}
