// The true population: households on family cards, owners with one NIK each, twins, namesakes,
// Chinese-Indonesian owners with a second (Chinese) name. Records are derived from it later.
import { getVillages } from "idn-area-data";
import {
  CHINESE_CLAN,
  CHINESE_INDONESIAN,
  CHINESE_SYLLABLE,
  FEMALE_GIVEN,
  FEMALE_SECOND,
  MALE_GIVEN,
  MALE_SECOND,
  STREETS,
  TRADES,
} from "./pools";
import type { Rand } from "./rng";

export type Village = { code: string; name: string };

export type Person = {
  id: string;
  household: string;
  /** Name tokens as the civil registry has them. */
  name: string[];
  /** Chinese name used in some lists (Chinese-Indonesian owners only). */
  chineseName: string[] | null;
  father: string;
  sex: "L" | "P";
  /** [year, month, day]. */
  dob: [number, number, number];
  nik: string;
  kk: string;
  village: Village;
  street: string;
  rt: number;
  rw: number;
  phone: string;
  trade: string;
  business: string;
  twin: boolean;
};

/** Regencies used: Bangka Belitung (many Chinese-Indonesian owners) and three others. */
const REGENCIES = ["19.01", "19.71", "33.74", "32.04", "13.06", "62.71"];

export async function loadVillages(): Promise<Map<string, Village[]>> {
  const out = new Map<string, Village[]>();
  for (const v of await getVillages()) {
    const reg = v.code.slice(0, 5);
    if (!REGENCIES.includes(reg)) continue;
    const list = out.get(reg) ?? [];
    list.push({ code: v.code, name: v.name.toUpperCase() });
    out.set(reg, list);
  }
  return out;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

function pickName(r: Rand, sex: "L" | "P"): string[] {
  const given = sex === "L" ? MALE_GIVEN : FEMALE_GIVEN;
  const second = sex === "L" ? MALE_SECOND : FEMALE_SECOND;
  // The classic namesake: a large share of women share one name.
  if (sex === "P" && r.p(0.01)) return ["SITI", "AMINAH"];
  const shape = r.u();
  const first = r.skewed(given);
  if (shape < 0.22) return [first];
  if (shape < 0.82) return [first, r.skewed(second)];
  return [first, r.skewed(given), r.skewed(second)];
}

function chineseName(r: Rand): string[] {
  return [r.one(CHINESE_CLAN), r.one(CHINESE_SYLLABLE), r.one(CHINESE_SYLLABLE)];
}

export type Counters = Map<string, number>;

function serial(counters: Counters, key: string): string {
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return pad(n, 4);
}

function nikFor(c: Counters, district: string, sex: "L" | "P", dob: [number, number, number]): string {
  const [y, m, d] = dob;
  const body = `${district}${pad(d + (sex === "P" ? 40 : 0), 2)}${pad(m, 2)}${pad(y % 100, 2)}`;
  return body + serial(c, body);
}

function randomDob(r: Rand, minAge: number, maxAge: number): [number, number, number] {
  return [2024 - r.int(minAge, maxAge), r.int(1, 12), r.int(1, 28)];
}

function phone(r: Rand): string {
  return `08${r.one(["11", "12", "13", "21", "22", "52", "53", "57", "77", "78", "95", "96"])}${pad(r.int(0, 99_999_999), 8)}`;
}

function business(r: Rand): [string, string] {
  const [trade, kinds] = r.one(TRADES);
  return [
    trade,
    `${r.one(kinds)} ${r.skewed(["BAROKAH", "BERKAH", "MANDIRI", "JAYA", "SEJAHTERA", "LESTARI", "SUMBER REJEKI", "MAJU", "IBU", "AL IKHLAS", "SEDERHANA", "ANEKA"])}`,
  ];
}

/** Builds one household of 1-3 listed owners; returns them. */
export function household(r: Rand, c: Counters, villages: Map<string, Village[]>, hid: string): Person[] {
  const regency = r.skewed(REGENCIES, 0.8);
  const village = r.skewed(villages.get(regency) ?? [], 1.3);
  const district = village.code.slice(0, 8).replace(/\./g, "");
  const chineseShare = regency.startsWith("19") ? 0.25 : 0.03;
  const chinese = r.p(chineseShare);
  const issued: [number, number, number] = [r.int(2005, 2023), r.int(1, 12), r.int(1, 28)];
  const kkBody = `${district}${pad(issued[2], 2)}${pad(issued[1], 2)}${pad(issued[0] % 100, 2)}`;
  const kk = kkBody + serial(c, `kk${kkBody}`);
  const street = `${r.one(["JL.", "JL.", "GG.", "DUSUN", "KOMP."])} ${r.skewed(STREETS)} NO. ${r.int(1, 120)}`;
  const rt = r.int(1, 15);
  const rw = r.int(1, 8);
  const homePhone = phone(r);
  const [trade, biz] = business(r);
  const head: Person = person(r, c, { hid, village, district, kk, street, rt, rw, chinese });
  head.phone = r.p(0.3) ? homePhone : head.phone;
  const out = [head];
  const shape = r.u();
  if (shape < 0.3) {
    // Spouse: often the same phone and sometimes the same business (two proposals for one shop).
    const spouse = person(r, c, {
      hid,
      village,
      district,
      kk,
      street,
      rt,
      rw,
      chinese,
      sex: head.sex === "L" ? "P" : "L",
    });
    if (r.p(0.35)) spouse.phone = head.phone;
    if (r.p(0.25)) [spouse.trade, spouse.business] = [head.trade, head.business];
    spouse.dob = [head.dob[0] + r.int(-6, 6), r.int(1, 12), r.int(1, 28)];
    spouse.nik = nikFor(c, district, spouse.sex, spouse.dob);
    out.push(spouse);
  } else if (shape < 0.32) {
    // Twins on one card: one birth date, consecutive NIK serials, names alike but not equal
    // (Hasan/Husein, Rina/Rini) and usually the same second name.
    const dob = randomDob(r, 18, 45);
    const sex = r.p(0.5) ? "L" : "P";
    const base = pickName(r, sex);
    const first = base[0] ?? "";
    const pool = (sex === "L" ? MALE_GIVEN : FEMALE_GIVEN).filter((g) => g !== first && g[0] === first[0]);
    const others = (sex === "L" ? MALE_GIVEN : FEMALE_GIVEN).filter((g) => g !== first);
    const other =
      first.endsWith("A") && r.p(0.3)
        ? `${first.slice(0, -1)}I`
        : pool.length > 0 && r.p(0.6)
          ? r.one(pool)
          : r.one(others);
    for (const given of [first, other]) {
      const t = person(r, c, { hid, village, district, kk, street, rt, rw, chinese, sex });
      t.dob = dob;
      t.nik = nikFor(c, district, sex, dob);
      t.name = [given, ...base.slice(1)];
      t.twin = true;
      out.push(t);
    }
  } else if (shape < 0.45) {
    // Father and son of the same name ("junior").
    const son = person(r, c, { hid, village, district, kk, street, rt, rw, chinese, sex: "L" });
    head.sex = "L";
    head.name = pickName(r, "L");
    head.dob = [Math.min(head.dob[0], 1975), head.dob[1], head.dob[2]];
    head.nik = nikFor(c, district, "L", head.dob);
    son.name = [...head.name];
    son.father = head.name[0] ?? "";
    son.dob = [Math.min(head.dob[0] + r.int(20, 32), 2004), r.int(1, 12), r.int(1, 28)];
    son.nik = nikFor(c, district, "L", son.dob);
    if (r.p(0.4)) son.business = head.business;
    out.push(son);
  }
  for (const p of out) {
    if (p.business === "") [p.trade, p.business] = [trade, biz];
  }
  return out;
}

type Home = {
  hid: string;
  village: Village;
  district: string;
  kk: string;
  street: string;
  rt: number;
  rw: number;
  chinese: boolean;
  sex?: "L" | "P";
};

let nextId = 0;
export function resetIds(): void {
  nextId = 0;
}

function person(r: Rand, c: Counters, h: Home): Person {
  const sex = h.sex ?? (r.p(0.55) ? "L" : "P");
  const dob = randomDob(r, 19, 75);
  // One NIK in ten was issued in another district of the province (registered elsewhere).
  const nikDistrict = r.p(0.1) ? `${h.district.slice(0, 4)}${pad(r.int(1, 12), 2)}` : h.district;
  const name = h.chinese
    ? [r.skewed(CHINESE_INDONESIAN), ...(r.p(0.5) ? [] : [r.skewed(MALE_SECOND)])]
    : pickName(r, sex);
  if (h.chinese && r.p(0.5))
    name.unshift(
      sex === "L" ? r.one(["HENDRA", "BUDI", "ANDI", "RUDI"]) : r.one(["DEWI", "LINDA", "SUSI", "MEILANI"]),
    );
  return {
    id: `P${pad(++nextId, 7)}`,
    household: h.hid,
    name,
    chineseName: h.chinese ? chineseName(r) : null,
    father: r.skewed(MALE_GIVEN),
    sex,
    dob,
    nik: nikFor(c, nikDistrict, sex, dob),
    kk: h.kk,
    village: h.village,
    street: h.street,
    rt: h.rt,
    rw: h.rw,
    phone: phone(r),
    trade: "",
    business: "",
    twin: false,
  };
}
