// Reads a CSV file into LinkRecords using a column mapping.
import { access } from "node:fs/promises";
import type { FieldRole, LinkRecord } from "../domain/types";
import { CANONICAL_CONFIG, type MatchConfig } from "./config";
import { readCsvRows } from "./csv";

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

/** Reads every record of a CSV file; `onRow` reports progress every 100,000 rows. */
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
  let mapping: Mapping | null = null;
  const opts = { delimiter: config.delimiter, trimSpaces: config.trimSpaces };
  for await (const row of readCsvRows(path, opts)) {
    if (mapping === null) {
      const m = mapHeader(row, config, path);
      if (typeof m === "string") return { ok: false, error: m };
      mapping = m;
      continue;
    }
    const id = row[mapping.idColumn] ?? "";
    if (id === "") continue;
    const r: LinkRecord = { id };
    for (const f of mapping.fields) {
      const v = row[f.column];
      if (v === undefined || v === "") continue;
      const prev = r[f.key];
      r[f.key] = prev === undefined ? v : `${prev} ${v}`;
    }
    records.push(r);
    if (onRows && records.length % 100_000 === 0) onRows(records.length);
  }
  if (mapping === null) return { ok: false, error: `${path}: the file is empty` };
  return { ok: true, records };
}
