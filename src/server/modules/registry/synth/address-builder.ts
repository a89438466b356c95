// Street addresses as written on KTPs: "Jl. Ahmad Yani No. 12", "Gg. Mawar No. 3", "Dusun II".
import type { Rng } from "../../../../shared/rng";

const HEROES = [
  "Ahmad Yani",
  "Sudirman",
  "Diponegoro",
  "Gatot Subroto",
  "Imam Bonjol",
  "Pattimura",
  "Hasanuddin",
  "Kartini",
  "Merdeka",
  "Pahlawan",
  "Veteran",
  "Cut Nyak Dien",
  "Teuku Umar",
  "Tjilik Riwut",
  "RTA Milono",
  "G. Obos",
  "Yos Sudarso",
  "Pramuka",
  "Pelita",
  "Sejahtera",
  "Swadaya",
  "Hayam Wuruk",
  "Gajah Mada",
  "Sisingamangaraja",
  "Juanda",
  "Rajawali",
  "Kalimantan",
  "Sumatera",
  "Bhayangkara",
  "Antasari",
];
const FLOWERS = [
  "Mawar",
  "Melati",
  "Anggrek",
  "Kenanga",
  "Flamboyan",
  "Cempaka",
  "Dahlia",
  "Kamboja",
  "Nangka",
  "Rambutan",
  "Durian",
  "Mangga",
  "Kelapa",
  "Pinang",
  "Sawo",
  "Jambu",
  "Teratai",
  "Bougenville",
  "Seroja",
  "Bakung",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];

export type Address = { street: string; rt: string; rw: string };

function pad3(n: number): string {
  return String(n).padStart(3, "0");
}

export function buildAddress(rng: Rng, isUrban: boolean): Address {
  const rt = pad3(rng.int(1, isUrban ? 15 : 8));
  const rw = pad3(rng.int(1, isUrban ? 8 : 4));
  const no = rng.int(1, 150);
  const r = rng.next();
  let street: string;
  if (!isUrban && r < 0.35) street = `Dusun ${rng.pick(ROMAN)}`;
  else if (r < 0.55) street = `Jl. ${rng.pick(HEROES)} No. ${no}`;
  else if (r < 0.75) street = `Jl. ${rng.pick(HEROES)} Gg. ${rng.pick(FLOWERS)} No. ${no}`;
  else if (r < 0.9) street = `Gg. ${rng.pick(FLOWERS)} No. ${no}`;
  else
    street = `Komp. Perum ${rng.pick(FLOWERS)} Indah Blok ${String.fromCharCode(65 + rng.int(0, 7))} No. ${rng.int(1, 40)}`;
  return { street, rt, rw };
}
