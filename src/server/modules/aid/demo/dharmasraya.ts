// S6 in Dharmasraya (13.10): a BPUM proposal of the regency's ~5,000 registered UMKM, with the
// audit findings of 2020 planted: a couple proposed through two proposers (the husband by the
// regency, the wife by the province office, same No. KK), an owner already on the social ministry's
// DTKS list, and a NIK with an impossible birth date (30 February).
import { eq, sql } from "drizzle-orm";
import { type Ctx, recordAudit, tx } from "../../access";
import { listSampleBusinessIds } from "../../registry";
import { addItem, addManyItems } from "../proposals/add-items";
import { createProposal } from "../proposals/manage-proposals";
import { proposals } from "../schema";
import { dtksList, pickOwner, provinceProposal } from "./planted";

export const DHARMASRAYA_PROPOSER = "Dinas Koperasi dan UKM Kabupaten Dharmasraya";
export const IMPOSSIBLE_NIK = "1310017002850004";
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

export type DharmasrayaResult = {
  skipped: boolean;
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
    return { skipped: true, items: 0, removedNotMicro: 0, withProblems: 0, openProblems: 0 };
  const husband = await pickOwner(ctx, "L", false);
  const onDtks = await pickOwner(ctx, "P", true);
  if (!husband || !onDtks)
    return { skipped: true, items: 0, removedNotMicro: 0, withProblems: 0, openProblems: 0 };
  await provinceProposal(ctx, bpum, husband);
  await dtksList(ctx, onDtks);
  const c = at(ctx, "2020-08-20T02:00:00Z");
  const main = await createProposal({
    ctx: c,
    input: { programmeId: bpum, regionCode: REGENCY, proposerName: DHARMASRAYA_PROPOSER },
  });
  const ids = await tx(ctx, (t) => listSampleBusinessIds(t, { regionPrefix: REGENCY, limit: 5000 }));
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
    items: added.added + (odd.item ? 1 : 0),
    removedNotMicro,
    withProblems: Number(open.rows[0]?.items ?? 0),
    openProblems: Number(open.rows[0]?.open ?? 0),
  };
}
