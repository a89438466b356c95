// Demo businesses: a sector, a name as owners write it, capacity, channels, money for the size class
// (by the rule in force in mid-2020: UU 20/2008) and one impact assessment from the 2020 survey.

import type { Rng } from "../../../../shared/rng";
import { classifyBusinessSize } from "../domain/business-size";
import { nameKey } from "../domain/names";
import type { Sector } from "../domain/vocab";
import type { businesses, impactAssessments } from "../schema";
import { firstName } from "./names";
import type { PersonInsert } from "./people";
import { demoId, momentBetween } from "./rng";

export type BusinessInsert = typeof businesses.$inferInsert;
export type ImpactInsert = typeof impactAssessments.$inferInsert;

const KINDS: Record<Sector, readonly string[]> = {
  kuliner: [
    "Warung Makan",
    "Rumah Makan",
    "Katering",
    "Kue",
    "Keripik",
    "Bakso",
    "Sambal",
    "Kedai Kopi",
    "Amplang",
  ],
  konveksi: ["Penjahit", "Konveksi", "Jahit", "Butik", "Sablon"],
  kerajinan: ["Kerajinan Rotan", "Anyaman Purun", "Manik-Manik", "Ukiran", "Batik Benang Bintik"],
  perdagangan: ["Toko", "Toko Sembako", "Warung", "Kios", "Toko Kelontong"],
  jasa: ["Bengkel", "Laundry", "Salon", "Cuci Motor", "Servis HP", "Fotokopi"],
  pertanian: ["Kebun Sayur", "Madu Kelulut", "Bibit", "Tani"],
  perikanan: ["Ikan Asin", "Budidaya Lele", "Kerupuk Ikan", "Kolam Ikan"],
  peternakan: ["Ternak Ayam", "Telur Ayam", "Ternak Kambing"],
  industri: ["Sabun", "Tahu Tempe", "Air Minum Isi Ulang", "Batako"],
  lainnya: ["Usaha", "UD"],
};
const BRANDS = [
  "Berkah",
  "Barokah",
  "Maju Jaya",
  "Sumber Rezeki",
  "Sinar",
  "Mandiri",
  "Makmur",
  "Sejahtera",
  "Lancar",
  "Harapan",
  "Bintang",
  "Cahaya",
  "Amanah",
  "Isen Mulang",
  "Betang",
  "Family",
];
const SECTOR_WEIGHTS: ReadonlyArray<[Sector, number]> = [
  ["kuliner", 30],
  ["perdagangan", 22],
  ["jasa", 12],
  ["konveksi", 7],
  ["kerajinan", 7],
  ["pertanian", 8],
  ["perikanan", 6],
  ["peternakan", 4],
  ["industri", 3],
  ["lainnya", 1],
];
const CHANNELS = ["toko", "whatsapp", "media_sosial", "marketplace", "ojek_online"] as const;
const REASONS = [
  "turnover_down",
  "demand_down",
  "workers_sent_home",
  "raw_material_scarce",
  "distribution_blocked",
  "temporarily_closed",
  "capital_short",
] as const;
const NEEDS = ["capital", "raw_material", "marketing", "training", "permits", "distribution"] as const;

export function pickSector(rng: Rng): Sector {
  let x = rng.next() * SECTOR_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  for (const [sector, w] of SECTOR_WEIGHTS) {
    x -= w;
    if (x < 0) return sector;
  }
  return "kuliner";
}

export function businessName(rng: Rng, sector: Sector, owner: PersonInsert): string {
  const kind = rng.pick(KINDS[sector]);
  const r = rng.next();
  if (r < 0.35) return `${kind} ${owner.sex === "P" ? "Bu" : "Pak"} ${firstName(owner.name)}`;
  if (r < 0.85) return `${kind} ${rng.pick(BRANDS)}`;
  return `${kind} ${rng.pick(BRANDS)} ${rng.pick(BRANDS)}`;
}

/** Monthly turnover in Rupiah, rounded as owners state it (log-spread 1.5–40 juta). */
function monthlyTurnover(rng: Rng): number {
  return Math.round(Math.exp(Math.log(1_500_000) + rng.next() * Math.log(40 / 1.5)) / 100_000) * 100_000;
}

export type DemoBusinessOptions = {
  sector?: Sector;
  name?: string;
  dailyCapacity?: number | null;
  products?: string | null;
};

export function demoBusiness(
  rng: Rng,
  owner: PersonInsert,
  createdAt: Date,
  o: DemoBusinessOptions = {},
): BusinessInsert {
  const sector = o.sector ?? pickSector(rng);
  const name = o.name ?? businessName(rng, sector, owner);
  const before = monthlyTurnover(rng);
  const assets = Math.round(((rng.next() * 0.6 + 0.1) * before * 12) / 100_000) * 100_000;
  const size = classifyBusinessSize({ date: "2020-05-01", assets, annualSales: before * 12 });
  return {
    id: demoId(rng, createdAt.getTime()),
    regionCode: owner.villageCode ?? owner.regionCode,
    ownerId: owner.id,
    name,
    nameNorm: nameKey(name),
    nib: rng.chance(0.25)
      ? `${rng.int(9120, 9129)}${String(rng.int(0, 999_999_999)).padStart(9, "0")}`
      : null,
    sector,
    products: o.products ?? null,
    dailyCapacity: o.dailyCapacity ?? null,
    employees: rng.int(0, 6),
    salesChannels: rng.sample(CHANNELS, rng.int(1, 3)),
    street: owner.street,
    rt: owner.rt,
    rw: owner.rw,
    assets,
    annualTurnover: before * 12,
    sizeClass: size.kind === "classified" ? size.sizeClass : null,
    sizeRule: size.rule,
    sizeAsOf: "2020-05-01",
    status: "active",
    sourceKind: "demo",
    openConstraints: 0,
    createdAt,
    updatedAt: createdAt,
  };
}

/** The 2020 impact survey: most were hit; turnover fell by 20–80 %. */
export function demoImpact(rng: Rng, b: BusinessInsert, affected = rng.chance(0.78)): ImpactInsert {
  const before = Math.round((b.annualTurnover ?? 0) / 12);
  const after = affected ? Math.round((before * (0.2 + rng.next() * 0.6)) / 50_000) * 50_000 : before;
  const assessed = momentBetween(rng, "2020-04-15T00:00:00Z", "2020-06-30T00:00:00Z");
  return {
    id: demoId(rng, assessed.getTime()),
    regionCode: b.regionCode,
    businessId: b.id as string,
    assessedOn: assessed.toISOString().slice(0, 10),
    turnoverBefore: before,
    turnoverAfter: after,
    workersLaidOff: affected && rng.chance(0.2) ? rng.int(1, 3) : 0,
    workersSentHome: affected && rng.chance(0.35) ? rng.int(1, 4) : 0,
    affected,
    reasons: affected ? rng.sample(REASONS, rng.int(1, 3)) : [],
    needs: affected ? rng.sample(NEEDS, rng.int(1, 2)) : [],
    recordedBy: "demo",
    createdAt: assessed,
  };
}
