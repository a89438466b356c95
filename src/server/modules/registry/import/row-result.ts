// The outcome of one data row, as the CLI prints it and the UI shows it.

import type { RawCell, ReasonCode, ReasonLevel, RowStatus } from "../domain";
import type { CanonicalField, RowValues } from "./fields";

export type RowReason = {
  readonly field: CanonicalField;
  readonly code: ReasonCode;
  readonly level: ReasonLevel;
  /** Bahasa Indonesia, telling the clerk how to fix the row. */
  readonly message: string;
};

export type AnalysedRow = {
  readonly sheet: string;
  /** The spreadsheet's own 1-based row number. */
  readonly row: number;
  readonly status: RowStatus;
  /** Reasons of the import policy's table (worst level decides the status). */
  readonly errors: readonly RowReason[];
  /** This system's extra notes (info only): NIB not a NIB, unknown NIK district, ambiguous village… */
  readonly notes: readonly RowReason[];
  readonly values: RowValues;
  /** The row's cells as found (1-based by column), for the error report. */
  readonly source: readonly RawCell[];
};

/** The JSON shape of a row (the CLI's `rows`): no notes, no source cells. */
export type RowJson = Omit<AnalysedRow, "source" | "notes">;

export function toRowJson(row: AnalysedRow): RowJson {
  return { sheet: row.sheet, row: row.row, status: row.status, errors: row.errors, values: row.values };
}
