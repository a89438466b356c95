// S6 in Dharmasraya (13.10): a BPUM proposal of the regency's ~5,000 registered UMKM, with the
// audit findings of 2020 planted: a couple proposed through two proposers (the husband by the
// regency, the wife by the province office, same No. KK), an owner already on the social ministry's
// DTKS list, and a NIK with an impossible birth date (30 February). Before it, a first BPUM batch
// of the regency's affected micro businesses was already paid (so the reports show aid paid in
// Dharmasraya); the draft proposal leaves those businesses out, as BPUM is once per NIK.
import { eq, sql } from "drizzle-orm";
import { type Ctx, recordAudit, tx } from "../../access";
import { listSampleBusinessIds } from "../../registry";
import { addItem, addManyItems } from "../proposals/add-items";
import { createProposal } from "../proposals/manage-proposals";
import { proposals } from "../schema";
import { payBatch, seededBatch } from "./paid-batch";
import { dtksList, type Owner, pickOwner, provinceProposal } from "./planted";

export const DHARMASRAYA_PROPOSER = "Dinas Koperasi dan UKM Kabupaten Dharmasraya";
export const IMPOSSIBLE_NIK = "1310017002850004";
/** The first, paid batch (its own proposal; the name stays apart from the draft's proposer). */
export const DHARMASRAYA_PAID_PROPOSER = "Dinas Koperasi dan UKM Kab. Dharmasraya (BPUM Tahap 1)";
/** Affected micro businesses looked at for the paid batch (the planted owners are left out). */
const PAID_BATCH = 12;
const REGENCY = "13.10";

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

/**
 * The operator's first pass, done before the demo starts: businesses the register classes as small
 * (not micro under UU 20/2008) leave the list with a written reason. The planted problems stay open.
 */
async function removeNotMicro(ctx: Ctx, proposalId: string): Promise<number> {
  const reason = "Bukan usaha mikro menurut UU 20/2008 (kelas kecil di registri)";
  return tx(ctx, async (t) => {
    const rows = await t.execute<{
      id: string;
    }>(sql`update aid.proposal_items set status = 'removed', removed_reason = ${reason}, updated_at = ${ctx.now}
      where proposal_id = ${proposalId} and status = 'active'
        and problems @> '[{"code": "AID_NOT_ELIGIBLE", "evidence": {"rule": "size_class"}}]'::jsonb
      returning id`);
    await recordAudit(t, ctx, {
      action: "aid.remove-items",
      entityType: "aid_proposal",
      entityId: proposalId,
      entityRegion: REGENCY,
      after: { reason, itemIds: rows.rows.map((r) => r.id) },
    });
    return rows.rows.length;
  });
}

/**
 * The paid first batch: the regency's first affected micro businesses (the ones the naik kelas
 * training picks too), less the planted owners whose findings the draft proposal must show.
 */
async function paidFirstBatch(ctx: Ctx, bpum: string, planted: readonly Owner[]): Promise<string[]> {
  const seeded = await seededBatch(ctx, DHARMASRAYA_PAID_PROPOSER);
  if (seeded) return seeded;
  const skip = new Set(planted.map((o) => o.businessId));
  const picks = await tx(ctx, (t) =>
    listSampleBusinessIds(t, { regionPrefix: REGENCY, affectedMicro: true, limit: PAID_BATCH }),
  );
  const proposed = picks.filter((id) => !skip.has(id));
  await payBatch(ctx, {
    programmeId: bpum,
    regionCode: REGENCY,
    proposerName: DHARMASRAYA_PAID_PROPOSER,
    businessIds: proposed,
    decreeNumber: "B-231/KUKM/VIII/2020",
    bank: {
      prefix: "BRI-DHR-T1-",
      accountPrefix: "0462",
      fileName: "bri-salur-bpum-dharmasraya-tahap-1.csv",
      paidOn: "2020-09-08",
    },
    times: {
      proposed: "2020-08-17T02:00:00Z",
      settled: "2020-08-17T06:00:00Z",
      submitted: "2020-08-18T01:00:00Z",
      verified: "2020-08-19T02:00:00Z",
      approved: "2020-08-25T03:00:00Z",
      imported: "2020-09-09T02:00:00Z",
    },
  });
  return proposed;
}

export type DharmasrayaResult = {
  skipped: boolean;
  /** Businesses in the paid first batch (left out of the draft). */
  paidBatch: number;
  items: number;
  removedNotMicro: number;
  withProblems: number;
  openProblems: number;
};

export async function seedDharmasraya(ctx: Ctx, bpum: string): Promise<DharmasrayaResult> {
  const done = await tx(ctx, (t) =>
    t
      .select({ id: proposals.id })
      .from(proposals)
      .where(eq(proposals.proposerName, DHARMASRAYA_PROPOSER))
      .limit(1),
  );
  if (done.length > 0)
    return { skipped: true, paidBatch: 0, items: 0, removedNotMicro: 0, withProblems: 0, openProblems: 0 };
  const husband = await pickOwner(ctx, "L", false);
  const onDtks = await pickOwner(ctx, "P", true);
  if (!husband || !onDtks)
    return { skipped: true, paidBatch: 0, items: 0, removedNotMicro: 0, withProblems: 0, openProblems: 0 };
  await provinceProposal(ctx, bpum, husband);
  await dtksList(ctx, onDtks);
  const firstBatch = new Set(await paidFirstBatch(ctx, bpum, [husband, onDtks]));
  const c = at(ctx, "2020-08-20T02:00:00Z");
  const main = await createProposal({
    ctx: c,
    input: { programmeId: bpum, regionCode: REGENCY, proposerName: DHARMASRAYA_PROPOSER },
  });
  const all = await tx(ctx, (t) => listSampleBusinessIds(t, { regionPrefix: REGENCY, limit: 5000 }));
  const ids = all.filter((id) => !firstBatch.has(id));
  const added = await addManyItems({
    ctx: c,
    proposalId: main.id,
    input: { businessIds: ids },
  });
  const odd = await addItem({
    ctx: c,
    proposalId: main.id,
    input: {
      nik: IMPOSSIBLE_NIK,
      nama: "Yulia Fitri",
      noKk: "1310011505100021",
      alamat: "Jorong Koto Baru",
      bidangUsaha: "perdagangan",
      namaUsaha: "Kedai Harian Yulia",
      pekerjaan: "Pedagang",
    },
  });
  const removedNotMicro = await removeNotMicro(at(ctx, "2020-08-21T04:00:00Z"), main.id);
  const open = await tx(ctx, (t) =>
    t.execute<{
      items: number;
      open: number;
    }>(sql`select count(*)::int as items, coalesce(sum(open_problems), 0)::int as open
      from aid.proposal_items where proposal_id = ${main.id} and status = 'active' and open_problems > 0`),
  );
  return {
    skipped: false,
    paidBatch: firstBatch.size,
    items: added.added + (odd.item ? 1 : 0),
    removedNotMicro,
    withProblems: Number(open.rows[0]?.items ?? 0),
    openProblems: Number(open.rows[0]?.open ?? 0),
  };
}
