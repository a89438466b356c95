// Derives a duplicate record with the errors clerks make when the same owner is listed twice.

import type { Rng } from "../../../../shared/rng";
import { buildBusiness, SOURCES } from "./business-builder";
import { addTitle, dropOrAddToken, typo, variant } from "./corrupt-name";
import { makePhone } from "./identity";
import { MALE_SECOND } from "./name-pools";
import type { Entity, SynthRecord } from "./record";
import type { RegionIndex } from "./regions";
import { restyleRecord } from "./restyle";

type Op = (r: SynthRecord, ctx: { rng: Rng; e: Entity; regions: RegionIndex }) => void;

function setDate(r: SynthRecord, y: number, m: number, d: number): void {
  r.tanggal_lahir = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function dateParts(r: SynthRecord): [number, number, number] {
  const [y = "0", m = "0", d = "0"] = r.tanggal_lahir.split("-");
  return [Number(y), Number(m), Number(d)];
}

function replaceDigit(rng: Rng, s: string, at: number): string {
  let digit = String(rng.int(0, 9));
  while (digit === s[at]) digit = String(rng.int(0, 9));
  return s.slice(0, at) + digit + s.slice(at + 1);
}

/** Substantive errors with their relative frequency. */
const OPS: ReadonlyArray<readonly [number, Op]> = [
  [
    0.25,
    (r, { rng }) => {
      r.nama = typo(rng, r.nama);
    },
  ],
  [
    0.25,
    (r, { rng }) => {
      r.nama = variant(rng, r.nama);
    },
  ],
  [
    0.1,
    (r, { rng, e }) => {
      r.nama = addTitle(rng, r.nama, e.sex);
    },
  ],
  [
    0.1,
    (r, { rng, e }) => {
      r.nama = dropOrAddToken(rng, r.nama, e.sex, MALE_SECOND.slice(0, 40));
    },
  ],
  [
    0.08,
    (r) => {
      const [y, m, d] = dateParts(r);
      if (d <= 12 && d !== m) setDate(r, y, d, m);
    },
  ],
  [
    0.06,
    (r, { rng }) => {
      const [y, m, d] = dateParts(r);
      if (rng.chance(0.5)) setDate(r, y + (rng.chance(0.5) ? 1 : -1) * rng.pick([1, 10]), m, d);
      else setDate(r, y, m, d <= 9 ? d + 10 * rng.int(1, 2) : d - 10 >= 1 ? d - 10 : d + 1);
    },
  ],
  [
    0.08,
    (r, { rng }) => {
      r.nik = r.nik && replaceDigit(rng, r.nik, rng.int(0, 15));
    },
  ],
  [
    0.05,
    (r, { rng }) => {
      if (!r.nik) return;
      for (let t = 0; t < 10; t++) {
        const i = rng.int(0, 14);
        if (r.nik[i] !== r.nik[i + 1]) {
          r.nik = r.nik.slice(0, i) + (r.nik[i + 1] ?? "") + (r.nik[i] ?? "") + r.nik.slice(i + 2);
          return;
        }
      }
    },
  ],
  [
    0.05,
    (r) => {
      r.nik = r.nik && `${r.nik.slice(0, 15)}0`;
    },
  ],
  [
    0.03,
    (r) => {
      r.nik = r.no_kk || r.nik;
    },
  ],
  [
    0.1,
    (r) => {
      r.nik = "";
    },
  ],
  [
    0.04,
    (r) => {
      r.tanggal_lahir = "";
    },
  ],
  [
    0.1,
    (r) => {
      r.no_kk = "";
    },
  ],
  [
    0.15,
    (r, { rng }) => {
      r.no_hp = makePhone(rng);
    },
  ],
  [
    0.1,
    (r) => {
      r.no_hp = "";
    },
  ],
  [
    0.04,
    (r) => {
      r.alamat = "";
    },
  ],
  [
    0.04,
    (r, { rng, regions }) => {
      const same = regions.villagesInDistrict(r.kode_wilayah.slice(0, 8));
      if (same.length > 1) r.kode_wilayah = rng.pick(same).code;
    },
  ],
  [
    0.1,
    (r, { rng, e }) => {
      const b = buildBusiness(rng, e.firstName, e.sex);
      r.nama_usaha = b.name;
      r.bidang_usaha = b.field;
    },
  ],
  [
    0.06,
    (r, { rng }) => {
      r.tempat_lahir = rng.chance(0.5) ? "" : typo(rng, r.tempat_lahir);
    },
  ],
  [
    0.04,
    (r) => {
      r.jenis_kelamin = "";
    },
  ],
];

const TOTAL = OPS.reduce((s, [w]) => s + w, 0);

function pickOp(rng: Rng): Op {
  let x = rng.next() * TOTAL;
  for (const [w, op] of OPS) {
    x -= w;
    if (x <= 0) return op;
  }
  return (OPS[0] as readonly [number, Op])[1];
}

export function makeDuplicate(rng: Rng, e: Entity, regions: RegionIndex): SynthRecord {
  const r: SynthRecord = { ...e.record, sumber: rng.pick(SOURCES) };
  const x = rng.next();
  const errors = x < 0.4 ? 1 : x < 0.75 ? 2 : x < 0.93 ? 3 : 4;
  for (let i = 0; i < errors; i++) pickOp(rng)(r, { rng, e, regions });
  restyleRecord(rng, r);
  return r;
}
