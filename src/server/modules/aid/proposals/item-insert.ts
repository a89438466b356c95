// Bulk insert of proposal items: one JSON parameter per 2,000 rows (json_populate_recordset), far
// cheaper than tens of thousands of bind parameters for a 5,000-item proposal.
import { sql } from "drizzle-orm";
import type { Tx } from "../../../platform/db/pool";
import type { NewItem } from "./item-rows";

const COLUMNS =
  sql.raw(`id, proposal_id, programme_id, region_code, nik, no_kk, name, address, village_code, address_key,
  sector, phone, occupation, business_name, business_id, person_id, source, declared, status, removed_reason, checks,
  problems, open_problems, checked_at, decision, decision_reason, added_by, created_at, updated_at`);

function row(i: NewItem, now: string): Record<string, unknown> {
  return {
    id: i.id,
    proposal_id: i.proposalId,
    programme_id: i.programmeId,
    region_code: i.regionCode,
    nik: i.nik,
    no_kk: i.noKk,
    name: i.name,
    address: i.address,
    village_code: i.villageCode,
    address_key: i.addressKey,
    sector: i.sector,
    phone: i.phone,
    occupation: i.occupation,
    business_name: i.businessName,
    business_id: i.businessId,
    person_id: i.personId,
    source: i.source,
    declared: i.declared,
    status: i.status,
    removed_reason: i.removedReason,
    checks: i.checks,
    problems: i.problems,
    open_problems: i.openProblems,
    checked_at: i.checkedAt?.toISOString() ?? null,
    decision: i.decision,
    decision_reason: i.decisionReason,
    added_by: i.addedBy,
    created_at: now,
    updated_at: now,
  };
}

export async function insertItems(t: Tx, items: readonly NewItem[], now: Date): Promise<void> {
  const at = now.toISOString();
  for (let i = 0; i < items.length; i += 2000) {
    const json = JSON.stringify(items.slice(i, i + 2000).map((x) => row(x, at)));
    await t.execute(sql`insert into aid.proposal_items (${COLUMNS})
      select ${COLUMNS} from json_populate_recordset(null::aid.proposal_items, ${json}::json)`);
  }
}
