// Streaming CSV reading and writing (RFC 4180 quotes; lines without quotes take a fast path).
import { createReadStream, type WriteStream } from "node:fs";

export type CsvReadOptions = { delimiter?: string; trimSpaces?: boolean };

function parseQuotedLine(line: string, delimiter: string): { fields: string[]; open: boolean } {
  const fields: string[] = [];
  let cur = "";
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else inQuotes = false;
      } else cur += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === delimiter) {
      fields.push(cur);
      cur = "";
    } else cur += ch;
  }
  fields.push(cur);
  return { fields, open: inQuotes };
}

/** Yields the rows of a CSV file (header included) in batches, one batch per chunk read. */
export async function* readCsvBatches(
  path: string,
  options: CsvReadOptions = {},
): AsyncGenerator<string[][]> {
  const delimiter = options.delimiter ?? ",";
  const trim = options.trimSpaces ?? true;
  let rest = "";
  let pending = "";
  let first = true;
  const finish = (fields: string[]): string[] => {
    if (trim) {
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i] ?? "";
        const c0 = f.charCodeAt(0);
        const cl = f.charCodeAt(f.length - 1);
        if (c0 === 32 || c0 === 9 || cl === 32 || cl === 9) fields[i] = f.trim();
      }
    }
    return fields;
  };
  const stream = createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<string>) {
    const text = rest + chunk;
    const lines = text.split("\n");
    rest = lines.pop() ?? "";
    const batch: string[][] = [];
    for (let raw of lines) {
      if (first) {
        raw = raw.replace(/^\uFEFF/, "");
        first = false;
      }
      const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
      if (pending === "" && !line.includes('"')) {
        if (line !== "") batch.push(finish(line.split(delimiter)));
        continue;
      }
      const candidate = pending === "" ? line : `${pending}\n${line}`;
      const parsed = parseQuotedLine(candidate, delimiter);
      if (parsed.open) {
        pending = candidate;
        continue;
      }
      pending = "";
      batch.push(finish(parsed.fields));
    }
    if (batch.length > 0) yield batch;
  }
  const last = (pending === "" ? rest : `${pending}\n${rest}`).replace(/\r$/, "");
  if (last !== "") yield [finish(parseQuotedLine(last, delimiter).fields)];
}

/** Yields rows of a CSV file as arrays of strings (header included). */
export async function* readCsvRows(path: string, options: CsvReadOptions = {}): AsyncGenerator<string[]> {
  for await (const batch of readCsvBatches(path, options)) yield* batch;
}

/** Quotes a field when it holds a delimiter, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\n`;
}

/** Writes with back-pressure so that a million lines never pile up in memory. */
export async function writeChunk(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
}

export async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}
