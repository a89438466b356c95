// Builds realistic Indonesian personal names by region, sex and age.

import type { Rng } from "../../../../shared/rng";
import {
  AFTER_NUR,
  ARABIC_AFTER_ABDUL,
  BALI_FEMALE,
  BALI_FEMALE_PREFIX,
  BALI_MALE,
  BALI_MALE_PREFIX,
  BATAK_MARGA,
  CHINESE_GIVEN,
  CHINESE_SURNAME,
  DEGREES_AFTER,
  FEMALE_GIVEN,
  FEMALE_SECOND,
  JAVANESE_SINGLE_FEMALE,
  JAVANESE_SINGLE_MALE,
  MALE_GIVEN,
  MALE_SECOND,
  TITLES_BEFORE_FEMALE,
  TITLES_BEFORE_MALE,
} from "./name-pools";

export type Sex = "L" | "P";

const MALE_AFTER_MUHAMMAD = MALE_GIVEN.filter((n) => n !== "Muhammad" && n !== "Ahmad" && n !== "Abdul");

function generalName(rng: Rng, sex: Sex): string {
  const r = rng.next();
  if (sex === "L") {
    if (r < 0.14) {
      const base = `Muhammad ${rng.zipf(MALE_AFTER_MUHAMMAD, 0.8)}`;
      return rng.chance(0.35) ? `${base} ${rng.zipf(MALE_SECOND, 0.8)}` : base;
    }
    if (r < 0.18) return `Abdul ${rng.pick(ARABIC_AFTER_ABDUL)}`;
    if (r < 0.23) return `Ahmad ${rng.zipf(MALE_SECOND, 0.8)}`;
    const parts = [rng.zipf(MALE_GIVEN, 0.8)];
    if (rng.chance(0.75)) parts.push(rng.zipf(MALE_SECOND, 0.8));
    if (rng.chance(0.12)) parts.push(rng.zipf(MALE_SECOND, 0.8));
    return dedupeTokens(parts);
  }
  if (r < 0.12) return `Siti ${rng.zipf(FEMALE_SECOND, 0.8)}`;
  if (r < 0.17) {
    const after = rng.pick(AFTER_NUR);
    return rng.chance(0.5) ? `Nur ${after}` : `Nur${after.toLowerCase()}`;
  }
  if (r < 0.22) return `Sri ${rng.zipf(FEMALE_SECOND, 0.8)}`;
  const parts = [rng.zipf(FEMALE_GIVEN, 0.8)];
  if (rng.chance(0.75)) parts.push(rng.zipf(FEMALE_SECOND, 0.8));
  if (rng.chance(0.1)) parts.push(rng.zipf(FEMALE_SECOND, 0.8));
  return dedupeTokens(parts);
}

function dedupeTokens(parts: string[]): string {
  return [...new Set(parts)].join(" ");
}

/** A name as it would be written on the KTP (titles only sometimes). */
export function buildName(rng: Rng, sex: Sex, province: string, age: number): string {
  let name: string;
  if (province === "51" && rng.chance(0.85)) {
    const prefix = rng.pick(sex === "L" ? BALI_MALE_PREFIX : BALI_FEMALE_PREFIX);
    name = `${prefix} ${rng.pick(sex === "L" ? BALI_MALE : BALI_FEMALE)}`;
  } else if (province === "12" && rng.chance(0.45)) {
    name = `${rng.zipf(sex === "L" ? MALE_GIVEN : FEMALE_GIVEN, 0.8)} ${rng.pick(BATAK_MARGA)}`;
  } else if ((province === "19" || province === "61") && rng.chance(0.15)) {
    name = `${rng.pick(CHINESE_SURNAME)} ${rng.pick(CHINESE_GIVEN)}`;
  } else if (age >= 55 && rng.chance(0.3)) {
    name = rng.pick(sex === "L" ? JAVANESE_SINGLE_MALE : JAVANESE_SINGLE_FEMALE);
  } else {
    name = generalName(rng, sex);
  }
  return decorate(rng, name, sex, age);
}

/** Some registers keep the titles the owner gave (Haji after the pilgrimage, degrees). */
function decorate(rng: Rng, name: string, sex: Sex, age: number): string {
  let out = name;
  if (age >= 40 && rng.chance(0.05)) out = `${sex === "L" ? "H." : "Hj."} ${out}`;
  if (rng.chance(0.03)) out = `${out}, ${rng.pick(DEGREES_AFTER)}`;
  return out;
}

export { TITLES_BEFORE_FEMALE, TITLES_BEFORE_MALE };
