// CSV as offices save it: UTF-8 (with or without BOM) or Windows-1252 (Excel's "CSV" on an
// Indonesian Windows), comma or semicolon (Excel uses ";" where "," is the decimal mark), quoted
// fields with "" escapes and line breaks. Read twice: once to validate UTF-8, once to parse.

import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import type { RawCell } from "../domain";
import type { StreamedRow } from "./xlsx-rows";

export type CsvEncoding = "utf-8" | "windows-1252" | "utf-16le";
export type CsvSeparator = "," | ";" | "\t" | "|";

export type CsvFile = {
  readonly encoding: CsvEncoding;
  readonly separator: CsvSeparator;
  readonly sizeBytes: number;
  /** Records with their 1-based record number; bytesRead lets the caller estimate progress. */
  rows(onBytes?: (bytesRead: number) => void): AsyncIterable<StreamedRow>;
};

function chunks(input: string | Uint8Array): AsyncIterable<Uint8Array> {
  if (typeof input === "string") return createReadStream(input, { highWaterMark: 1 << 16 });
  const data = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const parts: Buffer[] = [];
  for (let i = 0; i < data.length; i += 1 << 16) parts.push(data.subarray(i, i + (1 << 16)));
  return Readable.from(parts);
}

async function detectEncoding(input: string | Uint8Array): Promise<CsvEncoding> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let first = true;
  try {
    for await (const chunk of chunks(input)) {
      if (first && chunk[0] === 0xff && chunk[1] === 0xfe) return "utf-16le";
      first = false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return "utf-8";
  } catch {
    return "windows-1252";
  }
}

/** Splits text into records of fields (quote-aware); the last partial record is returned apart. */
export function parseCsvText(
  text: string,
  separator: string,
  isFinal: boolean,
): { records: string[][]; rest: string } {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') {
        field += ch;
      } else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (i + 1 === text.length && !isFinal) {
        return { records, rest: text.slice(start) }; // an escaped quote may follow in the next chunk
      } else {
        quoted = false;
      }
    } else if (ch === '"' && field === "") {
      quoted = true;
    } else if (ch === separator) {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && i + 1 === text.length && !isFinal) return { records, rest: text.slice(start) };
      if (ch === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      start = i + 1;
    } else {
      field += ch;
    }
  }
  if (!isFinal) return { records, rest: text.slice(start) };
  if (field !== "" || record.length > 0) records.push([...record, field]);
  return { records, rest: "" };
}

const CANDIDATES: readonly CsvSeparator[] = [";", ",", "\t", "|"];

/** The separator that splits the sample into the most columns, consistently across records. */
export function detectSeparator(sample: string): CsvSeparator {
  let best: CsvSeparator = ",";
  let bestScore = 0;
  for (const sep of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const record of parseCsvText(sample, sep, false).records.slice(0, 60)) {
      if (record.length > 1) counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    }
    for (const [width, times] of counts) {
      const score = times * Math.min(width, 40);
      if (score > bestScore) [best, bestScore] = [sep, score];
    }
  }
  return best;
}

const toCell = (text: string): RawCell => (text.trim() === "" ? { kind: "empty" } : { kind: "text", text });

export async function openCsv(input: string | Uint8Array): Promise<CsvFile> {
  const encoding = await detectEncoding(input);
  const sizeBytes = typeof input === "string" ? (await stat(input)).size : input.byteLength;
  let sample = "";
  const sampleDecoder = new TextDecoder(encoding);
  for await (const chunk of chunks(input)) {
    sample += sampleDecoder.decode(chunk, { stream: true });
    if (sample.length > 64_000) break;
  }
  const separator = detectSeparator(sample);
  return {
    encoding,
    separator,
    sizeBytes,
    async *rows(onBytes) {
      const decoder = new TextDecoder(encoding);
      let rest = "";
      let number = 0;
      let bytes = 0;
      for await (const chunk of chunks(input)) {
        bytes += chunk.byteLength;
        onBytes?.(bytes);
        const parsed = parseCsvText(rest + decoder.decode(chunk, { stream: true }), separator, false);
        rest = parsed.rest;
        for (const record of parsed.records)
          yield { number: ++number, cells: [{ kind: "empty" }, ...record.map(toCell)] };
      }
      const last = parseCsvText(rest + decoder.decode(), separator, true);
      for (const record of last.records)
        yield { number: ++number, cells: [{ kind: "empty" }, ...record.map(toCell)] };
    },
  };
}
