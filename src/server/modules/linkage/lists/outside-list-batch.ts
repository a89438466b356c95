// Batch form of findOnOutsideLists for the aid module's proposal checks: thousands of recipients
// in one query instead of one transaction each. Evidence: the row carrying the same NIK, or the row
// a link run matched (match or review) to the person/business. Runs in the caller's scope (RLS).
import { sql } from "drizzle-orm";
import { type Ctx, tx } from "../../access";
import { cleanNik } from "../domain/nik";
import { requirePermission } from "../permissions";

export type OutsideListSubject = {
  key: string;
  nik: string | null;
  personId: string | null;
  businessId: string | null;
};

export type OutsideListBatchHit = {
  listId: string;
  listName: string;
  kind: string;
  rowId: string;
  rowNumber: number;
  name: string | null;
  via: "nik" | "link";
  decision: "match" | "review" | "none";
  weight: number | null;
  probability: number | null;
};

type Row = {
  list_id: string;
  list_name: string;
  kind: string;
  row_id: string;
  row_number: number;
  name: string | null;
  nik: string | null;
  match_person_id: string | null;
  match_business_id: string | null;
  decision: "match" | "review" | "none";
  weight: number | null;
  probability: number | null;
};

/** Evidence per subject key (subjects without any evidence are absent from the map). */
export async function findOnOutsideListsBatch({
  ctx,
  subjects,
}: {
  ctx: Ctx;
  subjects: readonly OutsideListSubject[];
}): Promise<Map<string, OutsideListBatchHit[]>> {
  requirePermission(ctx, "linkage.read");
  const out = new Map<string, OutsideListBatchHit[]>();
  const niks = [...new Set(subjects.map((s) => (s.nik ? cleanNik(s.nik) : "")).filter((n) => n !== ""))];
  const persons = [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))];
  const businesses = [...new Set(subjects.flatMap((s) => (s.businessId ? [s.businessId] : [])))];
  if (niks.length + persons.length + businesses.length === 0) return out;
  const rows = await tx(ctx, (t) =>
    t.execute<Row>(sql`
      select l.id as list_id, l.name as list_name, l.kind, r.id as row_id, r.row_number, r.name, r.nik,
        r.match_person_id, r.match_business_id, r.decision, r.weight, r.probability
      from linkage.list_rows r join linkage.lists l on l.id = r.list_id
      where r.nik = any(${sql.param(niks)}::text[])
        or (r.decision <> 'none' and (r.match_person_id = any(${sql.param(persons)}::uuid[])
          or r.match_business_id = any(${sql.param(businesses)}::uuid[])))`),
  );
  const byNik = new Map<string, Row[]>();
  const byPerson = new Map<string, Row[]>();
  const byBusiness = new Map<string, Row[]>();
  const add = (m: Map<string, Row[]>, k: string | null, r: Row) => k && m.set(k, [...(m.get(k) ?? []), r]);
  for (const r of rows.rows) {
    add(byNik, r.nik, r);
    if (r.decision !== "none") {
      add(byPerson, r.match_person_id, r);
      add(byBusiness, r.match_business_id, r);
    }
  }
  for (const s of subjects) {
    const nik = s.nik ? cleanNik(s.nik) : "";
    const seen = new Set<string>();
    const hits: OutsideListBatchHit[] = [];
    const take = (r: Row, via: "nik" | "link") => {
      if (seen.has(r.row_id)) return;
      seen.add(r.row_id);
      hits.push({
        listId: r.list_id,
        listName: r.list_name,
        kind: r.kind,
        rowId: r.row_id,
        rowNumber: Number(r.row_number),
        name: r.name,
        via,
        decision: via === "nik" ? "match" : r.decision,
        weight: r.weight,
        probability: via === "nik" ? 1 : r.probability,
      });
    };
    for (const r of byNik.get(nik) ?? []) take(r, "nik");
    for (const r of s.personId ? (byPerson.get(s.personId) ?? []) : []) take(r, "link");
    for (const r of s.businessId ? (byBusiness.get(s.businessId) ?? []) : []) take(r, "link");
    if (hits.length > 0) out.set(s.key, hits);
  }
  return out;
}
