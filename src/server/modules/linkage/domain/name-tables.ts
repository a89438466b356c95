// Word lists for Indonesian name normalisation (see REFERENCE "Name normalisation for matching").
// Keys are written as people write them; name-normalise.ts folds them to its canonical spelling.

/** Honorifics and titles stripped while they stand at the start of a name. */
export const PREFIX_TITLES: readonly string[] = [
  "H", "HJ", "HJH", "HAJI", "HAJJAH", "HAJAH", "KH", "KYAI", "KIAI", "UST", "USTAD", "USTADZ", "USTADZAH",
  "USTAZ", "USTAZAH", "DR", "DRS", "DRA", "DRG", "IR", "PROF", "BAPAK", "BPK", "BP", "IBU", "PAK", "BU",
  "SDR", "SDRI", "SAUDARA", "SAUDARI", "TN", "TUAN", "NY", "NYONYA", "NN", "NONA", "R", "RA", "RM", "RR",
  "RADEN", "ALM", "ALMH", "ALMARHUM", "ALMARHUMAH",
];

/** Academic degrees (dots removed) stripped at the end of a name or after a comma. */
export const DEGREES: readonly string[] = [
  "SE", "SH", "SPD", "SPDI", "SAG", "SSOS", "SKOM", "ST", "AMD", "MM", "MSI", "MPD", "SKED", "SGZ", "SPT",
  "SIP", "SEI", "SPSI", "SIKOM", "SFARM", "MKOM", "MTI", "MFARM", "MAK", "SS", "MH", "MT", "MSC", "PHD",
  "BSC", "MBA", "SHI", "SSI", "SKM", "SKEP", "NS", "AMKEB", "AMK", "AMDKEB", "AMPD", "SSTP", "MAP", "MAG",
  "MKES", "SKG", "SP", "STP", "SHUT", "SIKOM", "SSN", "SPI", "SPSI", "SKH", "MSC", "LC", "MA", "SSIT",
  "STR", "SAK", "SKEB", "SFIL", "SSOSI",
];

/** Minangkabau titles that follow the given name; what follows them is a title-name, not a name. */
export const MINANG_TITLES: readonly string[] = ["SUTAN", "DATUAK", "DATUK", "DT", "MARAH", "BAGINDO", "SIDI"];

/** Spelling groups: every listed variant is the same name as the group head. */
export const VARIANT_GROUPS: ReadonlyArray<readonly [string, readonly string[]]> = [
  [
    "MUHAMMAD",
    [
      "MUHAMAD", "MOHAMMAD", "MOHAMAD", "MOCHAMMAD", "MOCHAMAD", "MOHAMMED", "MOHAMED", "MUHAMMED",
      "MUHAMED", "MUCHAMMAD", "MUCHAMAD", "MOEHAMMAD", "MOEHAMAD", "MUHAMMAT", "MUH", "MOH", "MOCH",
      "MUCH", "MHD", "MD", "MUHD", "MOHD", "MHMD", "MOHAMAT", "MUHAMAT", "MOHAMMADH",
    ],
  ],
  ["AHMAD", ["ACHMAD", "AKHMAD", "AHMAT", "ACHMAT", "AHMED", "AHMET", "ACHMED", "AMAD"]],
  ["ABDUL", ["ABDOEL", "ABD", "ABDOL", "ABDUL"]],
  ["NUR", ["NOOR", "NOER", "NUUR", "NOUR", "NURR"]],
  ["SITI", ["SITTI", "SITY", "SITIE", "STI"]],
  ["SRI", ["SERI", "SRIE"]],
  ["YUSUF", ["YUSUP", "JUSUF", "JUSUP", "YUSOF", "YOESOEF", "YOESOF", "JOESOEF"]],
  ["RAHMAT", ["RACHMAT", "RAHMAD", "RACHMAD", "ROHMAT", "ROCHMAT", "RAKHMAT"]],
  ["KHAIRUL", ["CHAIRUL", "HAIRUL", "CHAERUL", "KHAERUL", "HAERUL", "KHOIRUL", "CHOIRUL"]],
  ["SAIFUL", ["SYAIFUL", "SAEFUL", "SYAEFUL", "SAIPUL", "SYAIPUL", "SAIFULLAH"]],
  ["ZAINAL", ["ZAENAL", "JAINAL"]],
  ["RIZKI", ["RISKI", "RIZQI", "RIZQY", "RIZKY", "RISKY", "RIZKIE"]],
  ["HUSAIN", ["HUSEIN", "HUSIN", "HUSSEIN", "HUSSAIN", "HUSEN"]],
  ["AISYAH", ["AISAH", "AISYA", "AISYIAH", "AISHA", "AISYAH"]],
  ["FATIMAH", ["FATIMA", "FATMAH", "PATIMAH"]],
  ["ABDULLAH", ["ABDULAH", "ABDOELAH", "ABDOELLAH"]],
  ["SYARIFAH", ["SARIFAH", "SYARIPAH"]],
  ["SYAMSUL", ["SAMSUL", "SJAMSUL", "SYAMSOEL"]],
  ["MUSTOFA", ["MUSTAFA", "MUSTOPA", "MOESTOFA", "MUSTHOFA"]],
  ["SUTRISNO", ["SOETRISNO"]],
];

/**
 * Pairs that look alike but are different names (REFERENCE rule 5). Suffix rules (-WAN/-WATI, a final
 * A/I/O that marks sex) are checked in code.
 */
export const DISTINCT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["DEWI", "DWI"],
  ["SITI", "SRI"],
  ["DEWA", "DWI"],
  ["TRI", "TRIA"],
  ["EKA", "EKO"],
];

/** Markers of a patronym: "AHMAD BIN YUSUF" → name AHMAD, father YUSUF. */
export const PATRONYM_MARKERS: ReadonlyArray<readonly [string, "L" | "P"]> = [
  ["BIN", "L"],
  ["BINTI", "P"],
  ["BT", "P"],
  ["BINT", "P"],
];
