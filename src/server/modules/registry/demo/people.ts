// Demo owners whose NIKs agree with their district, birth date and sex (women: day + 40), with a
// family card of the same district, a KTP address with RT/RW, and an Indonesian mobile number.

import type { Rng } from "../../../../shared/rng";
import { nameKey } from "../domain/names";
import type { persons } from "../schema";
import { demoName } from "./names";
import { demoId } from "./rng";

export type Village = { code: string; name: string };
export type PersonInsert = typeof persons.$inferInsert;

const two = (n: number) => String(n).padStart(2, "0");
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const OPERATORS = [
  "811",
  "812",
  "813",
  "821",
  "822",
  "823",
  "852",
  "853",
  "857",
  "858",
  "877",
  "878",
  "895",
  "896",
];
const STREETS = [
  "Jl. Tjilik Riwut",
  "Jl. RTA Milono",
  "Jl. G. Obos",
  "Jl. Ahmad Yani",
  "Jl. Diponegoro",
  "Jl. Imam Bonjol",
  "Jl. Sudirman",
  "Jl. Pattimura",
  "Jl. Kartini",
  "Jl. Merdeka",
  "Jl. Pelita",
  "Jl. Lintas Sumatera",
  "Jl. Jenderal Sudirman",
];
const ALLEYS = [
  "Gg. Mawar",
  "Gg. Melati",
  "Gg. Kenanga",
  "Gg. Flamboyan",
  "Gg. Cempaka",
  "Gg. Nangka",
  "Gg. Rambutan",
  "Gg. Seroja",
];

export type NikRegistry = { used: Set<string> };

function makeNik(rng: Rng, reg: NikRegistry, prefix: string): string {
  for (let serial = rng.int(1, 2500); ; serial = (serial % 9999) + 1) {
    const nik = `${prefix}${String(serial).padStart(4, "0")}`;
    if (!reg.used.has(nik)) {
      reg.used.add(nik);
      return nik;
    }
  }
}

export function demoPhone(rng: Rng): string {
  return `+628${rng.pick(OPERATORS).slice(1)}${String(rng.int(0, 99_999_999)).padStart(8, "0")}`;
}

export function demoStreet(rng: Rng): string {
  const r = rng.next();
  if (r < 0.5) return `${rng.pick(STREETS)} No. ${rng.int(1, 150)}`;
  if (r < 0.85) return `${rng.pick(STREETS)} ${rng.pick(ALLEYS)} No. ${rng.int(1, 60)}`;
  return `Dusun ${rng.pick(["I", "II", "III", "IV"])}`;
}

/** One owner living in `village`; `createdAt` sets the id's time so ids sort like the register. */
export function demoPerson(
  rng: Rng,
  reg: NikRegistry,
  village: Village,
  createdAt: Date,
  sex?: "L" | "P",
): PersonInsert {
  const s = sex ?? (rng.chance(0.55) ? "L" : "P");
  const year = 2020 - rng.int(22, 68);
  const month = rng.int(1, 12);
  const day = rng.int(1, MONTH_DAYS[month - 1] ?? 28);
  const district = village.code.slice(0, 8).replace(/\./g, "");
  const nik = makeNik(
    rng,
    reg,
    `${district}${two(day + (s === "P" ? 40 : 0))}${two(month)}${two(year % 100)}`,
  );
  const issued = 2020 - rng.int(1, 15);
  const noKk = makeNik(
    rng,
    reg,
    `${district}${two(rng.int(1, 28))}${two(rng.int(1, 12))}${two(issued % 100)}`,
  );
  const name = demoName(rng.pick, rng.chance, village.code.slice(0, 2), s);
  return {
    id: demoId(rng, createdAt.getTime()),
    regionCode: village.code,
    nik,
    noKk,
    name,
    nameNorm: nameKey(name),
    sex: s,
    birthPlace: null,
    birthDate: `${year}-${two(month)}-${two(day)}`,
    phone: rng.chance(0.9) ? demoPhone(rng) : null,
    street: demoStreet(rng),
    rt: String(rng.int(1, 15)).padStart(3, "0"),
    rw: String(rng.int(1, 6)).padStart(3, "0"),
    villageCode: village.code,
    createdAt,
    updatedAt: createdAt,
  };
}
