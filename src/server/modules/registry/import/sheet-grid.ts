// Applies a sheet's layout to streamed rows: hidden columns are blanked, merged cells are filled
// from their top-left cell. Merges are swept by row (only those spanning the current row are kept),
// so memory does not grow with the sheet.

import { EMPTY_CELL, type RawCell } from "../domain";
import type { CellRange, SheetLayout } from "./xlsx-meta";

/** Where a cell's value came from: typed in it, or copied from a merge's top-left cell. */
export const OWN = 0;
export const FROM_VERTICAL_MERGE = 1;
export const FROM_HORIZONTAL_MERGE = 2;

export type GridRow = {
  /** The spreadsheet's own 1-based row number. */
  readonly number: number;
  /** 1-based by column; index 0 unused. Hidden columns are empty. */
  readonly cells: RawCell[];
  readonly origin: Uint8Array;
};

type Active = { range: CellRange; value: RawCell };

export function createGrid(layout: SheetLayout): (number: number, cells: RawCell[]) => GridRow {
  const pending = [...layout.merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: Active[] = [];
  let zeros = new Uint8Array(64);
  return (number, input) => {
    active = active.filter((a) => a.range.bottom >= number);
    const plain =
      active.length === 0 &&
      layout.hiddenColumns.length === 0 &&
      (next >= pending.length || (pending[next]?.top ?? 0) > number);
    if (plain) {
      // Most rows of a big sheet: no merge, no hidden column; share one all-OWN origin array.
      if (zeros.length < input.length) zeros = new Uint8Array(input.length * 2);
      return { number, cells: input, origin: zeros };
    }
    const cells = input.slice();
    for (const hidden of layout.hiddenColumns) {
      for (let c = hidden.min; c <= Math.min(hidden.max, cells.length - 1); c++) cells[c] = EMPTY_CELL;
    }
    while (next < pending.length && (pending[next]?.top ?? Number.POSITIVE_INFINITY) <= number) {
      const range = pending[next++] as CellRange;
      if (range.bottom < number) continue;
      // A merge whose top row was never written (no <row>) has an empty anchor.
      const value = range.top === number ? (cells[range.left] ?? EMPTY_CELL) : EMPTY_CELL;
      active.push({ range, value });
    }
    const width = Math.max(cells.length, ...active.map((a) => a.range.right + 1));
    const origin = new Uint8Array(width);
    for (let c = cells.length; c < width; c++) cells[c] = EMPTY_CELL;
    for (const { range, value } of active) {
      const kind = range.bottom > range.top ? FROM_VERTICAL_MERGE : FROM_HORIZONTAL_MERGE;
      for (let c = range.left; c <= range.right; c++) {
        if (c === range.left && number === range.top) continue;
        if (layout.isHidden(c)) continue;
        cells[c] = value;
        origin[c] = kind;
      }
    }
    return { number, cells, origin };
  };
}
