// What aid holds about one person (UU PDP Pasal 32): proposal items naming them (by person, business
// or NIK — items are snapshots and may predate a register link), and payment rows by NIK.
// Runs in the caller's transaction (row-level security applies).
import { sql } from "drizzle-orm";
import type { Tx } from "../../platform/db/pool";

export type AidPersonData = {
  proposalItems: {
    programme: string;
    proposalNumber: string;
    proposalStatus: string;
    nik: string;
    noKk: string | null;
    name: string;
    address: string | null;
    phone: string | null;
    businessName: string | null;
    itemStatus: string;
    decision: string | null;
    decisionReason: string | null;
    addedAt: string;
  }[];
  payments: {
    programme: string;
    amount: number;
    account: string | null;
    paidOn: string | null;
    status: string;
  }[];
};

type Subject = { personId: string; nik: string; businessIds: readonly string[] };

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** Aid's part of a person's data (empty lists when they were never proposed). */
export async function personDataOf(t: Tx, who: Subject): Promise<AidPersonData> {
  const ids = sql.param([...who.businessIds]);
  const items = await t.execute<Record<string, unknown>>(sql`
    select g.name as programme, p.number, p.status as proposal_status, i.nik, i.no_kk, i.name,
      i.address, i.phone, i.business_name, i.status, i.decision, i.decision_reason, i.created_at
    from aid.proposal_items i join aid.proposals p on p.id = i.proposal_id
      join aid.programmes g on g.id = i.programme_id
    where i.person_id = ${who.personId} or i.business_id = any(${ids}::uuid[]) or i.nik = ${who.nik}
    order by i.created_at, i.id`);
  const paid = await t.execute<Record<string, unknown>>(sql`
    select g.name as programme, d.amount, d.account, d.paid_on::text, d.status
    from aid.disbursement_rows d join aid.programmes g on g.id = d.programme_id
    where d.nik = ${who.nik} order by d.paid_on nulls last, d.id`);
  return {
    proposalItems: items.rows.map((r) => ({
      programme: String(r.programme),
      proposalNumber: String(r.number),
      proposalStatus: String(r.proposal_status),
      nik: String(r.nik),
      noKk: text(r.no_kk),
      name: String(r.name),
      address: text(r.address),
      phone: text(r.phone),
      businessName: text(r.business_name),
      itemStatus: String(r.status),
      decision: text(r.decision),
      decisionReason: text(r.decision_reason),
      addedAt: new Date(r.created_at as Date).toISOString(),
    })),
    payments: paid.rows.map((r) => ({
      programme: String(r.programme),
      amount: Number(r.amount),
      account: text(r.account),
      paidOn: text(r.paid_on),
      status: String(r.status),
    })),
  };
}
