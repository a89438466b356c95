// Builds proposal items: a snapshot of the person and business at the time of proposing (the
// register may change later; the proposal must show what was proposed).
import { cleanIdentityText } from "../../../../shared/identity-text";
import { hasNikShape } from "../../../../shared/nik";
import { toE164Mobile } from "../../../../shared/phone";
import type { Tx } from "../../../platform/db/pool";
import { newId } from "../../../platform/ids";
import { findOwnersByNik, readBusinessOwners } from "../../registry";
import { addressKey } from "../domain";
import type { ItemRow, ProposalRow } from "../repository";
import type { AddItemBody } from "./contract-items";

export type NewItem = Omit<ItemRow, "createdAt" | "updatedAt">;

const cleanId = (v: string | null | undefined): string | null => {
  const c = cleanIdentityText(v ?? "").toUpperCase();
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

/** Items for register businesses in scope (ids out of scope or unknown are left out). */
export async function itemsFromBusinesses(
  t: Tx,
  proposal: ProposalRow,
  ids: readonly string[],
  by: string,
): Promise<NewItem[]> {
  const rows = await readBusinessOwners(t, ids);
  return rows.map((r) => {
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
  const niks = [...new Set(items.filter((i) => !i.personId && hasNikShape(i.nik)).map((i) => i.nik))];
  if (niks.length === 0) return items;
  const found = await findOwnersByNik(t, niks);
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
