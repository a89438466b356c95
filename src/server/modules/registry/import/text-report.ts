// The CLI's human-readable report, in Bahasa Indonesia.

import type { ReasonCode } from "../domain";
import type { AnalysedRow } from "./row-result";
import type { ImportSummary } from "./summary";

const SKIP_LABEL = {
  hidden: "disembunyikan",
  summary: "sheet rekap",
  instructions: "sheet petunjuk",
  empty: "kosong",
  no_header: "tidak ada judul kolom Nama, NIK dan Desa/Kelurahan",
  not_selected: "tidak dipilih",
} as const;

const STATUS = { valid: "valid", warning: "PERINGATAN", rejected: "DITOLAK" } as const;

export function formatSheetLines(summary: ImportSummary): string[] {
  return summary.sheets.map((s) =>
    s.status === "imported"
      ? `  Sheet "${s.name}": ${s.rows_total} baris data (valid ${s.rows_valid}, peringatan ${s.rows_warning}, ditolak ${s.rows_rejected}); judul kolom di baris ${s.header?.top ?? "?"}${s.header && s.header.bottom !== s.header.top ? `–${s.header.bottom}` : ""}`
      : `  Sheet "${s.name}": dilewati (${SKIP_LABEL[s.reason ?? "no_header"]})`,
  );
}

export function formatRowLine(row: AnalysedRow): string {
  const reasons = row.errors.filter((e) => e.level !== "info");
  return `  ${row.sheet}!${row.row} ${STATUS[row.status]}: ${reasons.map((e) => `${e.code} — ${e.message}`).join(" | ")}`;
}

export function formatTotals(summary: ImportSummary): string[] {
  const lines = [
    `Jumlah baris data: ${summary.rows_total} (valid ${summary.rows_valid}, peringatan ${summary.rows_warning}, ditolak ${summary.rows_rejected})`,
  ];
  const codes = Object.entries(summary.reasons) as [ReasonCode, number][];
  if (codes.length > 0) {
    lines.push("Alasan:");
    for (const [code, n] of codes.sort((a, b) => b[1] - a[1])) lines.push(`  ${code}: ${n} baris`);
  }
  return lines;
}
