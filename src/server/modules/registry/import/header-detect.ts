// Finds the header under title rows, one or two rows high, and maps its columns to roles. Every row
// of the first rows is tried alone and paired with the row below (group title over sub-headers);
// the reading that recognises the most register fields wins, earliest and single-row on ties.

import { cellText, collapseSpaces, foldUpper, type RawCell } from "../domain";
import type { ColumnRole } from "./fields";
import { roleOfHeader, roleOfLabel } from "./header-synonyms";
import { type GridRow, OWN } from "./sheet-grid";
import { columnLetter } from "./xlsx-meta";

export type MappedColumn = {
  /** 1-based column index. */
  readonly index: number;
  readonly letter: string;
  readonly label: string;
  readonly role: ColumnRole | null;
};

export type DetectedHeader = {
  /** First and last header row (equal for a one-row header). */
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly MappedColumn[];
};

export const HEADER_SEARCH_ROWS = 50;

const labelOf = (cell: RawCell | undefined) => (cell ? collapseSpaces(cellText(cell)) : "");

/** Keeps the first column of each role; a business address stands in for a missing home address. */
export function resolveRoles(columns: readonly MappedColumn[]): MappedColumn[] {
  const seen = new Set<ColumnRole>();
  const out = columns.map((column) => {
    if (!column.role || seen.has(column.role)) return { ...column, role: null };
    seen.add(column.role);
    return column;
  });
  if (!seen.has("alamat")) {
    return out.map((c) => (c.role === "alamat_usaha" ? { ...c, role: "alamat" as const } : c));
  }
  return out;
}

export function headerScore(columns: readonly MappedColumn[]): number {
  const roles = new Set(columns.map((c) => c.role).filter((r) => r !== null && r !== "no"));
  let score = roles.size;
  for (const key of ["nama", "nik", "kode_wilayah"] as const) if (roles.has(key)) score++;
  return score;
}

function isHeaderLike(row: GridRow): boolean {
  let texts = 0;
  for (const [col, cell] of row.cells.entries()) {
    if (!cell || row.origin[col] !== OWN) continue;
    if (cell.kind === "date") return false;
    if (cell.kind === "number" && !(Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100))
      return false;
    if (cell.kind === "text") {
      if (/\d{6}/.test(cell.text)) return false;
      if (cell.text.trim() !== "") texts++;
    }
  }
  return texts > 0;
}

/** Roles an office confirmed earlier, by header label (see labelKey): they win over the synonyms. */
export type LabelRoles = ReadonlyMap<string, ColumnRole | null>;

/** Normalised header label for remembering mappings: case, accents and punctuation ignored. */
export function labelKey(label: string): string {
  return foldUpper(label)
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

/** The label → role memory of a confirmed mapping, to store per office. */
export function rememberRoles(columns: readonly MappedColumn[]): Record<string, ColumnRole | null> {
  return Object.fromEntries(columns.filter((c) => c.label !== "").map((c) => [labelKey(c.label), c.role]));
}

function remembered(known: LabelRoles | undefined, label: string): ColumnRole | null | undefined {
  return known?.get(labelKey(label));
}

function mapSingle(row: GridRow, known: LabelRoles | undefined): MappedColumn[] {
  const columns: MappedColumn[] = [];
  for (const [index, cell] of row.cells.entries()) {
    const label = labelOf(cell);
    if (index === 0 || label === "") continue;
    const role = remembered(known, label);
    columns.push({
      index,
      letter: columnLetter(index),
      label,
      role: role === undefined ? roleOfLabel(label) : role,
    });
  }
  return resolveRoles(columns);
}

function mapPair(group: GridRow, sub: GridRow, known: LabelRoles | undefined): MappedColumn[] {
  const columns: MappedColumn[] = [];
  const width = Math.max(group.cells.length, sub.cells.length);
  for (let index = 1; index < width; index++) {
    const top = labelOf(group.cells[index]);
    const bottom = labelOf(sub.cells[index]);
    if (top === "" && bottom === "") continue;
    const groupTitle = top !== "" && top !== bottom ? top : null;
    const label = groupTitle && bottom !== "" ? `${groupTitle} / ${bottom}` : bottom || top;
    const role = remembered(known, label);
    const detected = role === undefined ? roleOfHeader(bottom || top, bottom ? groupTitle : null) : role;
    columns.push({ index, letter: columnLetter(index), label, role: detected });
  }
  return resolveRoles(columns);
}

/** Header of a sheet from its first rows, or null when no row looks like a register header. */
export function detectHeader(rows: readonly GridRow[], known?: LabelRoles): DetectedHeader | null {
  let best: DetectedHeader | null = null;
  let bestScore = 0;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = rows[i] as GridRow;
    const single = mapSingle(row, known);
    const singleScore = headerScore(single);
    if (singleScore > bestScore)
      [best, bestScore] = [{ top: row.number, bottom: row.number, columns: single }, singleScore];
    const next = rows[i + 1];
    if (next && next.number === row.number + 1 && isHeaderLike(next)) {
      const pair = mapPair(row, next, known);
      const pairScore = headerScore(pair);
      if (pairScore > bestScore && pairScore > singleScore) {
        [best, bestScore] = [{ top: row.number, bottom: next.number, columns: pair }, pairScore];
      }
    }
  }
  return best && isRegisterHeader(best.columns) ? best : null;
}

/** Enough recognised fields to be a register table (name and NIK, or three fields). */
export function isRegisterHeader(columns: readonly MappedColumn[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  const distinct = [...roles].filter((r) => r !== null && r !== "no").length;
  return (roles.has("nama") && roles.has("nik")) || distinct >= 3;
}

/** The import policy's "data header": name and NIK columns plus a region column. */
export function isDataHeader(columns: readonly MappedColumn[]): boolean {
  const roles = new Set(columns.map((c) => c.role));
  return roles.has("nama") && roles.has("nik") && (roles.has("kode_wilayah") || roles.has("kecamatan"));
}
