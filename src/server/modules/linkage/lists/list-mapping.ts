// An outside list needs only a name or a NIK column (a Kartu Prakerja export: No, NIK, Nama Lengkap,
// No. HP, Gelombang, Status; or name and birth date), where the register's import wants a village
// column too. For sheets the register would skip for want of such a header, this gives the reader
// the header as the mapping (the detected one, or the first of the top rows naming a name or NIK
// column), so their rows are read.
import { detectHeaders, type MappingOverride, roleOfLabel, type SheetMappingOverride } from "../../registry";

type Column = { index: number; role: string | null };

const names = (columns: readonly Column[]) => columns.some((c) => c.role === "nama" || c.role === "nik");

function toOverride(row: number, columns: readonly Column[]): SheetMappingOverride {
  return {
    headerRow: row,
    columns: Object.fromEntries(columns.map((c) => [c.index, c.role])) as SheetMappingOverride["columns"],
  };
}

/** The first of the top rows whose labels name a name or NIK column. */
function headerFromPreview(preview: ReadonlyArray<{ row: number; cells: readonly string[] }>) {
  for (const { row, cells } of preview) {
    const columns = cells
      .map((label, index) => ({ index, label, role: label ? roleOfLabel(label) : null }))
      .filter((c) => c.index > 0 && c.label !== "");
    const known = columns.filter((c) => c.role !== null && c.role !== "no");
    // Kept with no role, the other labelled columns stay readable (statuses, waves).
    if (names(known) && known.length >= 2) return toOverride(row, columns);
  }
  return null;
}

export async function outsideListMapping(o: {
  data: Uint8Array;
  fileName: string;
}): Promise<MappingOverride | undefined> {
  const found = await detectHeaders({ file: o.data, fileName: o.fileName });
  if (!found.ok) return undefined;
  const out: Record<string, SheetMappingOverride> = {};
  for (const sheet of found.sheets) {
    if (sheet.skipReason !== "no_header") continue;
    const header = sheet.header;
    const override = header
      ? names(header.columns)
        ? toOverride(header.bottom, header.columns)
        : null
      : headerFromPreview(sheet.preview);
    if (override) out[sheet.name] = override;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
