// Kemendagri province codes. No province code has ever been retired (REFERENCE.md), so the current
// list (Kepmendagri 300.2.2-2138/2025, 38 provinces) is every code a NIK can start with.

export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
]);

export function isProvinceCode(code: string): boolean {
  return PROVINCE_CODES.has(code);
}
