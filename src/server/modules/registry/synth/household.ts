// A household and those of its members who run a registered business. Families are the hard
// look-alikes: spouses, a father and son with the same name, twins, all on one family card.

import type { Rng } from "../../../../shared/rng";
import { buildAddress } from "./address-builder";
import { buildBusiness, SOURCES } from "./business-builder";
import { type BirthDate, isoDate, makeKk, makeNik, makePhone, randomBirthDate } from "./identity";
import { buildName, type Sex } from "./name-builder";
import { TWIN_NAMES } from "./name-pools";
import type { Entity, SynthRecord } from "./record";
import type { RegionIndex, Village } from "./regions";

export type GeneratorState = {
  rng: Rng;
  regions: RegionIndex;
  usedNik: Set<string>;
  usedKk: Set<string>;
  nextEntity: number;
};

type Home = { village: Village; kk: string; street: string; rt: string; rw: string; phone: string };

type Member = {
  name: string;
  sex: Sex;
  birth: BirthDate;
  serial?: number;
  /** Twins are born in one place: the household's regency. */
  birthPlace?: "same";
  business?: { name: string; field: string };
};

function firstToken(name: string): string {
  const tokens = name.replace(/^(H\.|Hj\.)\s+/, "").split(/[ ,]/);
  return tokens[0] === "I" || tokens[0] === "Ni" ? (tokens[2] ?? tokens[0] ?? "") : (tokens[0] ?? "");
}

function toEntity(s: GeneratorState, home: Home, m: Member): Entity {
  const { rng, regions } = s;
  const province = home.village.code.slice(0, 2);
  const district = rng.chance(0.9) ? home.village.districtCode : regions.sampleDistrictIn(rng, province);
  const nik = makeNik({
    rng,
    districtCode: district,
    birth: m.birth,
    sex: m.sex,
    used: s.usedNik,
    serial: m.serial,
  });
  const first = firstToken(m.name);
  const business = m.business ?? buildBusiness(rng, first, m.sex);
  const birthPlace =
    m.birthPlace === "same" || rng.chance(0.7)
      ? (regions.regencyName.get(home.village.regencyCode) ?? "")
      : (regions.regencyName.get(rng.pick(regions.villages).regencyCode) ?? "");
  const record: SynthRecord = {
    nik,
    no_kk: home.kk,
    nama: m.name,
    jenis_kelamin: m.sex,
    tempat_lahir: birthPlace,
    tanggal_lahir: isoDate(m.birth),
    alamat: home.street,
    rt: home.rt,
    rw: home.rw,
    kode_wilayah: home.village.code,
    no_hp: rng.chance(0.3) ? home.phone : rng.chance(0.85) ? makePhone(rng) : "",
    nama_usaha: business.name,
    bidang_usaha: business.field,
    sumber: rng.pick(SOURCES),
  };
  return { id: `E${String(s.nextEntity++).padStart(8, "0")}`, record, sex: m.sex, firstName: first };
}

function surnameOf(name: string): string {
  const tokens = name.split(" ");
  return tokens.length >= 2 ? (tokens[tokens.length - 1] ?? "") : "";
}

/** Builds one household; returns its registered members as entities. */
export function buildHousehold(s: GeneratorState): Entity[] {
  const { rng } = s;
  const village = s.regions.sampleVillage(rng);
  const isUrban = village.regencyCode.slice(3, 4) === "7" || village.code.slice(9, 10) === "1";
  const addr = buildAddress(rng, isUrban);
  const home: Home = {
    village,
    kk: makeKk(rng, village.districtCode, s.usedKk),
    ...addr,
    phone: makePhone(rng),
  };
  const province = village.code.slice(0, 2);
  const sex: Sex = rng.chance(0.55) ? "L" : "P";
  const birth = randomBirthDate(rng, 20, 72);
  const age = 2020 - birth.y;
  const owner: Member = { name: buildName(rng, sex, province, age), sex, birth };
  const members: Member[] = [owner];
  const r = rng.next();
  if (r < 0.1) {
    const spouseSex: Sex = sex === "L" ? "P" : "L";
    const spouseBirth = randomBirthDate(rng, Math.max(18, age - 8), Math.min(80, age + 5));
    const spouse: Member = {
      name: buildName(rng, spouseSex, province, 2020 - spouseBirth.y),
      sex: spouseSex,
      birth: spouseBirth,
    };
    // Husband and wife sometimes register the same family business.
    if (rng.chance(0.2)) spouse.business = buildBusiness(rng, firstToken(owner.name), sex);
    members.push(spouse);
  } else if (r < 0.13 && sex === "L" && age >= 45) {
    members.push({ name: owner.name, sex: "L", birth: randomBirthDate(rng, 20, age - 20) });
  } else if (r < 0.15 && age < 60) {
    const kind = rng.pick(["LL", "PP", "LP"] as const);
    const [a, b] = rng.pick(TWIN_NAMES[kind]);
    const surname = surnameOf(owner.name) || rng.pick(["Pratama", "Saputra", "Lestari", "Hidayat", "Wijaya"]);
    const serial = rng.int(1, 900);
    const sexA: Sex = kind === "PP" ? "P" : "L";
    const sexB: Sex = kind === "LL" ? "L" : "P";
    members[0] = { name: `${a} ${surname}`, sex: sexA, birth, serial, birthPlace: "same" };
    members.push({ name: `${b} ${surname}`, sex: sexB, birth, serial: serial + 1, birthPlace: "same" });
  } else if (r < 0.2 && age >= 45) {
    const childSex: Sex = rng.chance(0.5) ? "L" : "P";
    const childBirth = randomBirthDate(rng, 20, age - 20);
    members.push({
      name: buildName(rng, childSex, province, 2020 - childBirth.y),
      sex: childSex,
      birth: childBirth,
    });
  }
  return members.map((m) => toEntity(s, home, m));
}
