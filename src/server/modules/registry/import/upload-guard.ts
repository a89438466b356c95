// Checks an uploaded spreadsheet before anything parses it: the file type by its first bytes (not
// its name), and for a zip the central directory (entry count, declared sizes, compression ratio)
// and then each entry inflated as a stream and stopped at its declared size, so a zip bomb or a
// lying directory is refused with flat memory; rows are counted on the way (xlsx) or by lines (csv).

import { createReadStream } from "node:fs";
import { sniffFile } from "./file-kind";
import { failure, type ImportFailure } from "./import-error";
import { countRows } from "./xlsx-meta";
import { bufferSource, fileSource, openZip, type ZipArchive, ZipFormatError } from "./zip-reader";

const MiB = 1024 * 1024;

export const UPLOAD_LIMITS = {
  /** An .xlsx has a few dozen parts; thousands of entries are a trick, never a register. */
  maxEntries: 1_000,
  /** All parts inflated together. */
  maxExpandedBytes: 256 * MiB,
  /** Real sheets compress 5–30×; a part over 1 MiB compressed beyond this is a zip bomb. */
  maxRatio: 100,
  ratioFloorBytes: MiB,
  /** Rows in all sheets of one file (split larger registers by regency). */
  maxRows: 500_000,
};
export type UploadLimits = typeof UPLOAD_LIMITS;

const fmt = (n: number) => n.toLocaleString("id-ID");

const tooLarge = (what: string) =>
  failure(
    "FILE_TOO_LARGE",
    `Berkas ditolak: ${what}. Berkas seperti ini bukan daftar pendataan biasa; simpan ulang dari Excel atau bagi per kecamatan.`,
  );

const tooManyRows = (rows: number, max: number) =>
  failure(
    "TOO_MANY_ROWS",
    `Berkas berisi lebih dari ${fmt(max)} baris (terhitung ${fmt(rows)}${rows > max ? "+" : ""}). Bagi berkas per kecamatan atau per kabupaten/kota lalu impor satu per satu.`,
  );

const NOT_SPREADSHEET = failure(
  "FORMAT_UNSUPPORTED",
  "Berkas ini bukan lembar kerja Excel (.xlsx) atau CSV. Unggah berkas .xlsx atau .csv.",
);
const BROKEN_ZIP = failure(
  "FILE_UNREADABLE",
  "Berkas tidak dapat dibaca sebagai Excel .xlsx (rusak, terkunci kata sandi, atau bukan .xlsx). Buka di Excel lalu simpan ulang sebagai Excel Workbook (.xlsx).",
);
const ODS = failure(
  "FORMAT_UNSUPPORTED",
  "Format OpenDocument (.ods) belum didukung. Buka di LibreOffice lalu simpan sebagai Excel 2007-365 (.xlsx).",
);

/** The first problem of the file, or null when it may be parsed. */
export async function guardSpreadsheet(
  file: string | Uint8Array,
  limits: UploadLimits = UPLOAD_LIMITS,
): Promise<ImportFailure | null> {
  const kind = await sniffFile(file);
  if (kind === "zip") return guardZip(file, limits);
  if (kind === "text") return guardText(file, limits);
  return null; // .xls and HTML get their own advice from the reader
}

async function guardZip(file: string | Uint8Array, limits: UploadLimits): Promise<ImportFailure | null> {
  let zip: ZipArchive;
  try {
    zip = await openZip(typeof file === "string" ? await fileSource(file) : bufferSource(file));
  } catch (err) {
    if (err instanceof ZipFormatError) return BROKEN_ZIP;
    throw err;
  }
  try {
    const { entries } = zip;
    if (entries.has("mimetype") && !entries.has("xl/workbook.xml")) return ODS;
    if (!entries.has("[Content_Types].xml") || !entries.has("xl/workbook.xml")) return NOT_SPREADSHEET;
    if (entries.size > limits.maxEntries) return tooLarge(`berisi ${fmt(entries.size)} bagian`);
    let declared = 0;
    for (const e of entries.values()) {
      declared += e.size;
      const ratio = e.size / Math.max(1, e.compressedSize);
      if (e.size >= limits.ratioFloorBytes && ratio > limits.maxRatio)
        return tooLarge(`bagian ${e.name} mengembang ${Math.round(ratio)}× saat dibuka`);
    }
    if (declared > limits.maxExpandedBytes)
      return tooLarge(
        `isinya ${fmt(Math.round(declared / MiB))} MB setelah dibuka (batas ${limits.maxExpandedBytes / MiB} MB)`,
      );
    return await inflateAll(zip, limits);
  } catch (err) {
    if (err instanceof ZipFormatError) return BROKEN_ZIP;
    throw err;
  } finally {
    await zip.close();
  }
}

/** Inflates every entry as a stream: stops at the declared size and counts sheet rows. */
async function inflateAll(zip: ZipArchive, limits: UploadLimits): Promise<ImportFailure | null> {
  let rows = 0;
  for (const entry of zip.entries.values()) {
    if (entry.name.endsWith("/")) continue;
    const stream = await zip.open(entry.name);
    if (!stream) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.name);
    let bytes = 0;
    let tail = "";
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > entry.size)
          return tooLarge(`bagian ${entry.name} lebih besar dari yang tertulis di berkas`);
        if (!isSheet) continue;
        const text = tail + chunk.toString("latin1");
        rows += countRows(text.slice(0, Math.max(0, text.length - 5)));
        tail = text.slice(Math.max(0, text.length - 5));
        if (rows > limits.maxRows) return tooManyRows(rows, limits.maxRows);
      }
    } catch {
      return NOT_SPREADSHEET; // corrupt deflate data
    } finally {
      stream.destroy();
    }
    rows += isSheet ? countRows(tail) : 0;
  }
  return rows > limits.maxRows ? tooManyRows(rows, limits.maxRows) : null;
}

const BINARY_MAGIC = [
  "%PDF", "\x89PNG", "\xff\xd8\xff", "GIF8", "\x1f\x8b", "MZ", "7z\xbc\xaf", "Rar!", "RIFF", "ID3", "\x7fELF",
]; // biome-ignore format: one line of signatures

async function guardText(file: string | Uint8Array, limits: UploadLimits): Promise<ImportFailure | null> {
  const chunks: AsyncIterable<Buffer> | Iterable<Buffer> =
    typeof file === "string"
      ? createReadStream(file)
      : [Buffer.from(file.buffer, file.byteOffset, file.byteLength)];
  let lines = 0;
  let first = true;
  for await (const chunk of chunks) {
    if (first) {
      first = false;
      if (!looksLikeText(chunk)) return NOT_SPREADSHEET;
    }
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    // Title rows and a trailing blank line are allowed on top of the data rows.
    if (lines > limits.maxRows + 50) return tooManyRows(lines, limits.maxRows);
  }
  return null;
}

function looksLikeText(head: Buffer): boolean {
  if (head[0] === 0xff && head[1] === 0xfe) return true; // UTF-16LE text as Excel saves it
  const start = head.subarray(0, 8).toString("latin1");
  if (BINARY_MAGIC.some((m) => start.startsWith(m))) return false;
  const sample = head.subarray(0, 64 * 1024);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control <= sample.length / 100;
}
