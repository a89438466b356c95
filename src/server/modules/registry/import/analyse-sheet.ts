// One sheet, streamed: buffer the first rows to find the header, then classify and evaluate every
// row after it. Nothing is kept per row except the duplicate keys.

import { EMPTY_CELL, isBlankCell, type RawCell, type VillageMatch, type VillageQuery } from "../domain";
import { isDittoMark } from "./ditto";
import type { DuplicateTracker } from "./duplicates";
import type { ColumnRole } from "./fields";
import {
  type DetectedHeader,
  detectHeader,
  HEADER_SEARCH_ROWS,
  isDataHeader,
  type LabelRoles,
} from "./header-detect";
import { applyOverride, type SheetMappingOverride } from "./mapping";
import { reasonMessage } from "./messages";
import { type ClassifyContext, classifyRow } from "./row-classify";
import { evaluateRow, statusOf } from "./row-evaluate";
import type { AnalysedRow } from "./row-result";
import type { GridRow } from "./sheet-grid";

export type FileContext = {
  readonly matchVillage: (query: VillageQuery) => VillageMatch;
  readonly isDistrictCode: (code: string) => boolean;
  readonly regencyName: string;
  readonly isDate1904: boolean;
  readonly duplicates: DuplicateTracker;
  /** Called for every row read (data or not), for progress. */
  readonly onRowRead: () => void;
  /** Header label → role mappings the office confirmed before. */
  readonly labelRoles?: LabelRoles;
};

export type SheetOutcome =
  | { readonly kind: "imported"; readonly header: DetectedHeader }
  | { readonly kind: "no_header"; readonly header: DetectedHeader | null };

export type SheetEvent =
  | { readonly type: "sheet"; readonly name: string; readonly outcome: SheetOutcome }
  | { readonly type: "row"; readonly row: AnalysedRow };

// Columns where a ditto mark ("  "  sda  idem) means "same as the row above".
const DITTO_ROLES: ReadonlySet<ColumnRole> = new Set([
  "kode_wilayah",
  "kecamatan",
  "bidang_usaha",
  "terdampak",
]);

function decideHeader(
  rows: readonly GridRow[],
  override: SheetMappingOverride | undefined,
  known: LabelRoles | undefined,
): SheetOutcome {
  if (override) return { kind: "imported", header: applyOverride(rows, override) };
  const header = detectHeader(rows, known);
  return header && isDataHeader(header.columns)
    ? { kind: "imported", header }
    : { kind: "no_header", header };
}

export async function* analyseSheet(input: {
  readonly name: string;
  readonly rows: AsyncIterable<GridRow>;
  readonly override?: SheetMappingOverride;
  readonly file: FileContext;
}): AsyncGenerator<SheetEvent> {
  const { name, file } = input;
  const buffer: GridRow[] = [];
  let handle: ((row: GridRow) => AnalysedRow | null) | null = null;
  for await (const row of input.rows) {
    file.onRowRead();
    if (handle) {
      const result = handle(row);
      if (result) yield { type: "row", row: result };
      continue;
    }
    buffer.push(row);
    if (buffer.length < HEADER_SEARCH_ROWS) continue;
    const outcome = decideHeader(buffer, input.override, file.labelRoles);
    yield { type: "sheet", name, outcome };
    if (outcome.kind !== "imported") return;
    handle = rowProcessor(name, outcome.header, file);
    for (const buffered of buffer.splice(0)) {
      const result = handle(buffered);
      if (result) yield { type: "row", row: result };
    }
  }
  if (handle) return;
  const outcome = decideHeader(buffer, input.override, file.labelRoles);
  yield { type: "sheet", name, outcome };
  if (outcome.kind !== "imported") return;
  const last = rowProcessor(name, outcome.header, file);
  for (const buffered of buffer) {
    const result = last(buffered);
    if (result) yield { type: "row", row: result };
  }
}

function rowProcessor(
  sheet: string,
  header: DetectedHeader,
  file: FileContext,
): (row: GridRow) => AnalysedRow | null {
  const roles = new Map<number, ColumnRole>();
  const columnOf = new Map<ColumnRole, number>();
  for (const c of header.columns) {
    if (!c.role) continue;
    roles.set(c.index, c.role);
    columnOf.set(c.role, c.index);
  }
  const classify: ClassifyContext = {
    roles,
    headerLabels: new Map(header.columns.map((c) => [c.index, c.label])),
    inSignature: false,
  };
  const previous = new Map<ColumnRole, RawCell>();
  return (row) => {
    if (row.number <= header.bottom) return null;
    if (classifyRow(row, classify) !== "data") return null;
    const cell = (role: ColumnRole): RawCell => {
      const col = columnOf.get(role);
      const value = (col !== undefined ? row.cells[col] : undefined) ?? EMPTY_CELL;
      return DITTO_ROLES.has(role) && isDittoMark(value) ? (previous.get(role) ?? EMPTY_CELL) : value;
    };
    const district = cell("kecamatan");
    const evaluation = evaluateRow({
      cell,
      hasColumn: (role) => columnOf.has(role),
      matchVillage: file.matchVillage,
      isDistrictCode: file.isDistrictCode,
      regencyName: file.regencyName,
      districtHint: isBlankCell(district) ? sheet : district.kind === "text" ? district.text : null,
      isDate1904: file.isDate1904,
    });
    for (const role of DITTO_ROLES) if (columnOf.has(role)) previous.set(role, cell(role));
    const errors = [...evaluation.errors];
    const at = { sheet, row: row.number };
    const repeat = file.duplicates.check(
      evaluation.values,
      evaluation.nikKey,
      at,
      statusOf(errors) === "rejected",
    );
    if (repeat) {
      const { code, firstSeen, ownerName } = repeat;
      const reason = {
        field: code === "LIKELY_DUPLICATE" ? "nama" : "nik",
        code,
        level: "warning",
        message: reasonMessage(code, { firstSeen, ...(ownerName ? { ownerName } : {}) }),
      } as const;
      const infoAt = errors.findIndex((r) => r.level === "info");
      errors.splice(infoAt === -1 ? errors.length : infoAt, 0, reason);
    }
    return {
      sheet,
      row: row.number,
      status: statusOf(errors),
      errors,
      notes: evaluation.notes,
      values: evaluation.values,
      source: row.cells,
    };
  };
}
