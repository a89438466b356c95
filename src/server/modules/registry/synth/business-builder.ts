// Business names and fields of micro and small enterprises.
import type { Rng } from "../../../../shared/rng";

export const FIELDS = [
  "Kuliner",
  "Fesyen",
  "Kerajinan",
  "Perdagangan",
  "Jasa",
  "Pertanian",
  "Perikanan",
  "Peternakan",
] as const;

const KINDS: Record<(typeof FIELDS)[number], readonly string[]> = {
  Kuliner: ["Warung Makan", "Rumah Makan", "Kedai", "Katering", "Kue", "Keripik", "Bakso", "Sambal", "Kopi"],
  Fesyen: ["Konveksi", "Penjahit", "Butik", "Jahit", "Sablon", "Masker Kain"],
  Kerajinan: ["Kerajinan Rotan", "Anyaman", "Batik", "Manik-Manik", "Ukiran", "Kerajinan Purun"],
  Perdagangan: ["Toko", "Toko Sembako", "Warung", "Kios", "Grosir", "Toko Kelontong"],
  Jasa: ["Bengkel", "Laundry", "Salon", "Cuci Motor", "Servis HP", "Fotokopi"],
  Pertanian: ["Tani", "Kebun Sayur", "Bibit", "Madu Kelulut"],
  Perikanan: ["Kolam Ikan", "Ikan Asin", "Kerupuk Ikan", "Budidaya Lele"],
  Peternakan: ["Ternak Ayam", "Ternak Kambing", "Telur Ayam", "Ternak Sapi"],
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
  "Abadi",
  "Family",
  "Mama",
  "Sederhana",
  "Harapan",
  "Bintang",
  "Cahaya",
  "Amanah",
  "Putra",
  "Putri",
  "Citra",
  "Indah",
  "Murah",
  "Sentosa",
  "Karya",
  "Bersama",
];

export type Business = { name: string; field: (typeof FIELDS)[number] };

export function buildBusiness(rng: Rng, ownerFirstName: string, sex: "L" | "P"): Business {
  const field = rng.pick(FIELDS);
  const kind = rng.pick(KINDS[field]);
  const r = rng.next();
  let name: string;
  if (r < 0.3) name = `${kind} ${sex === "P" ? "Bu" : "Pak"} ${ownerFirstName}`;
  else if (r < 0.75) name = `${kind} ${rng.pick(BRANDS)}`;
  else if (r < 0.9) name = `${kind} ${rng.pick(BRANDS)} ${rng.pick(BRANDS)}`;
  else name = `UD ${rng.pick(BRANDS)} ${rng.pick(BRANDS)}`;
  return { name, field };
}

export const SOURCES = [
  "Pendataan Diskop 2020",
  "Pendamping Kecamatan",
  "Usulan BPUM Tahap 1",
  "DTKS Kemensos",
  "Peserta Prakerja",
  "Impor Excel Kabupaten",
  "Formulir Daring",
];
