// The seed scenarios on top of the general register: the 40 mask tailors of Palangka Raya (S1),
// caterers and hand-sanitizer makers who pivoted (S2), and kendala collected in the field, the
// elastic shortage first (S3).
import { nameKey } from "../domain/names";
import type { BusinessInsert } from "./businesses";
import { firstName } from "./names";
import { addDemoBusiness, type DemoContext, type Regency } from "./population";
import { demoId } from "./rng";

export const TAILOR_TAG = "demo:s1-penjahit";
export const CATERER_TAG = "demo:s2-katering";
export const SANITIZER_TAG = "demo:s2-hand-sanitizer";
const PIVOT_DAY = "2020-04-01T02:00:00Z";

function addPivot(
  d: DemoContext,
  b: BusinessInsert,
  p: {
    before: string;
    after: string;
    since: string;
    product: string;
    price: number;
    capacity: number;
    unit: string;
  },
): void {
  const at = new Date(`${p.since}T03:00:00Z`);
  d.batch.pivots.push({
    id: demoId(d.rng, at.getTime()),
    regionCode: b.regionCode,
    businessId: b.id as string,
    before: p.before,
    after: p.after,
    since: p.since,
    createdAt: at,
  });
  d.batch.products.push({
    id: demoId(d.rng, at.getTime()),
    regionCode: b.regionCode,
    businessId: b.id as string,
    name: p.product,
    unit: p.unit,
    price: p.price,
    dailyCapacity: p.capacity,
    isPivot: true,
    createdAt: at,
  });
}

/** S1: 40 tailors in Palangka Raya, each 50 cloth masks a day at Rp5.000, since April 2020. */
export function addTailors(d: DemoContext, palangkaRaya: Regency): BusinessInsert[] {
  const out: BusinessInsert[] = [];
  for (let i = 0; i < 40; i++) {
    const sex = d.rng.chance(0.75) ? "P" : "L";
    const b = addDemoBusiness(
      d,
      { regency: palangkaRaya },
      {
        tag: TAILOR_TAG,
        sector: "konveksi",
        sex,
        affected: true,
        dailyCapacity: 50,
        products: "Masker kain 3 lapis; sebelumnya seragam sekolah dan gamis",
        createdAt: new Date(Date.parse(PIVOT_DAY) + i * 3_600_000),
      },
    );
    const owner = d.batch.persons.find((p) => p.id === b.ownerId);
    b.name = `Penjahit ${sex === "P" ? "Bu" : "Pak"} ${firstName(owner?.name ?? "Usaha")}${i % 7 === 0 ? " Collection" : ""}`;
    b.nameNorm = nameKey(b.name);
    addPivot(d, b, {
      before: "Pakaian (seragam sekolah, gamis)",
      after: "Masker kain",
      since: "2020-04-01",
      product: "Masker kain 3 lapis",
      price: 5_000,
      capacity: 50,
      unit: "lembar",
    });
    out.push(b);
  }
  return out;
}

/** S2: caterers to fast-selling food, soap makers to hand sanitizer. */
export function addPivoters(
  d: DemoContext,
  regencies: readonly Regency[],
): { caterers: BusinessInsert[]; sanitizers: BusinessInsert[] } {
  const caterers: BusinessInsert[] = [];
  const sanitizers: BusinessInsert[] = [];
  for (let i = 0; i < 24; i++) {
    const regency =
      i < 12
        ? (regencies.find((r) => r.code === "62.71") as Regency)
        : (regencies[i % regencies.length] as Regency);
    const b = addDemoBusiness(
      d,
      { regency },
      { tag: CATERER_TAG, sector: "kuliner", affected: true, dailyCapacity: 100 },
    );
    b.name = `Katering ${d.rng.pick(["Barokah", "Dapur Bunda", "Isen Mulang", "Sari Rasa", "Betang", "Mama Ica", "Berkah"])}${i > 6 ? ` ${i}` : ""}`;
    b.nameNorm = nameKey(b.name);
    const after = d.rng.pick([
      "Makanan siap saji (nasi kotak pesan antar)",
      "Frozen food (nugget, pempek, siomay)",
      "Kue kering dan camilan kemasan",
    ]);
    addPivot(d, b, {
      before: "Katering acara (pesta, rapat kantor)",
      after,
      since: `2020-04-${String(d.rng.int(6, 28)).padStart(2, "0")}`,
      product: after.split(" (")[0] ?? after,
      price: d.rng.pick([15_000, 20_000, 25_000, 35_000]),
      capacity: d.rng.int(30, 120),
      unit: "paket",
    });
    caterers.push(b);
  }
  for (let i = 0; i < 10; i++) {
    const regency = regencies[(i * 3) % regencies.length] as Regency;
    const b = addDemoBusiness(
      d,
      { regency },
      { tag: SANITIZER_TAG, sector: "industri", affected: true, dailyCapacity: 200 },
    );
    b.name = `UD ${d.rng.pick(["Sabun Wangi", "Bersih Sehat", "Harum Sari", "Kalteng Higienis", "Sumber Bersih"])}${i > 4 ? ` ${i}` : ""}`;
    b.nameNorm = nameKey(b.name);
    addPivot(d, b, {
      before: "Sabun cuci dan pewangi pakaian",
      after: "Hand sanitizer",
      since: `2020-03-${String(d.rng.int(20, 31)).padStart(2, "0")}`,
      product: "Hand sanitizer 100 ml",
      price: 15_000,
      capacity: 200,
      unit: "botol",
    });
    sanitizers.push(b);
  }
  return { caterers, sanitizers };
}
