// Which Indonesian time zone a region is in, from its Kemendagri province code (the first two digits
// of any region code). Province codes are never retired, so a fixed table is safe.

export type IndonesianTimeZone = "Asia/Jakarta" | "Asia/Pontianak" | "Asia/Makassar" | "Asia/Jayapura";
export type ZoneAbbreviation = "WIB" | "WITA" | "WIT";

export type ZoneInfo = { tz: IndonesianTimeZone; abbreviation: ZoneAbbreviation; offsetMinutes: number };

export const ZONES: Readonly<Record<IndonesianTimeZone, ZoneInfo>> = {
  "Asia/Jakarta": { tz: "Asia/Jakarta", abbreviation: "WIB", offsetMinutes: 420 },
  "Asia/Pontianak": { tz: "Asia/Pontianak", abbreviation: "WIB", offsetMinutes: 420 },
  "Asia/Makassar": { tz: "Asia/Makassar", abbreviation: "WITA", offsetMinutes: 480 },
  "Asia/Jayapura": { tz: "Asia/Jayapura", abbreviation: "WIT", offsetMinutes: 540 },
};

export type Province = { code: string; name: string; tz: IndonesianTimeZone };

const WIB = "Asia/Jakarta";
const WITA = "Asia/Makassar";
const WIT = "Asia/Jayapura";

/** The 38 provinces (Kepmendagri 300.2.2-2138/2025) with their zone. */
export const PROVINCES: readonly Province[] = [
  { code: "11", name: "Aceh", tz: WIB },
  { code: "12", name: "Sumatera Utara", tz: WIB },
  { code: "13", name: "Sumatera Barat", tz: WIB },
  { code: "14", name: "Riau", tz: WIB },
  { code: "15", name: "Jambi", tz: WIB },
  { code: "16", name: "Sumatera Selatan", tz: WIB },
  { code: "17", name: "Bengkulu", tz: WIB },
  { code: "18", name: "Lampung", tz: WIB },
  { code: "19", name: "Kepulauan Bangka Belitung", tz: WIB },
  { code: "21", name: "Kepulauan Riau", tz: WIB },
  { code: "31", name: "Daerah Khusus Ibukota Jakarta", tz: WIB },
  { code: "32", name: "Jawa Barat", tz: WIB },
  { code: "33", name: "Jawa Tengah", tz: WIB },
  { code: "34", name: "Daerah Istimewa Yogyakarta", tz: WIB },
  { code: "35", name: "Jawa Timur", tz: WIB },
  { code: "36", name: "Banten", tz: WIB },
  { code: "51", name: "Bali", tz: WITA },
  { code: "52", name: "Nusa Tenggara Barat", tz: WITA },
  { code: "53", name: "Nusa Tenggara Timur", tz: WITA },
  { code: "61", name: "Kalimantan Barat", tz: "Asia/Pontianak" },
  { code: "62", name: "Kalimantan Tengah", tz: "Asia/Pontianak" },
  { code: "63", name: "Kalimantan Selatan", tz: WITA },
  { code: "64", name: "Kalimantan Timur", tz: WITA },
  { code: "65", name: "Kalimantan Utara", tz: WITA },
  { code: "71", name: "Sulawesi Utara", tz: WITA },
  { code: "72", name: "Sulawesi Tengah", tz: WITA },
  { code: "73", name: "Sulawesi Selatan", tz: WITA },
  { code: "74", name: "Sulawesi Tenggara", tz: WITA },
  { code: "75", name: "Gorontalo", tz: WITA },
  { code: "76", name: "Sulawesi Barat", tz: WITA },
  { code: "81", name: "Maluku", tz: WIT },
  { code: "82", name: "Maluku Utara", tz: WIT },
  { code: "91", name: "Papua", tz: WIT },
  { code: "92", name: "Papua Barat", tz: WIT },
  { code: "93", name: "Papua Selatan", tz: WIT },
  { code: "94", name: "Papua Tengah", tz: WIT },
  { code: "95", name: "Papua Pegunungan", tz: WIT },
  { code: "96", name: "Papua Barat Daya", tz: WIT },
];

const BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

/** The province of a region code ("62", "62.71", "62.71.01.1001" or undotted "6271"), if known. */
export function provinceOfRegion(regionCode: string): Province | undefined {
  const prefix = regionCode.trim().slice(0, 2);
  return /^\d\d$/.test(prefix) ? BY_CODE.get(prefix) : undefined;
}

/** The IANA zone for a region code; undefined for an unknown province. */
export function zoneForRegion(regionCode: string): IndonesianTimeZone | undefined {
  return provinceOfRegion(regionCode)?.tz;
}
