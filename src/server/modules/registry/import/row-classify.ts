// Which rows under the header are data (IMPORT-POLICY "Which rows are data"). Not data: blank rows,
// a lone running number, the column-number row (1 2 3 …), JUMLAH/TOTAL rows, section titles
// ("KECAMATAN PAHANDUT"), notes, a repeated header, and the signature block with everything after
// it that has no NIK. A row with any person data is data, even without a name or NIK.

import { cellText, collapseSpaces, foldUpper, isBlankCell, type RawCell } from "../domain";
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

export function classifyRow(row: GridRow, ctx: ClassifyContext): RowKind {
  const own: { col: number; cell: RawCell }[] = [];
  for (const [col, cell] of row.cells.entries()) {
    if (col > 0 && cell && row.origin[col] === OWN && !isBlankCell(cell)) own.push({ col, cell });
  }
  if (own.length === 0) return "blank";
  const hasNik = nikLike(row, ctx);
  if (hasNik) ctx.inSignature = false;
  const texts = own.map(({ cell }) => foldUpper(collapseSpaces(cellText(cell))));
  if (!hasNik) {
    if (texts.some((t) => TOTAL.test(t))) return "total";
    if (
      texts.some((t) => SIGNATURE_START.test(t)) ||
      (own.length <= 2 && texts.some((t) => PLACE_DATE.test(t)))
    ) {
      ctx.inSignature = true;
      return "signature";
    }
    if (ctx.inSignature) return "signature";
    if (own.length === 1 && (SECTION.test(texts[0] ?? "") || NOTE.test(texts[0] ?? ""))) {
      return SECTION.test(texts[0] ?? "") ? "section" : "note";
    }
  }
  const numbers = own.map(({ cell }) => isIntegerLike(cell));
  if (
    own.length >= 3 &&
    numbers.every((n, i) => n !== null && (i === 0 ? n <= 2 : n > (numbers[i - 1] ?? 0)))
  ) {
    return "column_numbers";
  }
  const matchesHeader = own.filter(({ col }, i) => {
    const label = ctx.headerLabels.get(col);
    return label !== undefined && foldUpper(collapseSpaces(label)) === texts[i];
  }).length;
  if (own.length >= 3 && matchesHeader >= own.length * 0.6) return "repeated_header";
  const personData = own.some(({ col }) => {
    const role = ctx.roles.get(col);
    return role !== undefined && !NON_PERSON_ROLES.has(role);
  });
  if (personData) return "data";
  return own.length === 1 && numbers[0] !== null ? "running_number" : "blank";
}
