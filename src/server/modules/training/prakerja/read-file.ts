// Reads the statuses of a Kartu Prakerja list with the registry's spreadsheet reader (the same rows
// linkage stores: those with a name or a NIK), keyed by sheet and row number.
import { AppError } from "../../../platform/errors";
import { outsideListMapping } from "../../linkage";
import { startAnalysis } from "../../registry";
import {
  findPrakerjaColumns,
  type PrakerjaColumns,
  type PrakerjaStatus,
  readPrakerjaStatus,
} from "../domain";
import { trainingError } from "../errors";

export type PrakerjaFileRow = PrakerjaStatus & {
  sheet: string;
  rowNumber: number;
  nik: string | null;
  name: string | null;
  birthDate: string | null;
};

type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "bool"; value: boolean };

function cellText(cell: Cell | undefined): string | null {
  if (!cell) return null;
  switch (cell.kind) {
    case "empty":
      return null;
    case "text":
      return cell.text;
    case "number":
      return String(cell.value);
    case "date":
      return cell.iso;
    case "bool":
      return cell.value ? "ya" : "tidak";
  }
}

const unreadable = (message: string) =>
  trainingError("TRAINING_PRAKERJA_UNREADABLE", {
    text: { id: message, en: "The list file could not be read." },
  });

export async function readPrakerjaFile(o: {
  data: Buffer;
  fileName: string;
  regencyCode: string;
}): Promise<PrakerjaFileRow[]> {
  const file = new Uint8Array(o.data);
  const mapping = await outsideListMapping({ data: file, fileName: o.fileName });
  const start = await startAnalysis({ file, fileName: o.fileName, regencyCode: o.regencyCode, mapping });
  if (!start.ok) throw unreadable(start.error.message);
  const run = start.run;
  const columns = new Map<string, PrakerjaColumns>();
  const columnsOf = (sheet: string): PrakerjaColumns => {
    let cols = columns.get(sheet);
    if (!cols) {
      const header = run.summary().sheets.find((s) => s.name === sheet)?.header;
      cols = findPrakerjaColumns(header?.columns ?? []);
      columns.set(sheet, cols);
    }
    return cols;
  };
  const out: PrakerjaFileRow[] = [];
  try {
    for await (const r of run.rows) {
      const v = r.values;
      if (!v.nama && !v.nik) continue;
      const status = readPrakerjaStatus(columnsOf(r.sheet), (i) => cellText(r.source[i] as Cell));
      out.push({
        sheet: r.sheet,
        rowNumber: r.row,
        nik: v.nik,
        name: v.nama,
        birthDate: v.tanggal_lahir,
        ...status,
      });
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(err instanceof Error ? err.message : "Berkas tidak dapat dibaca.");
  }
  return out;
}
