// Reads a free-text occupation ("Pekerjaan" column, KTP wording) into the classes that bar aid.
import type { ExcludedOccupation } from "./vocab";

export type OccupationClass = ExcludedOccupation | "other";

const PATTERNS: ReadonlyArray<[ExcludedOccupation, RegExp]> = [
  ["pns", /\b(PNS|ASN|PEGAWAI NEGERI( SIPIL)?|PPPK|GURU PNS)\b/],
  ["tni", /\b(TNI|TENTARA|ANGKATAN (DARAT|LAUT|UDARA))\b/],
  ["polri", /\b(POLRI|POLISI|KEPOLISIAN)\b/],
  ["bumn", /\b(BUMN|BUMD|KARYAWAN BUMN|PEGAWAI BUMN)\b/],
];

export function classifyOccupation(text: string | null | undefined): OccupationClass | null {
  if (!text) return null;
  const folded = text
    .toUpperCase()
    .replace(/[^A-Z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (folded === "") return null;
  for (const [cls, re] of PATTERNS) if (re.test(folded)) return cls;
  return "other";
}
