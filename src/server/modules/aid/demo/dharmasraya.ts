// S6 in Dharmasraya (13.10): a BPUM proposal of the regency's ~5,000 registered UMKM, with the
// audit findings of 2020 planted: a couple proposed through two proposers (the husband by the
// regency, the wife by the province office, same No. KK), an owner already on the social ministry's
// DTKS list, and a NIK with an impossible birth date (30 February).
import { and, asc, desc, eq, isNotNull, like, sql } from "drizzle-orm";
import { type Ctx, recordAudit, tx } from "../../access";
import { type OutsideListRow, storeOutsideList } from "../../linkage";
import { businesses, persons } from "../../registry";
import { addItem, addManyItems } from "../add-items";
import { submitProposal } from "../flow-proposal";
import { formatAddress } from "../item-rows";
import { createProposal } from "../manage-proposals";
import { proposals } from "../schema";

export const DHARMASRAYA_PROPOSER = "Dinas Koperasi dan UKM Kabupaten Dharmasraya";
export const SUMBAR_PROPOSER = "Dinas Koperasi dan UKM Provinsi Sumatera Barat";
export const IMPOSSIBLE_NIK = "1310017002850004";
const REGENCY = "13.10";

const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

type Owner = {
  businessId: string;
  businessName: string;
  nik: string;
  noKk: string | null;
  name: string;
  street: string | null;
  rt: string | null;
  rw: string | null;
  villageCode: string | null;
};

async function pickOwner(ctx: Ctx, sex: "L" | "P", newest: boolean): Promise<Owner | undefined> {
  const rows = await tx(ctx, (t) =>
    t
      .select({ b: businesses, p: persons })
      .from(businesses)
      .innerJoin(persons, eq(persons.id, businesses.ownerId))
      .where(
        and(
          like(businesses.regionCode, `${REGENCY}.%`),
          eq(businesses.status, "active"),
          eq(persons.sex, sex),
          isNotNull(persons.noKk),
          isNotNull(persons.villageCode),
          // micro, so the operator's first pass (small businesses out) leaves the planted problem open
          eq(businesses.sizeClass, "mikro"),
        ),
      )
      .orderBy(newest ? desc(businesses.id) : asc(businesses.id))
      .limit(1),
  );
  const r = rows[0];
  return r
    ? {
        businessId: r.b.id,
        businessName: r.b.name,
        nik: r.p.nik,
        noKk: r.p.noKk,
        name: r.p.name,
        street: r.p.street,
        rt: r.p.rt,
        rw: r.p.rw,
        villageCode: r.p.villageCode,
      }
    : undefined;
}

/** The province office's own proposal, submitted first, with the wife of a regency-proposed owner. */
async function provinceProposal(ctx: Ctx, programmeId: string, husband: Owner): Promise<void> {
  const c = at(ctx, "2020-08-18T02:00:00Z");
  const p = await createProposal({
    ctx: c,
    input: { programmeId, regionCode: "13", proposerName: SUMBAR_PROPOSER },
  });
  const wifeNik = `${husband.nik.slice(0, 6)}520786${husband.nik.slice(12, 14)}71`;
  await addItem({
    ctx: c,
    proposalId: p.id,
    input: {
      nik: wifeNik,
      nama: "Rosnawati",
      noKk: husband.noKk ?? undefined,
      alamat: formatAddress(husband) ?? undefined,
      kodeWilayah: husband.villageCode ?? undefined,
      bidangUsaha: "kuliner",
      namaUsaha: husband.businessName,
      pekerjaan: "Wiraswasta",
    },
  });
  const others: Array<[string, string, string]> = [
    ["1371024408790003", "Yusnimar", "Kerupuk Sanjai Yusnimar"],
    ["1371031203820005", "Afrizal Datuak Rajo", "Bengkel Las Afrizal"],
    ["1306055511880002", "Nurhayati", "Warung Nasi Kapau Nur"],
    ["1305020106750007", "Syafrudin", "Tenun Songket Syaf"],
  ];
  for (const [nik, nama, namaUsaha] of others) {
    await addItem({
      ctx: c,
      proposalId: p.id,
      input: { nik, nama, namaUsaha, bidangUsaha: "kerajinan", pekerjaan: "Wiraswasta" },
    });
  }
  await submitProposal({ ctx: at(ctx, "2020-08-19T03:00:00Z"), id: p.id });
}

async function dtksList(ctx: Ctx, person: Owner): Promise<void> {
  const outsiders: Array<[string, string]> = [
    ["1310015607690001", "Asniar"],
    ["1310022003710002", "Jufri"],
    ["1310036512800003", "Erniwati"],
    ["1310041709660004", "Zulkifli"],
    ["1310054402920005", "Mardiana"],
  ];
  const row = (
    n: number,
    nik: string,
    name: string,
    extra: Partial<OutsideListRow> = {},
  ): OutsideListRow => ({
    sheet: "DTKS",
    rowNumber: n + 2,
    nik,
    noKk: null,
    name,
    sex: null,
    birthPlace: null,
    birthDate: null,
    phone: null,
    address: null,
    rt: null,
    rw: null,
    villageCode: null,
    businessName: null,
    ...extra,
  });
  const rows = [
    row(0, person.nik, person.name.toUpperCase(), {
      address: person.street,
      villageCode: person.villageCode,
    }),
    ...outsiders.map(([nik, name], i) => row(i + 1, nik, name)),
  ];
  const csv = ["NIK;NAMA;ALAMAT", ...rows.map((r) => `${r.nik};${r.name};${r.address ?? ""}`)].join("\n");
  await storeOutsideList(at(ctx, "2020-05-04T02:00:00Z"), {
    fields: {
      name: "DTKS Kemensos Dharmasraya April 2020",
      kind: "dtks",
      source: "Kemensos (DTKS)",
      asOf: "2020-04-30",
      regionCode: REGENCY,
    },
    file: { name: "dtks-kemensos-april-2020-dharmasraya.csv", mime: "text/csv", data: Buffer.from(csv) },
    rows,
  });
}

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
  const ids = await tx(ctx, (t) =>
    t.execute<{ id: string }>(
      sql`select id from registry.businesses where region_code like ${`${REGENCY}.%`} and status = 'active' order by id limit 5000`,
    ),
  );
  const added = await addManyItems({
    ctx: c,
    proposalId: main.id,
    input: { businessIds: ids.rows.map((r) => r.id) },
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
