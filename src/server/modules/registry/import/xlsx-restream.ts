// Feeds ExcelJS's streaming reader a rewritten zip: a fresh workbook.xml (only the wanted sheets,
// in tab order, with their names) and its rels first, then styles and shared strings, then the
// sheets' compressed bytes copied as they are. Why: ExcelJS reads entries in file order; when a
// workbook has workbook.xml last (files written by ExcelJS itself) it crashes, and when shared
// strings come after the sheets (files written by Excel) it spools every sheet to a temp file
// first. With this order every sheet streams straight from the original file, unparsed sheets are
// never read, and nothing is recompressed.

import { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import type { SheetEntry } from "./xlsx-meta";
import type { ZipArchive, ZipEntry } from "./zip-reader";

const encodeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[ch] ?? ch,
  );

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbookXml(sheets: readonly SheetEntry[], isDate1904: boolean): string {
  const list = sheets
    .map((s, i) => `<sheet name="${encodeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ${NS}><workbookPr${isDate1904 ? ' date1904="1"' : ""}/><sheets>${list}</sheets></workbook>`;
}

function relsXml(count: number): string {
  const rels = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

type Piece = {
  name: string;
  method: number;
  crc: number;
  compressed: number;
  size: number;
  data: () => Promise<Readable>;
};

function stored(name: string, text: string): Piece {
  const bytes = Buffer.from(text, "utf8");
  return {
    name,
    method: 0,
    crc: crc32(bytes),
    compressed: bytes.length,
    size: bytes.length,
    data: async () => Readable.from([bytes]),
  };
}

function copied(name: string, zip: ZipArchive, entry: ZipEntry): Piece {
  return {
    name,
    method: entry.method,
    crc: entry.crc32,
    compressed: entry.compressedSize,
    size: entry.size,
    data: async () => {
      const raw = await zip.openRaw(entry.name);
      if (!raw) throw new Error(`missing zip entry ${entry.name}`);
      return raw.data;
    },
  };
}

function localHeader(piece: Piece): Buffer {
  const name = Buffer.from(piece.name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6);
  header.writeUInt16LE(piece.method, 8);
  header.writeUInt32LE(piece.crc >>> 0, 14);
  header.writeUInt32LE(piece.compressed, 18);
  header.writeUInt32LE(piece.size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

function centralDirectory(pieces: readonly Piece[], offsets: readonly number[], start: number): Buffer {
  const records = pieces.map((piece, i) => {
    const name = Buffer.from(piece.name, "utf8");
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0800, 8);
    record.writeUInt16LE(piece.method, 10);
    record.writeUInt32LE(piece.crc >>> 0, 16);
    record.writeUInt32LE(piece.compressed, 20);
    record.writeUInt32LE(piece.size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offsets[i] ?? 0, 42);
    return Buffer.concat([record, name]);
  });
  const body = Buffer.concat(records);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(pieces.length, 8);
  end.writeUInt16LE(pieces.length, 10);
  end.writeUInt32LE(body.length, 12);
  end.writeUInt32LE(start, 16);
  return Buffer.concat([body, end]);
}

/** Parts of the original package ExcelJS needs besides the sheets (paths inside the zip). */
export type PackageParts = { readonly styles: string | null; readonly sharedStrings: string | null };

export function restreamWorkbook(input: {
  readonly zip: ZipArchive;
  readonly sheets: readonly SheetEntry[];
  readonly isDate1904: boolean;
  readonly parts: PackageParts;
}): Readable {
  const { zip, sheets, parts } = input;
  const entry = (path: string | null) => (path ? zip.entries.get(path) : undefined);
  const styles = entry(parts.styles);
  const strings = entry(parts.sharedStrings);
  const pieces: Piece[] = [
    stored("xl/_rels/workbook.xml.rels", relsXml(sheets.length)),
    stored("xl/workbook.xml", workbookXml(sheets, input.isDate1904)),
    ...(styles ? [copied("xl/styles.xml", zip, styles)] : []),
    strings ? copied("xl/sharedStrings.xml", zip, strings) : stored("xl/sharedStrings.xml", `<sst ${NS}/>`),
    ...sheets.flatMap((sheet, i) => {
      const found = entry(sheet.path);
      return found ? [copied(`xl/worksheets/sheet${i + 1}.xml`, zip, found)] : [];
    }),
  ];
  async function* bytes(): AsyncGenerator<Buffer> {
    let offset = 0;
    const offsets: number[] = [];
    for (const piece of pieces) {
      offsets.push(offset);
      const header = localHeader(piece);
      yield header;
      offset += header.length;
      for await (const chunk of await piece.data()) yield chunk as Buffer;
      offset += piece.compressed;
    }
    yield centralDirectory(pieces, offsets, offset);
  }
  return Readable.from(bytes(), { objectMode: false });
}
