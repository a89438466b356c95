// Privacy-preserving matching with another agency.
// `sinergi match hash <file> --key-file K --out hashed.csv [--config cfg.json]` writes keyed
// hashes (HMAC-SHA256, 128 bits kept) of the normalised NIK, birth date and name keys.
// `sinergi match link-hashed <a> <b> --out pairs.csv [--key-file K]` links two hashed files, or a
// hashed file and a plain file hashed on the fly with the same key.
import { createHmac } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { HASH_FIELDS, hashInputs } from "../domain/hash-keys";
import { type HashedRecord, linkHashed } from "../domain/hashed-link";
import type { ParsedArgs } from "./args";
import { loadConfig } from "./config";
import { closeStream, csvLine, readCsvRows, writeChunk } from "./csv";
import { fail, type Io } from "./dedup-command";
import { readPreparedRecords } from "./read-records";
import { writePairs } from "./write-results";

const HASH_COLUMNS = HASH_FIELDS.map((f) => `h_${f}`);

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

function hmac(key: Buffer, field: string, value: string): string {
  return value === "" ? "" : createHmac("sha256", key).update(`${field}:${value}`).digest("hex").slice(0, 32);
}

/** Hashes a plain file into HashedRecords (the records are normalised first). */
async function hashFile(path: string, key: Buffer, args: ParsedArgs): Promise<HashedRecord[] | string> {
  const config = await loadConfig(args.flags.get("config"));
  if (!config.ok) return config.error;
  const read = await readPreparedRecords(path, config.config);
  if (!read.ok) return read.error;
  return read.records.map((r) => ({
    id: r.id,
    hashes: hashInputs(r).map((v, f) => hmac(key, HASH_FIELDS[f] ?? "", v)),
  }));
}

export async function hashCommand(args: ParsedArgs, io: Io): Promise<number> {
  const [file] = args.positional;
  const out = args.flags.get("out");
  if (!file || !out) {
    io.stderr.write(
      "usage: sinergi match hash <file.csv> --key-file K --out hashed.csv [--config cfg.json]\n",
    );
    return 2;
  }
  const key = await readKey(args.flags.get("key-file"));
  if (typeof key === "string") return fail(io, key);
  const records = await hashFile(file, key, args);
  if (typeof records === "string") return fail(io, records);
  const stream = createWriteStream(out);
  await writeChunk(stream, csvLine(["record_id", ...HASH_COLUMNS]));
  for (const r of records) await writeChunk(stream, csvLine([r.id, ...r.hashes]));
  await closeStream(stream);
  io.stderr.write(`hash: ${records.length} records → ${out}\n`);
  return 0;
}

/** Reads a hashed file; null when the file is not in the hashed layout. */
async function readHashed(path: string): Promise<HashedRecord[] | null | string> {
  const records: HashedRecord[] = [];
  let columns: number[] | null = null;
  try {
    for await (const row of readCsvRows(path)) {
      if (!columns) {
        if (row[0] !== "record_id" || !row.includes("h_nik")) return null;
        columns = HASH_COLUMNS.map((c) => row.indexOf(c));
        continue;
      }
      records.push({ id: row[0] ?? "", hashes: columns.map((c) => (c >= 0 ? (row[c] ?? "") : "")) });
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
