// Which rows under the header are data (IMPORT-POLICY "Which rows are data"). Not data: blank rows,
// a lone running number, the column-number row (1 2 3 …), JUMLAH/TOTAL rows, section titles
// ("KECAMATAN PAHANDUT"), notes, a repeated header, and the signature block with everything after
// it that has no NIK. A row with any person data is data, even without a name or NIK.

import { cellText, collapseSpaces, EMPTY_CELL, foldUpper, isBlankCell, type RawCell } from "../domain";
import type { ColumnRole } from "./fields";
import { type GridRow, OWN } from "./sheet-grid";

export type RowKind =
  | "data"
  | "blank"
  | "running_number"
  | "column_numbers"
  | "total"
  | "section"
  | "note"
  | "repeated_header"
  | "signature";

export type ClassifyContext = {
  /** Role by 1-based column index. */
  readonly roles: ReadonlyMap<number, ColumnRole>;
  readonly headerLabels: ReadonlyMap<number, string>;
  /** Set once a signature line is seen; rows without a NIK after it are part of the block. */
  inSignature: boolean;
};

const NON_PERSON_ROLES: ReadonlySet<ColumnRole> = new Set(["no", "kode_wilayah", "kecamatan"]);

const TOTAL =
  /^(SUB\s*)?(JUMLAH|TOTAL|GRAND\s*TOTAL)(\s*(TOTAL|KESELURUHAN|SELURUHNYA|AKHIR|KEC(AMATAN)?\b.*|DESA\b.*|KEL(URAHAN)?\b.*))?\s*:?$/;
const SIGNATURE_START =
  /^(MENGETAHUI|MENYETUJUI|DISETUJUI|DIKETAHUI|YANG MEMBUAT|DIBUAT OLEH|PEMBUAT DAFTAR|PETUGAS PENDATA|KEPALA\b|SEKRETARIS\b|KABID\b|KASI\b|KASUBAG|CAMAT\b|LURAH\b|WALI NAGARI|WALINAGARI|KADES\b|A\.?\s?N\.?\s|PLT\.?\s|PLH\.?\s|PJ\.?\s|TTD|TANDA TANGAN|NIP\b|NIP\.)/;
const PLACE_DATE =
  /^[A-Z][A-Z .'-]+,\s*(\d{1,2}\s+)?[A-Z]+\.?\s+\d{4}$|^[A-Z][A-Z .'-]+,\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}$/;
const SECTION = /^(KEC(AMATAN)?|DESA|KEL(URAHAN)?|NAGARI|KAB(UPATEN)?|KOTA|WILAYAH|JORONG|DUSUN)\b[.:]?\s*\S/;
const NOTE = /^(CATATAN|KETERANGAN|KET|NOTE|SUMBER|NB)\b\s*[.:]/;

// "J U M L A H": letters spaced out for a heading look.
const unspaced = (text: string) => (/^(\S\s+){3,}\S$/.test(text) ? text.replace(/\s+/g, "") : text);

const isIntegerLike = (cell: RawCell): number | null => {
  if (cell.kind === "number") return Number.isInteger(cell.value) ? cell.value : null;
  if (cell.kind !== "text") return null;
  const match = /^\(?\s*(\d{1,3})\s*\)?\.?$/.exec(cell.text.trim());
  return match ? Number(match[1]) : null;
};

function nikLike(row: GridRow, ctx: ClassifyContext): boolean {
  for (const [col, role] of ctx.roles) {
    if (role !== "nik") continue;
    const cell = row.cells[col];
    if (!cell) return false;
    if (cell.kind === "number") return cell.value >= 1e9;
    return /\d{10}|\d[\d\s.-]{12,}\d|E\+/i.test(cellText(cell));
  }
  return false;
}

/** "1 2 3 …" (or "(1) (2) (3) …") under the header: small integers increasing from 1 or 2. */
function isColumnNumbers(row: GridRow, own: readonly number[]): boolean {
  let previous = 0;
  for (const [i, col] of own.entries()) {
    const n = isIntegerLike(row.cells[col] ?? EMPTY_CELL);
    if (n === null || (i === 0 ? n > 2 : n <= previous)) return false;
    previous = n;
  }
  return true;
}

const upperText = (cell: RawCell | undefined) => foldUpper(collapseSpaces(cellText(cell ?? EMPTY_CELL)));

function isRepeatedHeader(row: GridRow, own: readonly number[], ctx: ClassifyContext): boolean {
  const same = own.filter((col) => {
    const label = ctx.headerLabels.get(col);
    return label !== undefined && foldUpper(collapseSpaces(label)) === upperText(row.cells[col]);
  }).length;
  return same >= own.length * 0.6;
}

/** Rows without a NIK may be totals, signature lines, section titles or notes. */
function nonDataKind(row: GridRow, own: readonly number[], ctx: ClassifyContext): RowKind | null {
  const upper = own.map((col) => upperText(row.cells[col]));
  if (upper.some((t) => TOTAL.test(t) || TOTAL.test(unspaced(t)))) return "total";
  // Signature lines are sparse; a person's row without NIK has more cells and stays data.
  if (own.length <= 2 && upper.some((t) => SIGNATURE_START.test(t) || PLACE_DATE.test(t))) {
    ctx.inSignature = true;
    return "signature";
  }
  if (ctx.inSignature) return "signature";
  const only = own.length === 1 ? (upper[0] ?? "") : "";
  if (SECTION.test(only)) return "section";
  if (NOTE.test(only)) return "note";
  return null;
}

export function classifyRow(row: GridRow, ctx: ClassifyContext): RowKind {
  const own: number[] = [];
  const { cells, origin } = row;
  for (let col = 1; col < cells.length; col++) {
    const cell = cells[col];
    if (cell && origin[col] === OWN && !isBlankCell(cell)) own.push(col);
  }
  if (own.length === 0) return "blank";
  const hasNik = nikLike(row, ctx);
  if (hasNik) ctx.inSignature = false;
  else {
    const kind = nonDataKind(row, own, ctx);
    if (kind) return kind;
  }
  if (own.length >= 3 && isColumnNumbers(row, own)) return "column_numbers";
  if (own.length >= 3 && !hasNik && isRepeatedHeader(row, own, ctx)) return "repeated_header";
  const personData = own.some((col) => {
    const role = ctx.roles.get(col);
    return role !== undefined && !NON_PERSON_ROLES.has(role);
  });
  if (personData) return "data";
  return own.length === 1 && isIntegerLike(cells[own[0] ?? 0] ?? EMPTY_CELL) !== null
    ? "running_number"
    : "blank";
}
