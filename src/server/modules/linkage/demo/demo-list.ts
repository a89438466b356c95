// The rows of the demo list "DTKS Kemensos April 2020" for Palangka Raya: some owners of the
// register exactly, some with a variant name or a slipped NIK, some with only name and village
// (uncertain), and social-aid recipients who run no registered business. Deterministic.
import type { LinkSourceRow } from "../../registry";
import type { ListFileRow } from "../lists/read-list-file";
import { dateSwap, nameVariant, nikSlip } from "./demo-variants";

const OUTSIDERS = [
  ["Rusmini", "P"],
  ["Yohanes Setiawan", "L"],
  ["Marlina Sari", "P"],
  ["Dedi Kurniawan", "L"],
  ["Elisabeth Nyai", "P"],
  ["Hendra Gunawan", "L"],
  ["Fitriani", "P"],
  ["Agus Salim", "L"],
  ["Desy Ratnasari", "P"],
  ["Joko Priyanto", "L"],
  ["Ratna Dewi", "P"],
  ["Imanuel Tarigan", "L"],
] as const;

/** One letter dropped inside the last word ("Rahmawati" → "Rahmwati"): with only the district, uncertain. */
function typo(name: string): string {
  const words = name.split(" ");
  const last = words[words.length - 1] ?? "";
  if (last.length < 5) return `${name}h`;
  words[words.length - 1] = `${last.slice(0, 3)}${last.slice(4)}`;
  return words.join(" ");
}

const row = (n: number, r: Partial<ListFileRow>): ListFileRow => ({
  sheet: "DTKS",
  rowNumber: n + 1,
  nik: null,
  noKk: null,
  name: null,
  sex: null,
  birthPlace: null,
  birthDate: null,
  phone: null,
  address: null,
  rt: null,
  rw: null,
  villageCode: null,
  businessName: null,
  ...r,
});

/** List rows built from register owners (the overlap) and outsiders. */
export function demoListRows(owners: readonly LinkSourceRow[], village: string): ListFileRow[] {
  const rows: ListFileRow[] = [];
  owners.forEach((o, k) => {
    const base = {
      name: o.name,
      sex: o.sex,
      birthDate: o.birthDate,
      villageCode: o.villageCode ?? o.regionCode,
      address: o.personStreet,
      rt: o.rt,
      rw: o.rw,
    };
    if (k % 6 === 4) rows.push(row(rows.length, { ...base, name: nameVariant(o.name, o.sex, k), nik: null }));
    else if (k % 6 === 5)
      rows.push(
        row(rows.length, {
          ...base,
          nik: nikSlip(o.nik),
          birthDate: o.birthDate ? dateSwap(o.birthDate) : null,
        }),
      );
    else if (k % 6 === 3)
      rows.push(
        row(rows.length, { name: typo(o.name), sex: o.sex, villageCode: base.villageCode.slice(0, 8) }),
      );
    else rows.push(row(rows.length, { ...base, nik: o.nik }));
  });
  OUTSIDERS.forEach(([name, sex], k) => {
    const day = String(3 + k).padStart(2, "0");
    const nikDay = sex === "P" ? String(43 + k) : day;
    rows.push(
      row(rows.length, {
        name,
        sex,
        birthDate: `1975-06-${day}`,
        nik: `627101${nikDay}0675${String(9000 + k)}`,
        villageCode: village,
      }),
    );
  });
  return rows;
}

/** The list as the CSV file an operator would have uploaded (kept in platform files). */
export function demoListCsv(rows: readonly ListFileRow[]): string {
  const q = (v: string | null) => (v === null ? "" : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = rows.map((r, i) =>
    [String(i + 1), q(r.nik), q(r.name), q(r.sex), q(r.birthDate), q(r.address), q(r.villageCode)].join(","),
  );
  return ["No,NIK,Nama,Jenis Kelamin,Tanggal Lahir,Alamat,Kode Wilayah", ...lines].join("\n");
}
