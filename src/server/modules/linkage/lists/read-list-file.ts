// Reads an outside list (xlsx or csv) with the registry's spreadsheet reader: it finds the header
// whatever the layout (DTKS, BPUM, Prakerja exports: NIK, nama, alamat, tanggal lahir...), maps the
// columns and normalises NIK, dates, phones and villages within the list's regency. Rows the
// register would reject (no business name, no NIK) are still kept: an outside list only needs
// enough to be linked.
import { AppError } from "../../../platform/errors";
import { startAnalysis } from "../../registry";
import { linkageError } from "../errors";
import { outsideListMapping } from "./list-mapping";

export type ListFileRow = {
  sheet: string;
  rowNumber: number;
  nik: string | null;
  noKk: string | null;
  name: string | null;
  sex: string | null;
  birthPlace: string | null;
  birthDate: string | null;
  phone: string | null;
  address: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
  businessName: string | null;
};

export const MAX_LIST_ROWS = 200_000;

const unreadable = (message: string) =>
  linkageError("LIST_FILE_UNREADABLE", {
    text: { id: message, en: "The list file could not be read." },
  });

export async function readListFile(o: {
  data: Buffer;
  fileName: string;
  regencyCode: string;
}): Promise<ListFileRow[]> {
  const file = new Uint8Array(o.data);
  const mapping = await outsideListMapping({ data: file, fileName: o.fileName });
  const start = await startAnalysis({ file, fileName: o.fileName, regencyCode: o.regencyCode, mapping });
  if (!start.ok) throw unreadable(start.error.message);
  const out: ListFileRow[] = [];
  try {
    for await (const r of start.run.rows) {
      const v = r.values;
      if (!v.nama && !v.nik) continue;
      out.push({
        sheet: r.sheet,
        rowNumber: r.row,
        nik: v.nik,
        noKk: v.no_kk,
        name: v.nama,
        sex: v.jenis_kelamin,
        birthPlace: v.tempat_lahir,
        birthDate: v.tanggal_lahir,
        phone: v.no_hp,
        address: v.alamat,
        rt: v.rt,
        rw: v.rw,
        villageCode: v.kode_wilayah,
        businessName: v.nama_usaha,
      });
      if (out.length > MAX_LIST_ROWS) {
        throw linkageError("LIST_TOO_LARGE", {
          text: {
            id: `Daftar lebih dari ${MAX_LIST_ROWS} baris; bagi per kabupaten/kota.`,
            en: `The list has more than ${MAX_LIST_ROWS} rows; split it by regency.`,
          },
        });
      }
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(err instanceof Error ? err.message : "Berkas tidak dapat dibaca.");
  }
  if (out.length === 0) {
    throw linkageError("LIST_NO_COLUMNS");
  }
  return out;
}
