// The dry run's check against the register: a row whose valid NIK is already registered is marked
// EXISTS_IN_REGISTER with the existing owner and business; a row whose name, birth date and village
// (or phone) equal a registered person's is marked LIKELY_IN_REGISTER. Both become warnings, so the
// commit imports them only as the operator chooses (update the existing record by default): an
// import never adds a silent second copy. Set-based on the stored dry-run rows; runs under the
// office's row-level security, so persons outside its scope are not seen. A row found in the
// register loses its SAME_OWNER_IN_FILE mark: the operator's choice for the registered record
// decides it, not the file's first row.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../../platform/db/pool";
import { nameKey } from "../../domain";
import { reasonMessage } from "..";

const PAGE = 1000;

type Match = {
  seq: number;
  personId: string;
  ownerName: string;
  businessId: string | null;
  businessName: string | null;
};

function reasonOf(code: "EXISTS_IN_REGISTER" | "LIKELY_IN_REGISTER", m: Match, evidence: string[]) {
  return {
    field: code === "EXISTS_IN_REGISTER" ? "nik" : "nama",
    code,
    level: "warning",
    message: reasonMessage(code, { ownerName: m.ownerName, businessName: m.businessName }),
    personId: m.personId,
    businessId: m.businessId,
    businessName: m.businessName,
    evidence,
  };
}

async function mark(
  t: Tx,
  batchId: string,
  matches: readonly Match[],
  code: "EXISTS_IN_REGISTER" | "LIKELY_IN_REGISTER",
  evidence: (m: Match) => string[],
) {
  if (matches.length === 0) return { promoted: 0, sameOwner: 0 };
  const payload = matches.map((m) => ({ seq: m.seq, reason: reasonOf(code, m, evidence(m)) }));
  const res = await t.execute<{ was_valid: boolean; same_owner: boolean }>(sql`
    with m as (select * from jsonb_to_recordset(${JSON.stringify(payload)}::jsonb) as x(seq int, reason jsonb)),
    old as (select r.seq, r.status, r.errors from registry.import_rows r join m on m.seq = r.seq where r.batch_id = ${batchId})
    update registry.import_rows r set status = 'warning',
      errors = coalesce((select jsonb_agg(e.value order by e.n) from jsonb_array_elements(r.errors) with ordinality e(value, n)
        where e.value->>'code' <> 'SAME_OWNER_IN_FILE'), '[]'::jsonb) || jsonb_build_array(m.reason)
    from m, old where r.batch_id = ${batchId} and r.seq = m.seq and old.seq = m.seq
    returning old.status = 'valid' as was_valid, old.errors @> '[{"code":"SAME_OWNER_IN_FILE"}]'::jsonb as same_owner`);
  return {
    promoted: res.rows.filter((r) => r.was_valid).length,
    sameOwner: res.rows.filter((r) => r.same_owner).length,
  };
}

const ownerBusiness = sql`left join lateral (
    select id, name from registry.businesses where owner_id = p.id and status <> 'merged' order by created_at, id limit 1
  ) b on true`;

/** Same valid NIK (the dry run already normalised it; only rows that were not rejected). */
async function byNik(t: Tx, batchId: string): Promise<Match[]> {
  const res = await t.execute<Match>(sql`
    select distinct on (r.seq) r.seq, p.id as "personId", p.name as "ownerName", b.id as "businessId", b.name as "businessName"
    from registry.import_rows r
    join registry.persons p on p.nik = r.values->>'nik'
    ${ownerBusiness}
    where r.batch_id = ${batchId} and r.status <> 'rejected'
    order by r.seq, p.created_at, p.id`);
  return res.rows;
}

type Probe = { seq: number; key: string; birth: string; village: string | null; phone: string | null };

/** Same name (titles ignored), same birth date, and the same village or phone; NIK not registered. */
async function byNameAndBirth(
  t: Tx,
  batchId: string,
  after: number,
): Promise<{ matches: Match[]; last: number | null }> {
  const rows = (
    await t.execute<{
      seq: number;
      nama: string;
      birth: string | null;
      village: string | null;
      phone: string | null;
    }>(sql`
      select seq, values->>'nama' as nama, values->>'tanggal_lahir' as birth, values->>'kode_wilayah' as village,
        values->>'no_hp' as phone
      from registry.import_rows
      where batch_id = ${batchId} and seq > ${after} and status <> 'rejected'
        and not errors @> '[{"code":"EXISTS_IN_REGISTER"}]'::jsonb
      order by seq limit ${PAGE}`)
  ).rows;
  const last = rows.length === PAGE ? (rows[rows.length - 1]?.seq ?? null) : null;
  const probes: Probe[] = rows.flatMap((r) =>
    r.birth && r.nama
      ? [{ seq: r.seq, key: nameKey(r.nama), birth: r.birth, village: r.village, phone: r.phone }]
      : [],
  );
  if (probes.length === 0) return { matches: [], last };
  const res = await t.execute<Match & { sameVillage: boolean }>(sql`
    with q as (select * from jsonb_to_recordset(${JSON.stringify(probes)}::jsonb)
      as x(seq int, key text, birth date, village text, phone text))
    select distinct on (q.seq) q.seq, p.id as "personId", p.name as "ownerName", b.id as "businessId",
      b.name as "businessName", p.village_code = q.village as "sameVillage"
    from q join registry.persons p on p.name_norm = q.key and p.birth_date = q.birth
      and (p.village_code = q.village or p.phone = q.phone)
    ${ownerBusiness}
    order by q.seq, p.created_at, p.id`);
  return { matches: res.rows, last };
}

/**
 * Marks the batch's rows found in the register; returns how many rows went from valid to warning
 * and how many lost their SAME_OWNER_IN_FILE mark.
 */
export async function markRegistered(
  t: Tx,
  batchId: string,
): Promise<{ exists: number; likely: number; promoted: number; sameOwner: number }> {
  const exact = await byNik(t, batchId);
  const marked = await mark(t, batchId, exact, "EXISTS_IN_REGISTER", () => ["nik"]);
  let { promoted, sameOwner } = marked;
  let likely = 0;
  let after = 0;
  for (;;) {
    const page = await byNameAndBirth(t, batchId, after);
    likely += page.matches.length;
    const more = await mark(t, batchId, page.matches, "LIKELY_IN_REGISTER", (m) => [
      "nama",
      "tanggal_lahir",
      (m as Match & { sameVillage: boolean }).sameVillage ? "kode_wilayah" : "no_hp",
    ]);
    promoted += more.promoted;
    sameOwner += more.sameOwner;
    if (page.last === null) break;
    after = page.last;
  }
  return { exists: exact.length, likely, promoted, sameOwner };
}
