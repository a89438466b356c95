// Four kinds of list, each with its own habits, and the record one list holds for one person.
import {
  addressText,
  formatDate,
  letterVariant,
  nikTransposition,
  nikTypo,
  oldSpelling,
  typo,
  withHonorific,
} from "./noise";
import { PLACEHOLDER_DATES, STREETS } from "./pools";
import type { Person } from "./population";
import type { Rand } from "./rng";

export type Source = {
  name: "pendamping" | "kabkota" | "dtks" | "bpum";
  nikMissing: number;
  kkMissing: number;
  phone: number;
  business: number;
  sex: boolean;
  dateStyle: "dmy" | "iso" | "slash" | "long";
  /** Numbers passed through a numeric spreadsheet cell (last NIK digit lost). */
  excel: number;
  rtColumns: boolean;
  lower: boolean;
  noise: number;
};

export const SOURCES: readonly Source[] = [
  {
    name: "pendamping",
    nikMissing: 0.35,
    kkMissing: 0.7,
    phone: 0.85,
    business: 0.95,
    sex: false,
    dateStyle: "slash",
    excel: 0,
    rtColumns: false,
    lower: true,
    noise: 1.5,
  },
  {
    name: "kabkota",
    nikMissing: 0.12,
    kkMissing: 0.4,
    phone: 0.5,
    business: 0.9,
    sex: true,
    dateStyle: "dmy",
    excel: 0.2,
    rtColumns: false,
    lower: false,
    noise: 1,
  },
  {
    name: "dtks",
    nikMissing: 0.03,
    kkMissing: 0.02,
    phone: 0.2,
    business: 0,
    sex: true,
    dateStyle: "iso",
    excel: 0,
    rtColumns: true,
    lower: false,
    noise: 0.6,
  },
  {
    name: "bpum",
    nikMissing: 0.05,
    kkMissing: 0.15,
    phone: 0.95,
    business: 1,
    sex: false,
    dateStyle: "long",
    excel: 0.08,
    rtColumns: true,
    lower: false,
    noise: 0.8,
  },
];

export type Row = Record<string, string>;

function nameFor(r: Rand, p: Person, s: Source, tags: string[]): string {
  let tokens = [...p.name];
  if (p.chineseName && r.p(0.35)) {
    tokens = [...p.chineseName];
    tags.push("chineseName");
  }
  const old = p.dob[0] < 1975 ? 0.25 : 0.04;
  if (r.p(old * s.noise)) {
    const k = r.int(0, tokens.length - 1);
    const o = oldSpelling(tokens[k] ?? "");
    if (o !== tokens[k]) {
      tokens[k] = o;
      tags.push("oldSpelling");
    }
  }
  if (r.p(0.1 * s.noise)) {
    const k = r.int(0, tokens.length - 1);
    tokens[k] = letterVariant(r, tokens[k] ?? "");
    tags.push("letterVariant");
  }
  if (r.p(0.025 * s.noise)) {
    const k = r.int(0, tokens.length - 1);
    tokens[k] = typo(r, tokens[k] ?? "");
    tags.push("nameTypo");
  }
  if (tokens.length >= 2 && r.p(0.05 * s.noise)) {
    tokens = [...tokens.slice(1), tokens[0] ?? ""];
    tags.push("nameSwap");
  }
  if (!p.chineseName && r.p(s.name === "dtks" ? 0.15 : 0.04)) {
    tokens.push(p.sex === "L" ? "BIN" : r.one(["BINTI", "BT"]), p.father);
    tags.push("patronym");
  }
  let text = tokens.join(" ");
  if (r.p(0.08 * s.noise)) {
    text = withHonorific(r, text, p.sex);
    tags.push("honorific");
  }
  return s.lower ? text.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : text;
}

function nikFor(r: Rand, p: Person, s: Source, tags: string[]): string {
  if (r.p(s.nikMissing)) {
    tags.push("nikMissing");
    return r.p(0.2) ? r.one(["-", "0", "BELUM ADA", "0000000000000000"]) : "";
  }
  if (r.p(0.05 * s.noise)) {
    tags.push("kkAsNik");
    return p.kk;
  }
  let nik = p.nik;
  const k = r.u();
  if (k < 0.06 * s.noise) {
    nik = nikTypo(r, nik);
    tags.push("nikTypo");
  } else if (k < 0.09 * s.noise) {
    nik = nikTransposition(r, nik);
    tags.push("nikTransposition");
  }
  if (r.p(s.excel)) {
    nik = `${nik.slice(0, 15)}0`;
    tags.push("nikExcel");
  }
  return nik;
}

function dateFor(r: Rand, p: Person, s: Source, tags: string[]): string {
  const k = r.u() / s.noise;
  let d: [number, number, number] = [...p.dob];
  if (k < 0.04) {
    tags.push("dobMissing");
    return "";
  }
  if (k < 0.07) {
    tags.push("dobPlaceholder");
    return r.one(PLACEHOLDER_DATES);
  }
  if (k < 0.1 && d[2] <= 12 && d[1] !== d[2]) {
    d = [d[0], d[2], d[1]];
    tags.push("dobSwap");
  } else if (k < 0.13) {
    d = [d[0] + (r.p(0.5) ? 1 : -1), d[1], d[2]];
    tags.push("dobYear");
  }
  return formatDate(d, s.dateStyle);
}

/** The row a source holds for a person, with the tags of every error put into it. */
export function recordOf(r: Rand, p: Person, s: Source, id: string): { row: Row; tags: string[] } {
  const tags: string[] = [];
  let village = p.village.code;
  let street = p.street;
  let rt = p.rt;
  let rw = p.rw;
  if (r.p(0.05 * s.noise)) {
    // Moved within the regency: another village code prefix of the same regency, a new street.
    village = `${village.slice(0, 6)}${String(r.int(1, 9)).padStart(2, "0")}${village.slice(8)}`;
    street = `JL. ${r.one(STREETS)} NO. ${r.int(1, 90)}`;
    rt = r.int(1, 15);
    rw = r.int(1, 8);
    tags.push("moved");
  }
  const villageOnly = r.p(0.08 * s.noise);
  if (villageOnly) tags.push("villageOnly");
  const pivoted = r.p(0.06);
  if (pivoted) tags.push("pivoted");
  const biz = pivoted ? `${r.one(["WARUNG", "TOKO", "USAHA", "KEDAI"])} ${p.name[0]}` : p.business;
  const phone = r.p(s.phone)
    ? r.p(0.1)
      ? `0812${String(r.int(0, 99_999_999)).padStart(8, "0")}`
      : p.phone
    : "";
  const row: Row = {
    record_id: id,
    nik: nikFor(r, p, s, tags),
    no_kk: r.p(s.kkMissing) ? "" : p.kk,
    nama: nameFor(r, p, s, tags),
    jenis_kelamin: s.sex ? p.sex : "",
    tempat_lahir: "",
    tanggal_lahir: dateFor(r, p, s, tags),
    alamat: villageOnly ? "" : addressText(r, street, rt, rw, !s.rtColumns, s.lower),
    rt: s.rtColumns && !villageOnly ? String(rt).padStart(3, "0") : "",
    rw: s.rtColumns && !villageOnly ? String(rw).padStart(3, "0") : "",
    kode_wilayah: villageOnly && r.p(0.3) ? village.slice(0, 8) : village,
    no_hp: phone,
    nama_usaha: r.p(s.business) ? biz : "",
    bidang_usaha: s.business > 0 ? p.trade : "",
    sumber: s.name,
  };
  return { row, tags };
}
