// The planted findings of the Dharmasraya demo: an owner picked from the register, the wife
// proposed by the province office (same No. KK), and a DTKS list carrying another owner's NIK.
import { type Ctx, tx } from "../../access";
import { type OutsideListRow, storeOutsideList } from "../../linkage";
import { findSampleOwner, type SampleOwner } from "../../registry";
import { addItem } from "../proposals/add-items";
import { submitProposal } from "../proposals/flow-proposal";
import { formatAddress } from "../proposals/item-rows";
import { createProposal } from "../proposals/manage-proposals";

export const SUMBAR_PROPOSER = "Dinas Koperasi dan UKM Provinsi Sumatera Barat";
const REGENCY = "13.10";
const at = (ctx: Ctx, iso: string): Ctx => ({ ...ctx, now: new Date(iso) });

export type Owner = SampleOwner;

export function pickOwner(ctx: Ctx, sex: "L" | "P", newest: boolean): Promise<Owner | undefined> {
  // micro, so the operator's first pass (small businesses out) leaves the planted problem open
  return tx(ctx, (t) => findSampleOwner(t, { regionPrefix: REGENCY, sex, newest }));
}

/** The province office's own proposal, submitted first, with the wife of a regency-proposed owner. */
export async function provinceProposal(ctx: Ctx, programmeId: string, husband: Owner): Promise<void> {
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

export async function dtksList(ctx: Ctx, person: Owner): Promise<void> {
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
