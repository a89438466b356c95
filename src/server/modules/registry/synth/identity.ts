// NIK, No. KK and phone numbers consistent with region, birth date and sex.

import type { Rng } from "../../../../shared/rng";
import type { Sex } from "./name-builder";

export type BirthDate = { y: number; m: number; d: number };

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function two(n: number): string {
  return String(n).padStart(2, "0");
}

export function randomBirthDate(rng: Rng, minAge: number, maxAge: number, year = 2020): BirthDate {
  const y = year - rng.int(minAge, maxAge);
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, MONTH_DAYS[m - 1] ?? 28) };
}

export function isoDate(b: BirthDate): string {
  return `${b.y}-${two(b.m)}-${two(b.d)}`;
}

/** District code digits + DDMMYY (day + 40 for women) + a serial that is never 0000. */
export function makeNik(options: {
  rng: Rng;
  districtCode: string;
  birth: BirthDate;
  sex: Sex;
  used: Set<string>;
  serial?: number;
}): string {
  const { rng, birth, sex, used } = options;
  const prefix = `${options.districtCode.replace(/\./g, "")}${two(birth.d + (sex === "P" ? 40 : 0))}${two(birth.m)}${two(birth.y % 100)}`;
  let serial = options.serial ?? rng.int(1, 1500);
  for (let attempt = 0; attempt < 50; attempt++) {
    const nik = `${prefix}${String(serial).padStart(4, "0")}`;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
    serial = serial >= 9999 ? 1 : serial + (attempt < 5 ? 1 : rng.int(1, 400));
  }
  throw new Error(`no free NIK serial for ${prefix}`);
}

/** Family card: district + issue date (no +40) + serial. */
export function makeKk(rng: Rng, districtCode: string, used: Set<string>): string {
  for (;;) {
    const issued = randomBirthDate(rng, 1, 18);
    const kk = `${districtCode.replace(/\./g, "")}${two(issued.d)}${two(issued.m)}${two(issued.y % 100)}${String(rng.int(1, 9999)).padStart(4, "0")}`;
    if (!used.has(kk)) {
      used.add(kk);
      return kk;
    }
  }
}

const OPERATORS = [
  "811",
  "812",
  "813",
  "821",
  "822",
  "823",
  "852",
  "853",
  "851",
  "857",
  "858",
  "856",
  "877",
  "878",
  "881",
  "882",
  "895",
  "896",
  "897",
  "898",
  "899",
  "831",
  "838",
];

/** Mobile number in E.164. */
export function makePhone(rng: Rng): string {
  const len = rng.int(7, 8);
  let rest = "";
  for (let i = 0; i < len; i++) rest += String(rng.int(0, 9));
  return `+62${rng.pick(OPERATORS)}${rest}`;
}
