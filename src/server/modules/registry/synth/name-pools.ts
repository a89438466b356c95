// Name pools for synthetic owners. The hand-made heads are the most common Indonesian names (so
// "Muhammad Rizki" and "Siti Aminah" repeat as they do in real registers); faker's ID lists follow.
import { fakerID_ID } from "@faker-js/faker";

type Gendered = { generic?: string[]; male?: string[]; female?: string[] };

function fakerList(kind: "first_name" | "last_name", sex: "male" | "female"): string[] {
  const defs = fakerID_ID.rawDefinitions.person as Record<string, unknown> | undefined;
  const entry = defs?.[kind] as Gendered | undefined;
  return entry?.[sex] ?? [];
}

function merge(head: readonly string[], tail: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of [...head, ...tail]) {
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(n);
  }
  return out;
}

export const MALE_GIVEN = merge(
  [
    "Muhammad",
    "Ahmad",
    "Agus",
    "Budi",
    "Andi",
    "Rizki",
    "Dedi",
    "Eko",
    "Hendra",
    "Joko",
    "Bambang",
    "Slamet",
    "Abdul",
    "Wahyu",
    "Arif",
    "Dwi",
    "Heru",
    "Imam",
    "Yusuf",
    "Rudi",
    "Iwan",
    "Adi",
    "Hadi",
    "Hasan",
    "Irfan",
    "Fajar",
    "Ilham",
    "Dimas",
    "Reza",
    "Fauzi",
    "Anton",
    "Yudi",
    "Teguh",
    "Rahmat",
    "Syaiful",
    "Khairul",
    "Zainal",
    "Hidayat",
    "Nur",
    "Tri",
    "Eka",
    "Kurniawan",
    "Setiawan",
    "Dodi",
    "Asep",
    "Ujang",
    "Dani",
    "Deni",
  ],
  fakerList("first_name", "male"),
);

export const FEMALE_GIVEN = merge(
  [
    "Siti",
    "Sri",
    "Nur",
    "Dewi",
    "Ani",
    "Putri",
    "Rina",
    "Yuni",
    "Dwi",
    "Fitri",
    "Lestari",
    "Ratna",
    "Indah",
    "Nurul",
    "Rahayu",
    "Ayu",
    "Eka",
    "Wati",
    "Sari",
    "Yanti",
    "Dian",
    "Rizka",
    "Kurniawati",
    "Tri",
    "Ernawati",
    "Susanti",
    "Novi",
    "Lina",
    "Mega",
    "Wulan",
    "Endang",
    "Sumiati",
    "Aminah",
    "Fatimah",
    "Aisyah",
    "Nining",
  ],
  fakerList("first_name", "female"),
);

export const MALE_SECOND = merge(
  [
    "Rizki",
    "Hidayat",
    "Saputra",
    "Pratama",
    "Santoso",
    "Setiawan",
    "Kurniawan",
    "Wijaya",
    "Firmansyah",
    "Nugroho",
    "Ramadhan",
    "Fauzi",
    "Rahman",
    "Maulana",
    "Hakim",
    "Syahputra",
    "Hermawan",
    "Gunawan",
    "Susanto",
    "Wibowo",
    "Prasetyo",
    "Yusuf",
    "Ilham",
    "Fajar",
    "Akbar",
    "Hasan",
    "Iskandar",
    "Sutrisno",
  ],
  fakerList("last_name", "male"),
);

export const FEMALE_SECOND = merge(
  [
    "Lestari",
    "Wulandari",
    "Rahayu",
    "Handayani",
    "Kurniawati",
    "Sari",
    "Aminah",
    "Fatimah",
    "Hasanah",
    "Safitri",
    "Rahmawati",
    "Nurhayati",
    "Aisyah",
    "Susanti",
    "Puspita",
    "Anggraini",
    "Purnamasari",
    "Yulianti",
    "Wahyuni",
    "Setiawati",
    "Maharani",
    "Ningsih",
    "Khadijah",
    "Zubaidah",
    "Maryam",
  ],
  fakerList("last_name", "female"),
);

export const ARABIC_AFTER_ABDUL = [
  "Rahman",
  "Aziz",
  "Karim",
  "Halim",
  "Rahim",
  "Malik",
  "Kadir",
  "Hamid",
  "Latif",
  "Majid",
  "Wahab",
  "Gani",
  "Rauf",
  "Jalil",
];
export const AFTER_NUR = [
  "Hayati",
  "Aini",
  "Halimah",
  "Cahaya",
  "Azizah",
  "Laila",
  "Jannah",
  "Hidayah",
  "Fadilah",
  "Afifah",
];

/** Older Javanese owners often have one name. */
export const JAVANESE_SINGLE_MALE = [
  "Suparno",
  "Sutrisno",
  "Sugeng",
  "Slamet",
  "Paimin",
  "Suyanto",
  "Sukardi",
  "Sumarno",
  "Parjo",
  "Tukiman",
  "Sugiyono",
  "Supriyadi",
  "Suharto",
  "Sunarto",
  "Wagiman",
  "Sukirno",
  "Marjuki",
  "Tarno",
];
export const JAVANESE_SINGLE_FEMALE = [
  "Suwarni",
  "Sumiati",
  "Tukiyem",
  "Sarinah",
  "Painem",
  "Sumarni",
  "Suharti",
  "Sunarti",
  "Wartini",
  "Partini",
  "Sukarsih",
  "Tumini",
  "Marsini",
  "Sulastri",
];

export const BALI_MALE_PREFIX = [
  "I Wayan",
  "I Made",
  "I Nyoman",
  "I Ketut",
  "I Putu",
  "I Gede",
  "I Komang",
  "I Kadek",
];
export const BALI_FEMALE_PREFIX = [
  "Ni Luh",
  "Ni Made",
  "Ni Wayan",
  "Ni Nyoman",
  "Ni Ketut",
  "Ni Putu",
  "Ni Kadek",
  "Ni Komang",
];
export const BALI_MALE = [
  "Sudarsana",
  "Suardana",
  "Artawan",
  "Mahendra",
  "Sukadana",
  "Wirawan",
  "Budiarta",
  "Suarjana",
  "Adnyana",
  "Sujana",
];
export const BALI_FEMALE = [
  "Ariani",
  "Suartini",
  "Sriani",
  "Yuliani",
  "Sukerti",
  "Widiantari",
  "Astuti",
  "Suarni",
  "Darmayanti",
  "Wulandari",
];

export const BATAK_MARGA = [
  "Siregar",
  "Nasution",
  "Harahap",
  "Simanjuntak",
  "Sitorus",
  "Hutapea",
  "Lubis",
  "Pardede",
  "Sinaga",
  "Situmorang",
  "Tambunan",
  "Simatupang",
  "Manurung",
  "Panjaitan",
  "Napitupulu",
  "Pasaribu",
];

export const CHINESE_SURNAME = ["Tan", "Lim", "Oey", "Tjhin", "Ong", "Liem", "Tjong", "Lie", "Go", "Kwee"];
export const CHINESE_GIVEN = [
  "A Kiong",
  "Siu Lan",
  "Tjoen Hwa",
  "Bun Fui",
  "Kim Lian",
  "Mei Ling",
  "Ah Fat",
  "Sin Ho",
  "Kian Tek",
  "Lan Fong",
];

/** Twins' given names: boy and boy, girl and girl, or boy and girl. */
export const TWIN_NAMES: Readonly<Record<"LL" | "PP" | "LP", ReadonlyArray<readonly [string, string]>>> = {
  LL: [
    ["Hasan", "Husain"],
    ["Reza", "Rezi"],
    ["Ikhsan", "Ikhwan"],
    ["Rama", "Rami"],
    ["Fajar", "Fikri"],
    ["Andika", "Andiko"],
  ],
  PP: [
    ["Dewi", "Dwi"],
    ["Nisa", "Nisya"],
    ["Aulia", "Amelia"],
    ["Intan", "Indah"],
    ["Putri", "Puput"],
    ["Salsa", "Salwa"],
  ],
  LP: [
    ["Rizki", "Rizka"],
    ["Putra", "Putri"],
    ["Dimas", "Dinda"],
    ["Fajar", "Fitri"],
    ["Nanda", "Nindi"],
    ["Kurniawan", "Kurniawati"],
  ],
};

export const TITLES_BEFORE_MALE = ["H.", "Drs.", "Ir.", "Bapak", "H", "KH."];
export const TITLES_BEFORE_FEMALE = ["Hj.", "Dra.", "Ibu", "Hj", "Ny."];
export const DEGREES_AFTER = ["S.E.", "S.Pd", "S.H.", "S.Sos", "S.Kom", "A.Md", "S.T.", "M.M."];
