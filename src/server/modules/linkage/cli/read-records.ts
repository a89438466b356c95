// Reads a CSV file into LinkRecords using a column mapping.
import { access } from "node:fs/promises";
import { createPresenceCounter, prepareRecord } from "../domain/prepare";
import type { FieldPresence, FieldRole, LinkRecord, Prepared } from "../domain/types";
import { CANONICAL_CONFIG, type MatchConfig } from "./config";
import { readCsvBatches } from "./csv";

type RecordKey = Exclude<keyof LinkRecord, "id">;

const ROLE_KEY: Record<Exclude<FieldRole, "id" | "ignore">, RecordKey> = {
  national_id: "nationalId",
  family_id: "familyId",
  full_name: "fullName",
  given_name: "givenName",
  surname: "surname",
  sex: "sex",
  birth_place: "birthPlace",
  birth_date: "birthDate",
  address: "address",
  street_number: "streetNumber",
  locality: "locality",
  postcode: "postcode",
  state: "state",
  rt: "rt",
  rw: "rw",
  region_code: "regionCode",
  phone: "phone",
  business_name: "businessName",
  business_field: "businessField",
  source: "source",
};

/** Every field present (as "") so that all records share one object shape, which V8 handles fastest. */
export function emptyRecord(id: string): LinkRecord {
  return {
    id,
    nationalId: "",
    familyId: "",
    fullName: "",
    givenName: "",
    surname: "",
    sex: "",
    birthPlace: "",
    birthDate: "",
    address: "",
    streetNumber: "",
    locality: "",
    postcode: "",
    state: "",
    rt: "",
    rw: "",
    regionCode: "",
    phone: "",
    businessName: "",
    businessField: "",
    source: "",
  };
}

export type ReadResult = { ok: true; records: LinkRecord[] } | { ok: false; error: string };

type Mapping = { idColumn: number; fields: Array<{ column: number; key: RecordKey }> };

function mapHeader(header: string[], config: MatchConfig, path: string): Mapping | string {
  const position = new Map(header.map((h, i) => [h.trim().toLowerCase(), i]));
  const isCanonical = config === CANONICAL_CONFIG;
  let idColumn = -1;
  const fields: Mapping["fields"] = [];
  const missing: string[] = [];
  for (const [column, role] of Object.entries(config.columns)) {
    const at = position.get(column.trim().toLowerCase());
    if (at === undefined) {
      if (!isCanonical || column === "record_id" || column === "nama") missing.push(column);
      continue;
    }
    if (role === "id") idColumn = at;
    else if (role !== "ignore") fields.push({ column: at, key: ROLE_KEY[role] });
  }
  if (missing.length > 0) {
    const hint = isCanonical ? " (files in other layouts need --config)" : "";
    return `${path}: missing column(s) ${missing.join(", ")}${hint}; found: ${header.join(", ")}`;
  }
  if (idColumn < 0) return `${path}: the configuration maps no column to "id"`;
  return { idColumn, fields };
}

/** Fills `r` (reused between rows) from one CSV row. */
function fill(r: LinkRecord, row: readonly string[], mapping: Mapping): void {
  r.id = row[mapping.idColumn] ?? "";
  for (const f of mapping.fields) r[f.key] = "";
  for (const f of mapping.fields) {
    const v = row[f.column];
    if (v === undefined || v === "") continue;
    const prev = r[f.key];
    r[f.key] = prev === undefined || prev === "" ? v : `${prev} ${v}`;
  }
}

/**
 * Calls `onRecord` for every record of a CSV file (the header is checked first). The record
 * object is reused between rows: callers copy what they keep.
 */
async function forEachRecord(
  path: string,
  config: MatchConfig,
  onRecord: (r: LinkRecord) => void,
): Promise<string | null> {
  let mapping: Mapping | null = null;
  const scratch = emptyRecord("");
  const opts = { delimiter: config.delimiter, trimSpaces: config.trimSpaces };
  for await (const batch of readCsvBatches(path, opts)) {
    for (const row of batch) {
      if (mapping === null) {
        const m = mapHeader(row, config, path);
        if (typeof m === "string") return m;
        mapping = m;
        continue;
      }
      fill(scratch, row, mapping);
      if (scratch.id !== "") onRecord(scratch);
    }
  }
  return mapping === null ? `${path}: the file is empty` : null;
}

/** Counts records per province in the first `limit` rows (to plan partitions). */
export async function sampleProvinces(
  path: string,
  config: MatchConfig,
  province: (r: LinkRecord) => string,
  limit: number,
): Promise<{ counts: Map<string, number>; rows: number }> {
  const counts = new Map<string, number>();
  let rows = 0;
  const stop = new Error("enough rows");
  try {
    await forEachRecord(path, config, (r) => {
      const p = province(r);
      counts.set(p, (counts.get(p) ?? 0) + 1);
      if (++rows >= limit) throw stop;
    });
  } catch (err) {
    if (err !== stop) throw err;
  }
  return { counts, rows };
}

/** Reads every record of a CSV file; `onRows` reports progress every 100,000 rows. */
export async function readRecords(
  path: string,
  config: MatchConfig,
  onRows?: (rows: number) => void,
): Promise<ReadResult> {
  try {
    await access(path);
  } catch {
    return { ok: false, error: `file not found: ${path}` };
  }
  const records: LinkRecord[] = [];
  const error = await forEachRecord(path, config, (r) => {
    records.push({ ...r });
    if (onRows && records.length % 100_000 === 0) onRows(records.length);
  });
  return error !== null ? { ok: false, error } : { ok: true, records };
}

export type PreparedResult =
  | { ok: true; records: Prepared[]; presence: FieldPresence }
  | { ok: false; error: string };

/**
 * Reads and normalises a CSV file in one pass, keeping only the normalised records (a million
 * raw rows never sit in memory at once); `accept` keeps a subset (one partition).
 */
export async function readPreparedRecords(
  path: string,
  config: MatchConfig,
  onRows?: (rows: number) => void,
  accept?: (r: LinkRecord) => boolean,
): Promise<PreparedResult> {
  try {
    await access(path);
  } catch {
    return { ok: false, error: `file not found: ${path}` };
  }
  const records: Prepared[] = [];
  const presence = createPresenceCounter();
  const options = { dateOrder: config.dateOrder };
  const error = await forEachRecord(path, config, (r) => {
    // Field presence is counted over the whole file, so that every partition compares alike.
    presence.add(r);
    if (accept && !accept(r)) return;
    records.push(prepareRecord(r, options));
    if (onRows && records.length % 100_000 === 0) onRows(records.length);
  });
  return error !== null ? { ok: false, error } : { ok: true, records, presence: presence.result() };
}
