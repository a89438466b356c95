// Privacy-preserving matching with another agency.
// `sinergi match hash <file> --key-file K --out hashed.csv [--config cfg.json] [--format clk]`
// writes keyed hashes (HMAC-SHA256, 128 bits kept) of the normalised NIK, birth date and name
// keys; the clk format adds Bloom filters of name, birth date, address and business (typo-tolerant)
// and the keyed-hash lists of hash-extras.ts (NIK and date slips, household guard).
// `sinergi match link-hashed <a> <b> --out pairs.csv [--key-file K]` links two hashed files, or a
// hashed file and a plain file hashed on the fly with the same key.
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { type HashedRecord, linkHashed } from "../domain/hashed-link";
import type { ParsedArgs } from "./args";
import { loadConfig } from "./config";
import { closeStream, csvLine, readCsvRows, writeChunk } from "./csv";
import { fail, type Io } from "./dedup-command";
import {
  BLOOM_COLUMNS,
  decodeBloom,
  decodeExtras,
  EXTRA_COLUMNS,
  encodeBloom,
  encodeExtras,
  HASH_COLUMNS,
  hashRecords,
  TRUSTED_COLUMN,
} from "./hash-records";
import { readPreparedRecords } from "./read-records";
import { writePairs } from "./write-results";

async function readKey(path: string | undefined): Promise<Buffer | string> {
  if (!path) return "missing --key-file";
  try {
    const key = (await readFile(path)).toString("utf8").trim();
    if (key.length < 16) return `key file ${path} must hold at least 16 characters`;
    return Buffer.from(key, "utf8");
  } catch {
    return `cannot read key file ${path}`;
  }
}

/** Hashes a plain file into HashedRecords (the records are normalised first). */
async function hashFile(path: string, key: Buffer, args: ParsedArgs): Promise<HashedRecord[] | string> {
  const config = await loadConfig(args.flags.get("config"));
  if (!config.ok) return config.error;
  const read = await readPreparedRecords(path, config.config);
  if (!read.ok) return read.error;
  const format = args.flags.get("format") ?? "clk";
  return hashRecords(read.records, key, format === "clk");
}

export async function hashCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = args.flags.get("out");
  if (!file || !out) {
    io.stderr.write(
      "usage: sinergi match hash <file.csv> --key-file K --out hashed.csv [--config cfg.json] [--format clk|exact]\n",
    );
    return 2;
  }
  const format = args.flags.get("format") ?? "clk";
  if (format !== "clk" && format !== "exact") return fail(io, `unknown --format ${format} (clk or exact)`);
  const key = await readKey(args.flags.get("key-file"));
  if (typeof key === "string") return fail(io, key);
  const records = await hashFile(file, key, args);
  if (typeof records === "string") return fail(io, records);
  const stream = createWriteStream(out);
  const clk = format === "clk";
  const clkColumns = clk ? [...BLOOM_COLUMNS, ...EXTRA_COLUMNS, TRUSTED_COLUMN] : [];
  await writeChunk(stream, csvLine(["record_id", ...HASH_COLUMNS, ...clkColumns]));
  for (const r of records) {
    const blooms = clk ? BLOOM_COLUMNS.map((_, f) => encodeBloom(r.blooms?.[f])) : [];
    const extras = clk ? EXTRA_COLUMNS.map((_, f) => encodeExtras(r.extras?.[f])) : [];
    const trusted = clk ? [r.nikTrusted ? "1" : ""] : [];
    await writeChunk(stream, csvLine([r.id, ...r.hashes, ...blooms, ...extras, ...trusted]));
  }
  await closeStream(stream);
  io.stderr.write(`hash: ${records.length} records → ${out}\n`);
  return 0;
}

/** Reads a hashed file; null when the file is not in the hashed layout. */
async function readHashed(path: string): Promise<HashedRecord[] | null | string> {
  const records: HashedRecord[] = [];
  let columns: number[] | null = null;
  let bloomColumns: number[] = [];
  let extraColumns: number[] = [];
  let trustedColumn = -1;
  try {
    for await (const row of readCsvRows(path)) {
      if (!columns) {
        if (row[0] !== "record_id" || !row.includes("h_nik")) return null;
        columns = HASH_COLUMNS.map((c) => row.indexOf(c));
        bloomColumns = BLOOM_COLUMNS.map((c) => row.indexOf(c));
        extraColumns = EXTRA_COLUMNS.map((c) => row.indexOf(c));
        trustedColumn = row.indexOf(TRUSTED_COLUMN);
        continue;
      }
      const hashes = columns.map((c) => (c >= 0 ? (row[c] ?? "") : ""));
      const blooms = bloomColumns.some((c) => c >= 0)
        ? bloomColumns.map((c) => decodeBloom(c >= 0 ? (row[c] ?? "") : ""))
        : undefined;
      const extras = extraColumns.some((c) => c >= 0)
        ? extraColumns.map((c) => decodeExtras(c >= 0 ? (row[c] ?? "") : ""))
        : undefined;
      const trusted = trustedColumn >= 0 ? { nikTrusted: row[trustedColumn] === "1" } : {};
      records.push({
        id: row[0] ?? "",
        hashes,
        ...(blooms ? { blooms } : {}),
        ...(extras ? { extras } : {}),
        ...trusted,
      });
    }
  } catch {
    return `file not found: ${path}`;
  }
  return records;
}

async function hashedOrHashOnTheFly(path: string, args: ParsedArgs): Promise<HashedRecord[] | string> {
  const hashed = await readHashed(path);
  if (hashed !== null) return hashed;
  const key = await readKey(args.flags.get("key-file"));
  if (typeof key === "string") return `${path} is not a hashed file; to hash it on the fly: ${key}`;
  return hashFile(path, key, args);
}

export async function linkHashedCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [fileA, fileB] = args.positional;
  const out = args.flags.get("out");
  if (!fileA || !fileB || !out) {
    io.stderr.write(
      "usage: sinergi match link-hashed <a.hashed.csv> <b.hashed.csv|b.csv> --out pairs.csv [--key-file K]\n",
    );
    return 2;
  }
  const a = await hashedOrHashOnTheFly(fileA, args);
  if (typeof a === "string") return fail(io, a);
  const b = await hashedOrHashOnTheFly(fileB, args);
  if (typeof b === "string") return fail(io, b);
  const result = linkHashed(a, b);
  await writePairs(out, result.pairs);
  const matches = result.pairs.filter((p) => p.decision === "match").length;
  io.stderr.write(`link-hashed: ${result.candidatePairs} candidate pairs, ${matches} matches\n`);
  return 0;
}
