// The general demo register: owners and businesses spread over a region's villages, each with the
// 2020 impact survey, and a few cooperatives.

import type { Rng } from "../../../../shared/rng";
import { nameKey } from "../domain/names";
import type { Sector } from "../domain/vocab";
import { addSources, type DemoBatch } from "./batch";
import { type BusinessInsert, type DemoBusinessOptions, demoBusiness, demoImpact } from "./businesses";
import { demoPerson, type NikRegistry, type Village } from "./people";
import { demoId, momentBetween } from "./rng";

export type Regency = { code: string; name: string; villages: Village[] };

export type DemoContext = { batch: DemoBatch; rng: Rng; niks: NikRegistry };

/** Adds one owner + business + impact + sources; returns the business row. */
export function addDemoBusiness(
  d: DemoContext,
  where: { regency: Regency; village?: Village },
  o: DemoBusinessOptions & { tag: string; sex?: "L" | "P"; affected?: boolean; createdAt?: Date },
): BusinessInsert {
  const village = where.village ?? d.rng.pick(where.regency.villages);
  const at = o.createdAt ?? momentBetween(d.rng, "2020-04-01T01:00:00Z", "2020-08-31T09:00:00Z");
  const owner = demoPerson(d.rng, d.niks, village, at, o.sex);
  owner.birthPlace = d.rng.chance(0.7) ? where.regency.name.replace(/^(Kabupaten|Kota)\s+/i, "") : null;
  const business = demoBusiness(d.rng, owner, at, o);
  const impact = demoImpact(d.rng, business, o.affected);
  business.affected = impact.affected;
  d.batch.persons.push(owner);
  d.batch.businesses.push(business);
  d.batch.impacts.push(impact);
  addSources(d.batch, d.rng, business, o.tag);
  return business;
}

/** `count` businesses over the regencies; every regency gets a floor share, cities more. */
export function addPopulation(
  d: DemoContext,
  regencies: readonly Regency[],
  count: number,
  tag: string,
): BusinessInsert[] {
  const weights = regencies.map((r) => (r.code.slice(3, 4) === "7" ? 3 : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const out: BusinessInsert[] = [];
  regencies.forEach((regency, i) => {
    const n =
      i === regencies.length - 1 ? count - out.length : Math.round((count * (weights[i] ?? 1)) / total);
    for (let k = 0; k < n; k++) out.push(addDemoBusiness(d, { regency }, { tag }));
  });
  return out;
}

const COOP_KINDS = [
  "Koperasi Serba Usaha",
  "Koperasi Simpan Pinjam",
  "Koperasi Produsen",
  "Koperasi Wanita",
  "Koperasi Konsumen",
  "Koperasi Tani",
];
const COOP_NAMES = [
  "Maju Bersama",
  "Sejahtera",
  "Harapan Baru",
  "Karya Mandiri",
  "Betang Bersatu",
  "Usaha Bersama",
  "Sumber Makmur",
  "Tunas Harapan",
  "Mekar Sari",
  "Bina Usaha",
];
const COOP_SECTORS: Sector[] = ["perdagangan", "pertanian", "kuliner", "jasa", "perikanan", "kerajinan"];

export function addCooperatives(d: DemoContext, regencies: readonly Regency[], count: number): void {
  for (let i = 0; i < count; i++) {
    const regency = regencies[i % regencies.length] as Regency;
    const village = d.rng.pick(regency.villages);
    const name = `${d.rng.pick(COOP_KINDS)} ${d.rng.pick(COOP_NAMES)}`;
    const year = d.rng.int(1995, 2019);
    const at = momentBetween(d.rng, "2020-04-01T01:00:00Z", "2020-08-31T09:00:00Z");
    d.batch.cooperatives.push({
      id: demoId(d.rng, at.getTime()),
      regionCode: village.code,
      name,
      nameNorm: nameKey(name),
      legalEntityNumber:
        year >= 2016
          ? `AHU-${String(d.rng.int(1, 99_999)).padStart(7, "0")}.AH.01.26.TAHUN ${year}`
          : `${d.rng.int(10, 999)}/BH/XIX/${year}`,
      members: d.rng.int(20, 480),
      sector: d.rng.pick(COOP_SECTORS),
      street: `Desa ${village.name}`,
      sourceKind: "demo",
      createdAt: at,
      updatedAt: at,
    });
  }
}
