// Finds, across every region, the proposal items that share a NIK, a No. KK or an address key with
// the items being checked: same programme (duplicates, households) and exclusive programmes
// (approved recipients only, within the exclusion's period).
import { sql } from "drizzle-orm";
import { maskIdentity } from "../../../../shared/mask";
import type { Database } from "../../../platform/db/pool";
import { type ExclusiveWith, type Hit, inPeriod } from "../domain";
import { readAcrossRegions } from "./cross-region";

type HitRow = {
  id: string;
  proposal_id: string;
  programme_id: string;
  nik: string;
  no_kk: string | null;
  address_key: string | null;
  name: string;
  address: string | null;
  business_name: string | null;
  number: string;
  proposer_name: string;
  region_code: string;
  status: string;
  decree_date: string | null;
  programme_name: string;
};

export type HitIndex = { byNik: Map<string, Hit[]>; byKk: Map<string, Hit[]>; byAddress: Map<string, Hit[]> };

function push(map: Map<string, Hit[]>, key: string | null, hit: Hit): void {
  if (!key) return;
  const list = map.get(key);
  if (list) list.push(hit);
  else map.set(key, [hit]);
}

function toHit(r: HitRow, programmeId: string): Hit {
  return {
    nik: r.nik,
    noKk: r.no_kk,
    addressKey: r.address_key,
    relation: r.programme_id === programmeId ? "same_programme" : "exclusive_programme",
    other: {
      itemId: r.id,
      proposalId: r.proposal_id,
      proposalNumber: r.number,
      proposerName: r.proposer_name,
      regionCode: r.region_code,
      programmeId: r.programme_id,
      programmeName: r.programme_name,
      proposalStatus: r.status,
      name: r.name,
      nikMasked: maskIdentity(r.nik) ?? "",
      noKkMasked: maskIdentity(r.no_kk),
      address: r.address,
      businessName: r.business_name,
    },
  };
}

export async function findHits(
  db: Database,
  input: {
    programmeId: string;
    exclusive: readonly ExclusiveWith[];
    niks: string[];
    kks: string[];
    addressKeys: string[];
  },
): Promise<HitIndex> {
  const exclusiveIds = input.exclusive.map((e) => e.programmeId);
  const cols = sql`o.id, o.proposal_id, o.programme_id, o.nik, o.no_kk, o.address_key, o.name, o.address, o.business_name,
    p.number, p.proposer_name, p.region_code, p.status, p.decree_date::text, g.name as programme_name
    from aid.proposal_items o join aid.proposals p on p.id = o.proposal_id join aid.programmes g on g.id = o.programme_id`;
  const live = sql`o.status = 'active' and o.decision is distinct from 'rejected'`;
  const rows = await readAcrossRegions(db, async (t) => {
    const same = await t.execute<HitRow>(sql`select ${cols}
      where ${live} and p.status <> 'rejected' and o.programme_id = ${input.programmeId}
        and (o.nik = any(${sql.param(input.niks)}::text[]) or o.no_kk = any(${sql.param(input.kks)}::text[])
          or o.address_key = any(${sql.param(input.addressKeys)}::text[]))`);
    if (exclusiveIds.length === 0) return same.rows;
    const excl = await t.execute<HitRow>(sql`select ${cols}
      where ${live} and p.status in ('approved', 'disbursed') and o.programme_id = any(${sql.param(exclusiveIds)}::uuid[])
        and o.nik = any(${sql.param(input.niks)}::text[])`);
    return [...same.rows, ...excl.rows];
  });
  const periods = new Map(input.exclusive.map((e) => [e.programmeId, e]));
  const index: HitIndex = { byNik: new Map(), byKk: new Map(), byAddress: new Map() };
  for (const r of rows) {
    const period = periods.get(r.programme_id);
    if (r.programme_id !== input.programmeId && period && !inPeriod(r.decree_date, period)) continue;
    const hit = toHit(r, input.programmeId);
    push(index.byNik, r.nik, hit);
    if (hit.relation === "same_programme") {
      push(index.byKk, r.no_kk, hit);
      push(index.byAddress, r.address_key, hit);
    }
  }
  return index;
}

/** The hits that concern one item (deduplicated by the pure step). */
export function hitsFor(
  index: HitIndex,
  item: { nik: string; noKk: string | null; addressKey: string | null },
): Hit[] {
  return [
    ...(index.byNik.get(item.nik) ?? []),
    ...(item.noKk ? (index.byKk.get(item.noKk) ?? []) : []),
    ...(item.addressKey ? (index.byAddress.get(item.addressKey) ?? []) : []),
  ];
}

/** What the evidence shows about the proposal a not-yet-inserted batch belongs to. */
export type BatchInfo = {
  number: string;
  proposerName: string;
  regionCode: string;
  status: string;
  programmeName: string;
};

/**
 * Items being added in one batch see each other (same NIK twice in an uploaded list, a couple
 * picked together) before they are inserted.
 */
export function addBatch(
  index: HitIndex,
  items: ReadonlyArray<{
    id: string;
    proposalId: string;
    programmeId: string;
    nik: string;
    noKk: string | null;
    addressKey: string | null;
    name: string;
    address: string | null;
    businessName: string | null;
  }>,
  info: BatchInfo,
): void {
  for (const i of items) {
    const hit: Hit = {
      nik: i.nik,
      noKk: i.noKk,
      addressKey: i.addressKey,
      relation: "same_programme",
      other: {
        itemId: i.id,
        proposalId: i.proposalId,
        proposalNumber: info.number,
        proposerName: info.proposerName,
        regionCode: info.regionCode,
        programmeId: i.programmeId,
        programmeName: info.programmeName,
        proposalStatus: info.status,
        name: i.name,
        nikMasked: maskIdentity(i.nik) ?? "",
        noKkMasked: maskIdentity(i.noKk),
        address: i.address,
        businessName: i.businessName,
      },
    };
    push(index.byNik, i.nik, hit);
    push(index.byKk, i.noKk, hit);
    push(index.byAddress, i.addressKey, hit);
  }
}
