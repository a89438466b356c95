// What ExcelJS's streaming reader does not expose: sheet visibility as written in workbook.xml,
// hidden columns (<col hidden="1">) and merged ranges (<mergeCell>, written after all rows). One
// pass over each sheet's inflated XML with a tag scanner collects them; nothing is kept per row.

import type { ZipArchive } from "./zip-reader";

export type SheetState = "visible" | "hidden" | "veryHidden";

export type SheetEntry = { readonly name: string; readonly state: SheetState; readonly path: string };

export type WorkbookInfo = {
  readonly sheets: readonly SheetEntry[];
  readonly isDate1904: boolean;
  /** Zip paths of the styles and shared-strings parts (null when the workbook has none). */
  readonly parts: { readonly styles: string | null; readonly sharedStrings: string | null };
};

export type CellRange = {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
};

export type SheetLayout = {
  readonly hiddenColumns: readonly { readonly min: number; readonly max: number }[];
  readonly merges: readonly CellRange[];
  /** Number of <row> elements: the progress bar's total. */
  readonly rowCount: number;
  isHidden(col: number): boolean;
};

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[2] ?? match[3] ?? "") : null;
}

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return String.fromCodePoint(code);
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[entity] ?? "";
  });
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== ".") out.push(part);
  }
  return out.join("/");
}

export async function readWorkbookInfo(zip: ZipArchive): Promise<WorkbookInfo | null> {
  const [workbook, rels] = await Promise.all([
    zip.readText("xl/workbook.xml"),
    zip.readText("xl/_rels/workbook.xml.rels"),
  ]);
  if (workbook === null || rels === null) return null;
  const targets = new Map<string, string>();
  const parts = { styles: null as string | null, sharedStrings: null as string | null };
  for (const [tag] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (!id || !target) continue;
    const path = resolveTarget(decodeXml(target));
    targets.set(id, path);
    const type = attr(tag, "Type") ?? "";
    if (type.endsWith("/styles")) parts.styles = path;
    if (type.endsWith("/sharedStrings")) parts.sharedStrings = path;
  }
  const sheets: SheetEntry[] = [];
  for (const [tag] of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(tag, "name");
    const rid = attr(tag, "r:id") ?? attr(tag, "[\\w]+:id");
    const path = rid ? targets.get(rid) : undefined;
    if (name === null || !path) continue;
    const state = attr(tag, "state");
    sheets.push({
      name: decodeXml(name),
      path,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
    });
  }
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(workbook)?.[0] ?? "";
  const date1904 = attr(pr, "date1904");
  return { sheets, isDate1904: date1904 === "1" || date1904 === "true", parts };
}

/** "B7" → {row: 7, col: 2} */
export function decodeAddress(ref: string): { row: number; col: number } | null {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!match?.[1] || !match[2]) return null;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]), col };
}

export function columnLetter(col: number): string {
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

function parseRange(ref: string): CellRange | null {
  const [a, b = a] = ref.split(":");
  const start = a ? decodeAddress(a) : null;
  const end = b ? decodeAddress(b) : null;
  if (!start || !end) return null;
  return {
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.col, end.col),
    right: Math.max(start.col, end.col),
  };
}

const LAYOUT_TAG = /<(?:\w+:)?(col|mergeCell)\b([^>]*)>/g;

/** Rows between <sheetData> and </sheetData> are only counted (indexOf, no regex): most bytes. */
export function countRows(text: string): number {
  let count = 0;
  for (let at = text.indexOf("<row"); at !== -1; at = text.indexOf("<row", at + 4)) {
    const next = text.charCodeAt(at + 4);
    if (next === 32 || next === 62 || next === 9 || next === 10 || next === 13) count++;
  }
  return count;
}

type ScanState = { hiddenColumns: { min: number; max: number }[]; merges: CellRange[]; rowCount: number };

function scanTags(text: string, state: ScanState): void {
  for (const match of text.matchAll(LAYOUT_TAG)) {
    const [, name, attrs = ""] = match;
    if (name === "mergeCell") {
      const range = parseRange(attr(attrs, "ref") ?? "");
      if (range) state.merges.push(range);
      continue;
    }
    const hidden = attr(attrs, "hidden");
    if (hidden === "1" || hidden === "true") {
      const min = Number(attr(attrs, "min") ?? 0);
      state.hiddenColumns.push({ min, max: Math.min(Number(attr(attrs, "max") ?? min), 16384) });
    }
  }
}

export async function scanSheetLayout(zip: ZipArchive, path: string): Promise<SheetLayout> {
  const stream = await zip.open(path);
  const state: ScanState = { hiddenColumns: [], merges: [], rowCount: 0 };
  // <cols> comes before <sheetData>, <mergeCells> after it.
  let phase: "before" | "rows" | "after" = "before";
  let carry = "";
  for await (const chunk of stream ?? []) {
    const text = carry + (chunk as Buffer).toString("latin1");
    const cut = text.lastIndexOf("<");
    const complete = cut >= 0 && text.indexOf(">", cut) === -1 ? text.slice(0, cut) : text;
    carry = text.slice(complete.length);
    let rest = complete;
    if (phase === "before") {
      const start = rest.indexOf("<sheetData");
      scanTags(start === -1 ? rest : rest.slice(0, start), state);
      if (start === -1) continue;
      [phase, rest] = ["rows", rest.slice(start)];
    }
    if (phase === "rows") {
      const end = rest.indexOf("</sheetData>");
      state.rowCount += countRows(end === -1 ? rest : rest.slice(0, end));
      if (end === -1) continue;
      [phase, rest] = ["after", rest.slice(end)];
    }
    scanTags(rest, state);
  }
  const { hiddenColumns, merges, rowCount } = state;
  return {
    hiddenColumns,
    merges,
    rowCount,
    isHidden: (col) => hiddenColumns.some((h) => col >= h.min && col <= h.max),
  };
}
