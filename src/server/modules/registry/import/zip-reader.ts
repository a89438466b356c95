// Random-access reader for the zip container of an .xlsx (central directory at the end), built on
// node:zlib. ExcelJS's streaming reader reads the zip front to back and never exposes a sheet's
// <cols hidden> or <mergeCells> (the latter sit after all rows), so the importer reads that
// metadata itself first, entry by entry, without holding any sheet in memory.

import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";

export type ZipEntry = {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
};

export type ZipSource = {
  readonly size: number;
  read(offset: number, length: number): Promise<Buffer>;
  stream(offset: number, length: number): Readable;
  close(): Promise<void>;
};

export type ZipArchive = {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  /** Inflated bytes of an entry, as a stream of chunks. */
  open(name: string): Promise<Readable | null>;
  /** The entry's stored (still compressed) bytes. */
  openRaw(name: string): Promise<{ entry: ZipEntry; data: Readable } | null>;
  readText(name: string): Promise<string | null>;
  close(): Promise<void>;
};

export class ZipFormatError extends Error {}

export function bufferSource(buffer: Uint8Array): ZipSource {
  const data = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return {
    size: data.length,
    read: async (offset, length) => data.subarray(offset, offset + length),
    stream: (offset, length) => Readable.from([data.subarray(offset, offset + length)]),
    close: async () => {},
  };
}

export async function fileSource(path: string): Promise<ZipSource> {
  const handle: FileHandle = await open(path, "r");
  const { size } = await handle.stat();
  return {
    size,
    read: async (offset, length) => {
      const out = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      await handle.read(out, 0, out.length, offset);
      return out;
    },
    stream: (offset, length) =>
      length === 0 ? Readable.from([]) : createReadStream(path, { start: offset, end: offset + length - 1 }),
    close: () => handle.close(),
  };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function findEndOfCentralDirectory(source: ZipSource): Promise<Buffer> {
  const tailLength = Math.min(source.size, 22 + 0xffff);
  const tail = await source.read(source.size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) return tail.subarray(i);
  }
  throw new ZipFormatError("not a zip file");
}

async function readEntries(source: ZipSource): Promise<Map<string, ZipEntry>> {
  const eocd = await findEndOfCentralDirectory(source);
  const count = eocd.readUInt16LE(10);
  const cdSize = eocd.readUInt32LE(12);
  const cdOffset = eocd.readUInt32LE(16);
  if (cdOffset === 0xffffffff || count === 0xffff)
    throw new ZipFormatError("zip64 archives are not supported");
  const cd = await source.read(cdOffset, cdSize);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL)
      throw new ZipFormatError("bad central directory");
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const name = cd.toString("utf8", at + 46, at + 46 + nameLength).replace(/^\//, "");
    entries.set(name, {
      name,
      method: cd.readUInt16LE(at + 10),
      crc32: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      size: cd.readUInt32LE(at + 24),
      localHeaderOffset: cd.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export async function openZip(source: ZipSource): Promise<ZipArchive> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await readEntries(source);
  } catch (err) {
    await source.close();
    throw err;
  }
  const openRaw = async (name: string): Promise<{ entry: ZipEntry; data: Readable } | null> => {
    const entry = entries.get(name);
    if (!entry) return null;
    const header = await source.read(entry.localHeaderOffset, 30);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipFormatError("bad local header");
    const dataOffset = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    return { entry, data: source.stream(dataOffset, entry.compressedSize) };
  };
  const openEntry = async (name: string): Promise<Readable | null> => {
    const opened = await openRaw(name);
    if (!opened) return null;
    const { entry, data: raw } = opened;
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipFormatError(`compression method ${entry.method} is not supported`);
    const inflate = createInflateRaw();
    raw.on("error", (err) => inflate.destroy(err));
    return raw.pipe(inflate);
  };
  return {
    entries,
    open: openEntry,
    openRaw,
    readText: async (name) => {
      const stream = await openEntry(name);
      if (!stream) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    close: () => source.close(),
  };
}
