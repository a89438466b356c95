// Name pools for the demo regions: Kalimantan Tengah (Banjar, Dayak, Javanese settlers), Dharmasraya
// (Minangkabau, Javanese transmigrants) and Bangka Belitung (Malay, Chinese-Indonesian).

type Pool = { male: readonly string[]; female: readonly string[]; family: readonly string[] };

const COMMON_MALE = [
  "Ahmad",
  "Muhammad",
  "Budi",
  "Agus",
  "Rahmat",
  "Yusuf",
  "Hendra",
  "Dedi",
  "Eko",
  "Joko",
  "Slamet",
  "Bambang",
  "Rudi",
  "Fajar",
  "Arif",
  "Teguh",
  "Ilham",
  "Wahyu",
  "Andi",
  "Hadi",
];
const COMMON_FEMALE = [
  "Siti",
  "Sri",
  "Nur",
  "Dewi",
  "Rina",
  "Yuni",
  "Wati",
  "Lestari",
  "Rahmawati",
  "Fitri",
  "Ernawati",
  "Ratna",
  "Sulastri",
  "Hartini",
  "Indah",
  "Yuliana",
  "Kurniawati",
  "Maria",
];
const COMMON_FAMILY = [
  "Hidayat",
  "Saputra",
  "Pratama",
  "Wijaya",
  "Santoso",
  "Rahman",
  "Hakim",
  "Nugroho",
  "Setiawan",
  "Ramadhan",
  "Kusuma",
  "Susanto",
  "Purnomo",
  "Hasanah",
  "Handayani",
];

const POOLS: Record<string, Pool> = {
  "62": {
    male: [
      ...COMMON_MALE,
      "Riduan",
      "Saprudin",
      "Aspihani",
      "Junaidi",
      "Gusti",
      "Tambun",
      "Yohanes",
      "Petrus",
      "Simon",
      "Mahmud",
      "Syahrani",
      "Normansyah",
    ],
    female: [
      ...COMMON_FEMALE,
      "Noor",
      "Mariani",
      "Rusmini",
      "Norhayati",
      "Mahdalena",
      "Fatimah",
      "Masniah",
      "Rahimah",
      "Salmah",
      "Elisabeth",
    ],
    family: [
      ...COMMON_FAMILY,
      "Ngabe",
      "Tingang",
      "Bungai",
      "Bahen",
      "Anggen",
      "Riwut",
      "Noor",
      "Effendi",
      "Asmuni",
      "Rasyid",
    ],
  },
  "13": {
    male: [
      ...COMMON_MALE,
      "Afrizal",
      "Zulkifli",
      "Yondri",
      "Nofrizal",
      "Syafrudin",
      "Erizal",
      "Masril",
      "Jasman",
      "Irwandi",
      "Zulhendri",
      "Dasril",
    ],
    female: [
      ...COMMON_FEMALE,
      "Yusnidar",
      "Nelti",
      "Rosmaini",
      "Desmawati",
      "Yetti",
      "Nurhayati",
      "Asnimar",
      "Elfi",
      "Marlina",
      "Syafni",
    ],
    family: [
      ...COMMON_FAMILY,
      "Putra",
      "Effendi",
      "Syamsuddin",
      "Chaniago",
      "Piliang",
      "Tanjung",
      "Koto",
      "Sikumbang",
    ],
  },
  "19": {
    male: [
      ...COMMON_MALE,
      "Suryadi",
      "Acun",
      "Afuk",
      "Ahian",
      "Bujang",
      "Syahril",
      "Rozali",
      "Kurniadi",
      "Alung",
      "Johan",
    ],
    female: [
      ...COMMON_FEMALE,
      "Susanti",
      "Meliana",
      "Lina",
      "Aling",
      "Yanti",
      "Juliana",
      "Herlina",
      "Masitah",
      "Sumiati",
    ],
    family: [...COMMON_FAMILY, "Tjhin", "Lim", "Liong", "Bong", "Tan", "Lie", "Chandra", "Gunawan", "Halim"],
  },
};

/** A full name as on the KTP; some older owners have one name only, as many Indonesians do. */
export function demoName(
  pick: <T>(xs: readonly T[]) => T,
  chance: (p: number) => boolean,
  province: string,
  sex: "L" | "P",
): string {
  const pool = POOLS[province] ?? (POOLS["62"] as Pool);
  const first = pick(sex === "L" ? pool.male : pool.female);
  if (chance(0.12)) return first;
  const second = chance(0.35) ? pick(sex === "L" ? pool.male : pool.female) : pick(pool.family);
  return second === first ? `${first} ${pick(pool.family)}` : `${first} ${second}`;
}

export function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}
