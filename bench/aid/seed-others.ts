// The rest of the country for the aid check benchmark: other regencies' BPUM proposals (~100,000
// items), an approved proposal of a programme that excludes BPUM, and a DTKS-like outside list —
// each overlapping the target regency on purpose (same NIK, same No. KK), inserted in bulk.
import { sql } from "drizzle-orm";
import { addressKey } from "../../src/server/modules/aid/domain";
import type { Database } from "../../src/server/platform/db/pool";
import { newId } from "../../src/server/platform/ids";
import { insertJsonRows } from "../lib/bulk-load";

type Owner = {
  business_id: string;
  person_id: string;
  nik: string;
  no_kk: string | null;
  name: string;
  street: string | null;
  village_code: string | null;
  region_code: string;
  sector: string;
  business_name: string;
  phone: string | null;
};

export async function owners(database: Database, regency: string, limit: number): Promise<Owner[]> {
  const rows = await database.db.execute<Owner>(sql`
    select b.id as business_id, p.id as person_id, p.nik, p.no_kk, p.name, p.street, p.village_code, b.region_code, b.sector, b.name as business_name, p.phone
    from registry.businesses b join registry.persons p on p.id = b.owner_id
    where b.region_code like ${`${regency}.%`} and b.status = 'active' order by b.id limit ${limit}`);
  return rows.rows;
}

async function insertProposal(
  database: Database,
  o: { programmeId: string; region: string; status: string; decreeDate?: string },
): Promise<string> {
  const id = newId();
  await database.db.execute(sql`insert into aid.proposals (id, number, programme_id, region_code, proposer_name, status, decree_number, decree_date, created_by)
    values (${id}, ${`USL-BENCH-${id.slice(-8)}`}, ${o.programmeId}, ${o.region}, ${`Dinas Koperasi dan UKM ${o.region}`}, ${o.status},
      ${o.decreeDate ? "B-1/BENCH" : null}, ${o.decreeDate ?? null}, 'bench')`);
  return id;
}

async function insertItems(
  database: Database,
  proposalId: string,
  programmeId: string,
  region: string,
  rows: readonly Owner[],
  kkOverride?: (o: Owner, i: number) => string | null,
): Promise<void> {
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000).map((o, j) => {
      const address = o.street;
      return {
        id: newId(),
        proposal_id: proposalId,
        programme_id: programmeId,
        region_code: region,
        nik: o.nik,
        no_kk: kkOverride ? kkOverride(o, i + j) : o.no_kk,
        name: o.name,
        address,
        village_code: o.village_code,
        address_key: addressKey({ villageCode: o.village_code, address }),
        sector: o.sector,
        phone: o.phone,
        occupation: null,
        business_name: o.business_name,
        business_id: o.business_id,
        person_id: o.person_id,
        source: "register",
        declared: null,
        status: "active",
        removed_reason: null,
        checks: [],
        problems: [],
        open_problems: 0,
        checked_at: null,
        decision: null,
        decision_reason: null,
        added_by: "bench",
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      };
    });
    await database.db.execute(
      sql`insert into aid.proposal_items select * from json_populate_recordset(null::aid.proposal_items, ${JSON.stringify(part)}::json)`,
    );
  }
}

export type OthersSummary = { proposals: number; items: number; exclusiveItems: number; listRows: number };

/** Other regencies' proposals and lists; `target` owners are mixed in as planted overlaps. */
export async function seedOthers(
  database: Database,
  o: { bpum: string; stimulus: string; regencies: string[]; targetRegency: string; target: readonly Owner[] },
): Promise<OthersSummary> {
  let items = 0;
  for (const [k, regency] of o.regencies.entries()) {
    const pid = await insertProposal(database, {
      programmeId: o.bpum,
      region: regency,
      status: k % 3 === 0 ? "verified" : "submitted",
    });
    const rows = await owners(database, regency, 5000);
    await insertItems(database, pid, o.bpum, regency, rows);
    items += rows.length;
  }
  // planted: 300 target NIKs proposed again elsewhere, 200 target households (same No. KK) via a second proposer
  const dupPid = await insertProposal(database, {
    programmeId: o.bpum,
    region: o.regencies[0] ?? "11.01",
    status: "submitted",
  });
  await insertItems(database, dupPid, o.bpum, o.regencies[0] ?? "11.01", o.target.slice(0, 300));
  const kin = o.target.slice(300, 500).map((t) => ({
    ...t,
    nik: `${t.nik.slice(0, 12)}${String((Number(t.nik.slice(12)) + 5000) % 10000).padStart(4, "0")}`,
    person_id: newId(),
    business_id: newId(),
  }));
  await insertItems(database, dupPid, o.bpum, o.regencies[0] ?? "11.01", kin);
  items += 500;
  const exPid = await insertProposal(database, {
    programmeId: o.stimulus,
    region: o.regencies[1] ?? "11.02",
    status: "approved",
    decreeDate: "2020-09-10",
  });
  const exRows = [...o.target.slice(500, 700), ...(await owners(database, o.regencies[1] ?? "11.02", 4800))];
  await insertItems(database, exPid, o.stimulus, o.regencies[1] ?? "11.02", exRows);
  const listRows = await seedList(database, o.targetRegency, o.target.slice(700, 1000));
  await database.pool.query("analyze aid.proposal_items; analyze aid.proposals; analyze linkage.list_rows");
  return { proposals: o.regencies.length + 2, items, exclusiveItems: exRows.length, listRows };
}

/** The list covers the target regency (lists belong to one regency; the operator reads them under RLS). */
async function seedList(database: Database, region: string, target: readonly Owner[]): Promise<number> {
  const listId = newId();
  await database.db.execute(sql`insert into linkage.lists (id, region_code, name, kind, row_count, state, created_by_name)
    values (${listId}, ${region}, 'DTKS Kemensos (bench)', 'dtks', 0, 'uploaded', 'bench')`);
  const rows = await database.db.execute<{ nik: string; name: string }>(
    sql`select nik, name from registry.persons tablesample system (10) limit 100000`,
  );
  const all = [...rows.rows, ...target.map((t) => ({ nik: t.nik, name: t.name }))];
  for (let i = 0; i < all.length; i += 5000) {
    const part = all.slice(i, i + 5000).map((r, j) => ({
      id: newId(),
      region_code: region,
      list_id: listId,
      row_number: i + j + 2,
      nik: r.nik,
      name: r.name,
      decision: "none",
    }));
    await insertJsonRows(database, "linkage.list_rows", part);
  }
  return all.length;
}
