// Keyed encodings of normalised records: HMAC-SHA256 of exact keys (128 bits kept) and, in the
// CLK format, Bloom filters whose bits are chosen by HMAC-SHA256 of each q-gram.
import { createHmac } from "node:crypto";
import { BLOOM_BITS, bloomFilter, type KeyedHash } from "../domain/bloom";
import { BLOOM_FIELDS, bloomInputs } from "../domain/bloom-fields";
import { EXTRA_FIELDS, extraInputs, extraLabel, nikTrusted } from "../domain/hash-extras";
import { HASH_FIELDS, hashInputs } from "../domain/hash-keys";
import type { HashedRecord } from "../domain/hashed-link";
import type { Prepared } from "../domain/types";

export const HASH_COLUMNS = HASH_FIELDS.map((f) => `h_${f}`);
export const BLOOM_COLUMNS = BLOOM_FIELDS.map((f) => `bf_${f}`);
export const EXTRA_COLUMNS = EXTRA_FIELDS.map((f) => `hx_${f}`);
/** Whether the NIK is valid and agrees with the birth date (a data-quality flag, not a value). */
export const TRUSTED_COLUMN = "nik_trusted";

function hmac(key: Buffer, field: string, value: string): string {
  return value === "" ? "" : createHmac("sha256", key).update(`${field}:${value}`).digest("hex").slice(0, 32);
}

/** Keyed bit positions of a field's q-grams (memoised: a list has few distinct q-grams). */
function keyedHash(key: Buffer, field: string): KeyedHash {
  const cache = new Map<string, readonly [number, number]>();
  return (token) => {
    let h = cache.get(token);
    if (!h) {
      const d = createHmac("sha256", key).update(`bloom:${field}:${token}`).digest();
      h = [d.readUInt32BE(0), d.readUInt32BE(4)] as const;
      cache.set(token, h);
    }
    return h;
  };
}

/** Keyed hashes of a record's extra values, 64 bits each ("" stays "": unknown). */
function hashExtras(key: Buffer, r: Prepared): string[][] {
  return extraInputs(r).map((values, f) => {
    const label = extraLabel(EXTRA_FIELDS[f] ?? "nikVariants");
    return values.map((v) =>
      v === "" ? "" : createHmac("sha256", key).update(`${label}:${v}`).digest("hex").slice(0, 16),
    );
  });
}

export function hashRecords(records: readonly Prepared[], key: Buffer, clk: boolean): HashedRecord[] {
  const hashers = BLOOM_FIELDS.map((f) => keyedHash(key, f));
  return records.map((r) => ({
    id: r.id,
    hashes: hashInputs(r).map((v, f) => hmac(key, HASH_FIELDS[f] ?? "", v)),
    ...(clk
      ? {
          blooms: bloomInputs(r).map((tokens, f) =>
            tokens.length === 0 ? undefined : bloomFilter(tokens, hashers[f] as KeyedHash),
          ),
          extras: hashExtras(key, r),
          nikTrusted: nikTrusted(r),
        }
      : {}),
  }));
}

/** A list of extra hashes as one cell: space-separated, "-" for an unknown position. */
export function encodeExtras(values: readonly string[] | undefined): string {
  return (values ?? []).map((v) => (v === "" ? "-" : v)).join(" ");
}

export function decodeExtras(cell: string): string[] {
  return cell === "" ? [] : cell.split(" ").map((v) => (v === "-" ? "" : v));
}

/** Bloom filter as base64 ("" when the value was unknown). */
export function encodeBloom(f: Uint8Array | undefined): string {
  return f ? Buffer.from(f).toString("base64") : "";
}

export function decodeBloom(s: string): Uint8Array | undefined {
  if (s === "") return undefined;
  const bytes = new Uint8Array(Buffer.from(s, "base64"));
  return bytes.length === BLOOM_BITS / 8 ? bytes : undefined;
}
