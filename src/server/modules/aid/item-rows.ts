// Builds proposal items: a snapshot of the person and business at the time of proposing (the
// register may change later; the proposal must show what was proposed).
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";
import { newId } from "../../platform/ids";
import { businesses, persons, toE164Mobile } from "../registry";
import type { AddItemBody } from "./contract-items";
import { addressKey } from "./domain";
import type { ItemRow, ProposalRow } from "./repository";

export type NewItem = Omit<ItemRow, "createdAt" | "updatedAt">;

const cleanId = (v: string | null | undefined): string | null => {
  const c = (v ?? "").replace(/[\s.\-_/']/g, "").toUpperCase();
  return c === "" ? null : c;
};

export function formatAddress(p: {
  street: string | null;
  rt: string | null;
  rw: string | null;
}): string | null {
  const parts = [p.street?.trim(), p.rt ? `RT ${p.rt}` : null, p.rw ? `RW ${p.rw}` : null].filter(
    (x): x is string => Boolean(x),
  );
  return parts.length > 0 ? parts.join(" ") : null;
}

function base(
  proposal: ProposalRow,
  by: string,
): Pick<
  NewItem,
  | "id"
  | "proposalId"
  | "programmeId"
  | "regionCode"
  | "status"
  | "removedReason"
  | "checks"
  | "problems"
  | "openProblems"
  | "checkedAt"
  | "decision"
  | "decisionReason"
  | "addedBy"
> {
  return {
    id: newId(),
    proposalId: proposal.id,
    programmeId: proposal.programmeId,
    regionCode: proposal.regionCode,
    status: "active",
    removedReason: null,
    checks: [],
    problems: [],
    openProblems: 0,
    checkedAt: null,
    decision: null,
    decisionReason: null,
    addedBy: by,
  };
}

type OwnerRow = {
  business_id: string;
  business_name: string;
  sector: string;
  b_street: string | null;
  b_rt: string | null;
  b_rw: string | null;
  b_region: string;
  person_id: string;
  nik: string;
  no_kk: string | null;
  name: string;
  phone: string | null;
  street: string | null;
  rt: string | null;
  rw: string | null;
  village_code: string | null;
};

/** Items for register businesses in scope (ids out of scope or unknown are left out). */
export async function itemsFromBusinesses(
  t: Tx,
  proposal: ProposalRow,
  ids: readonly string[],
  by: string,
): Promise<NewItem[]> {
  if (ids.length === 0) return [];
  // one array parameter instead of thousands of bind parameters (5,000 businesses per proposal)
  const rows = await t.execute<OwnerRow>(sql`
    select b.id as business_id, b.name as business_name, b.sector, b.street as b_street, b.rt as b_rt, b.rw as b_rw,
      b.region_code as b_region, p.id as person_id, p.nik, p.no_kk, p.name, p.phone, p.street, p.rt, p.rw, p.village_code
    from registry.businesses b join registry.persons p on p.id = b.owner_id
    where b.id = any(${sql.param([...ids])}::uuid[])`);
  return rows.rows.map((r) => {
    const address = formatAddress(r) ?? formatAddress({ street: r.b_street, rt: r.b_rt, rw: r.b_rw });
    const villageCode = r.village_code ?? r.b_region;
    return {
      ...base(proposal, by),
      nik: r.nik,
      noKk: r.no_kk,
      name: r.name,
      address,
      villageCode,
      addressKey: addressKey({ villageCode, address }),
      sector: r.sector,
      phone: r.phone,
      occupation: null,
      businessName: r.business_name,
      businessId: r.business_id,
      personId: r.person_id,
      source: "register" as const,
      declared: null,
    };
  });
}

type FormBody = Exclude<AddItemBody, { businessId: string }>;

/** An item typed in a form or read from an uploaded row; linked to the register by exact NIK. */
export function itemFromForm(
  proposal: ProposalRow,
  body: FormBody,
  by: string,
  source: "form" | "upload",
): NewItem {
  const nik = cleanId(body.nik) ?? "";
  const villageCode = body.kodeWilayah ?? null;
  const address = body.alamat?.trim() || null;
  return {
    ...base(proposal, by),
    nik,
    noKk: cleanId(body.noKk),
    name: body.nama.trim(),
    address,
    villageCode,
    addressKey: addressKey({ villageCode, address }),
    sector: body.bidangUsaha?.trim().toLowerCase() || null,
    phone: body.noHp ? (toE164Mobile(body.noHp) ?? body.noHp.trim()) : null,
    occupation: body.pekerjaan?.trim() || null,
    businessName: body.namaUsaha?.trim() || null,
    businessId: null,
    personId: null,
    source,
    declared:
      body.aset !== undefined || body.omzet !== undefined || body.terdampak !== undefined
        ? { assets: body.aset ?? null, annualTurnover: body.omzet ?? null, affected: body.terdampak ?? null }
        : null,
  };
}

/** Links typed/uploaded items to register persons (and their first business) by exact NIK in scope. */
export async function linkToRegister(t: Tx, items: NewItem[]): Promise<NewItem[]> {
  const niks = [...new Set(items.filter((i) => !i.personId && /^\d{16}$/.test(i.nik)).map((i) => i.nik))];
  if (niks.length === 0) return items;
  const found = new Map<
    string,
    { personId: string; businessId: string | null; businessName: string | null; sector: string | null }
  >();
  for (let i = 0; i < niks.length; i += 2000) {
    const rows = await t
      .select({
        pid: persons.id,
        nik: persons.nik,
        bid: businesses.id,
        bname: businesses.name,
        sector: businesses.sector,
      })
      .from(persons)
      .leftJoin(businesses, eq(businesses.ownerId, persons.id))
      .where(inArray(persons.nik, niks.slice(i, i + 2000)));
    for (const r of rows)
      if (!found.has(r.nik))
        found.set(r.nik, { personId: r.pid, businessId: r.bid, businessName: r.bname, sector: r.sector });
  }
  return items.map((i) => {
    const f = found.get(i.nik);
    if (!f) return i;
    return {
      ...i,
      personId: f.personId,
      businessId: f.businessId,
      businessName: i.businessName ?? f.businessName,
      sector: i.sector ?? f.sector,
    };
  });
}
