import { describe, expect, it } from "vitest";
import { cellText, type RawCell } from "../domain";
import { isDittoMark } from "./ditto";
import { createGrid, FROM_HORIZONTAL_MERGE, FROM_VERTICAL_MERGE, OWN } from "./sheet-grid";
import type { CellRange, SheetLayout } from "./xlsx-meta";

const t = (text: string): RawCell => ({ kind: "text", text });
const E: RawCell = { kind: "empty" };

function layout(merges: CellRange[], hidden: { min: number; max: number }[] = []): SheetLayout {
  return {
    merges,
    hiddenColumns: hidden,
    rowCount: 0,
    isHidden: (c) => hidden.some((h) => c >= h.min && c <= h.max),
  };
}

describe("createGrid", () => {
  it("fills a vertical merge down every row it spans, even rows that skip numbers", () => {
    const grid = createGrid(layout([{ top: 2, bottom: 5, left: 2, right: 2 }]));
    grid(1, [E, t("a"), t("x")]);
    const rows = [grid(2, [E, t("b"), t("Langkai")]), grid(3, [E, t("c")]), grid(5, [E, t("d"), E])];
    expect(rows.map((r) => cellText(r.cells[2] ?? E))).toEqual(["Langkai", "Langkai", "Langkai"]);
    expect(rows.map((r) => r.origin[2])).toEqual([OWN, FROM_VERTICAL_MERGE, FROM_VERTICAL_MERGE]);
    expect(cellText(grid(6, [E, t("e"), E]).cells[2] ?? E)).toBe("");
  });

  it("copies a horizontal merge across, marked so data rows can ignore it", () => {
    const grid = createGrid(layout([{ top: 1, bottom: 1, left: 2, right: 4 }]));
    const row = grid(1, [E, t("no"), t("OMSET")]);
    expect(row.cells.slice(2).map((c) => cellText(c))).toEqual(["OMSET", "OMSET", "OMSET"]);
    expect([...row.origin.slice(2, 5)]).toEqual([OWN, FROM_HORIZONTAL_MERGE, FROM_HORIZONTAL_MERGE]);
  });

  it("blanks hidden columns and does not fill merges into them", () => {
    const grid = createGrid(layout([{ top: 1, bottom: 2, left: 1, right: 3 }], [{ min: 2, max: 2 }]));
    grid(1, [E, t("a"), t("secret"), t("c")]);
    const row = grid(2, [E, E, t("secret"), E]);
    expect(row.cells.map((c) => cellText(c))).toEqual(["", "a", "", "a"]);
  });

  it("passes rows without merges or hidden columns through untouched", () => {
    const grid = createGrid(layout([]));
    const cells = [E, t("a"), t("b")];
    const row = grid(7, cells);
    expect(row.cells).toBe(cells);
    expect(row.origin[1]).toBe(OWN);
  });
});

describe("isDittoMark", () => {
  // A lone ' is stored only when someone typed '' (Excel eats a leading apostrophe): a ditto.
  it.each([
    '"',
    "''",
    "〃",
    "”",
    "“",
    '" "',
    '-"-',
    ",,",
    "'",
    "sda",
    "SDA",
    "s.d.a",
    "S.D.A.",
    "idem",
    "Idem",
    "dto",
  ])("%j is a ditto mark", (v) => {
    expect(isDittoMark(t(v))).toBe(true);
  });
  it.each(["-", "Langkai", "Sda Jaya", "0", ","])("%j is not", (v) => {
    expect(isDittoMark(t(v))).toBe(false);
  });
});
