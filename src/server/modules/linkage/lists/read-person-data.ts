// What linkage holds about one person (UU PDP Pasal 32): rows of outside lists (DTKS, BPUM, Prakerja
// …) linked to them or their businesses, duplicate pairs naming their businesses, and merges.
// Runs in the caller's transaction (row-level security applies).
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";

export type LinkagePersonData = {
  listRows: {
    listName: string;
    listKind: string;
    source: string | null;
    asOf: string | null;
    rowNumber: number;
    nik: string | null;
    name: string | null;
    birthDate: string | null;
    phone: string | null;
    address: string | null;
    businessName: string | null;
    decision: string;
    probability: number | null;
  }[];
  pairs: { businessIds: string[]; probability: number; decision: string; status: string }[];
  merges: { survivorId: string; mergedId: string; mergedAt: string; undoneAt: string | null }[];
};

type Subject = { personId: string; businessIds: readonly string[] };

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/** Linkage's part of a person's data (empty lists when nothing links to them). */
export async function personDataOf(t: Tx, who: Subject): Promise<LinkagePersonData> {
  const ids = sql.param([...who.businessIds]);
  const rows = await t.execute<Record<string, unknown>>(sql`
    select l.name as list_name, l.kind, l.source, l.as_of::text, r.row_number, r.nik, r.name, r.birth_date,
      r.phone, r.address, r.business_name, r.decision, r.probability
    from linkage.list_rows r join linkage.lists l on l.id = r.list_id
    where r.match_person_id = ${who.personId} or r.match_business_id = any(${ids}::uuid[])
    order by l.created_at, r.row_number`);
  const pairs = await t.execute<Record<string, unknown>>(sql`
    select record_a, record_b, probability, decision, status from linkage.pairs
    where record_a = any(${ids}::uuid[]) or record_b = any(${ids}::uuid[]) order by created_at`);
  const merges = await t.execute<Record<string, unknown>>(sql`
    select survivor_id, merged_id, merged_at, undone_at from linkage.merges
    where survivor_id = any(${ids}::uuid[]) or merged_id = any(${ids}::uuid[]) order by merged_at`);
  return {
    listRows: rows.rows.map((r) => ({
      listName: String(r.list_name),
      listKind: String(r.kind),
      source: (r.source as string | null) ?? null,
      asOf: (r.as_of as string | null) ?? null,
      rowNumber: Number(r.row_number),
      nik: (r.nik as string | null) ?? null,
      name: (r.name as string | null) ?? null,
      birthDate: (r.birth_date as string | null) ?? null,
      phone: (r.phone as string | null) ?? null,
      address: (r.address as string | null) ?? null,
      businessName: (r.business_name as string | null) ?? null,
      decision: String(r.decision),
      probability: r.probability === null ? null : Number(r.probability),
    })),
    pairs: pairs.rows.map((r) => ({
      businessIds: [String(r.record_a), String(r.record_b)],
      probability: Number(r.probability),
      decision: String(r.decision),
      status: String(r.status),
    })),
    merges: merges.rows.map((r) => ({
      survivorId: String(r.survivor_id),
      mergedId: String(r.merged_id),
      mergedAt: iso(r.merged_at as Date) ?? "",
      undoneAt: iso((r.undone_at as Date | null) ?? null),
    })),
  };
}
