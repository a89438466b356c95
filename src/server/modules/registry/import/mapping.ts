// Column mappings: the detected one, and one corrected by the user on the mapping screen
// (per sheet: column index → role), which replaces the detected roles entirely.

import { cellText, collapseSpaces } from "../domain";
import { type ColumnRole, isColumnRole } from "./fields";
import { type DetectedHeader, detectHeader, type MappedColumn, resolveRoles } from "./header-detect";
import type { GridRow } from "./sheet-grid";
import { columnLetter } from "./xlsx-meta";

export type SheetMappingOverride = {
  /** Last header row (1-based); data start on the row after it. Detected when omitted. */
  readonly headerRow?: number;
  /** 1-based column index → role; columns not listed are ignored. */
  readonly columns: Readonly<Record<number, ColumnRole | null>>;
};

/** Corrected mappings by sheet name (for CSV, the file's single sheet name). */
export type MappingOverride = Readonly<Record<string, SheetMappingOverride>>;

export function applyOverride(rows: readonly GridRow[], override: SheetMappingOverride): DetectedHeader {
  const detected = override.headerRow === undefined ? detectHeader(rows) : null;
  const bottom = override.headerRow ?? detected?.bottom ?? 0;
  const headerRow = rows.find((r) => r.number === bottom);
  const labelOf = (index: number) =>
    detected?.columns.find((c) => c.index === index)?.label ??
    collapseSpaces(headerRow?.cells[index] ? cellText(headerRow.cells[index]) : "");
  const columns: MappedColumn[] = Object.entries(override.columns)
    .map(([key, role]) => ({ index: Number(key), role: role && isColumnRole(role) ? role : null }))
    .filter(({ index }) => Number.isInteger(index) && index > 0)
    .sort((a, b) => a.index - b.index)
    .map(({ index, role }) => ({ index, letter: columnLetter(index), label: labelOf(index), role }));
  return { top: detected?.top ?? bottom, bottom, columns: resolveRoles(columns) };
}
