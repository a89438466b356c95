// Person names: the display form is stored as written (trimmed, spaces collapsed); the matching
// form is a key that drops case, accents, punctuation and titles ("Hj. Siti Aminah, S.Pd." ~
// "SITI AMINAH"). Spelling variants (Muhammad/Mohamad) are the linkage engine's business.

import { collapseSpaces, foldUpper } from "./text";

/** The stored form: whitespace collapsed, case and titles kept. */
export function cleanName(value: string): string {
  return collapseSpaces(value);
}

/** True when a name cell says nothing ("", "-", "...") */
export function isMissingName(value: string): boolean {
  return !/[\p{L}\p{N}]/u.test(value);
}

// Titles in front of the name: religious, academic, Javanese nobility, address forms.
const LEADING_TITLES = new Set([
  "H",
  "HJ",
  "HAJI",
  "HAJJAH",
  "HJH",
  "KH",
  "UST",
  "USTADZ",
  "USTADZAH",
  "USTAZ",
  "USTAZAH",
  "DR",
  "DRS",
  "DRA",
  "IR",
  "PROF",
  "DRG",
  "DRH",
  "R",
  "RA",
  "RM",
  "RADEN",
  "RR",
  "RORO",
  "BAPAK",
  "BPK",
  "BP",
  "IBU",
  "IB",
  "PAK",
  "BU",
  "NY",
  "NYONYA",
  "TN",
  "SDR",
  "SDRI",
]);

// Degrees written after the name, usually after a comma ("Budi, S.E., M.M."), dots removed.
const DEGREES = new Set(
  (
    "SE SH SPD SPDI SPDSD SAG SSOS SKOM ST SIP SKM SKEP SFARM SPSI SP SHUT SSI SKED SHI SSN STP SPT SPI " +
    "SIKOM SGZ SSTP SAP SAK SS STH SPAR SKG SKEB SHUM SEI SKEL SI S1 S2 S3 AMD AMDKEP AMDKEB AMDKES AMA " +
    "AMK AMKEB AMPD MM MSI MPD MAG MH MT MKOM ME MHUM MAP MKES MKM MPDI MSC MBA MA MS MSE MSN MEC MIKOM " +
    "DR PHD BSC BA LLM DRS DRA IR"
  ).split(" "),
);

function isDegreeSegment(segment: string): boolean {
  const compact = (part: string) => part.replace(/[^A-Z0-9]/g, "");
  if (DEGREES.has(compact(segment))) return true;
  const parts = segment.split(" ").filter((p) => compact(p) !== "");
  return parts.length > 0 && parts.every((p) => DEGREES.has(compact(p)));
}

/**
 * Key for finding the same person twice in a file: accents, case, punctuation and titles ignored.
 * Spelling variants (Muhammad/Mohamad) are left to the linkage module: a flag here must be certain.
 */
export function nameKey(value: string): string {
  // "R.A." / "K.H." are one title written with dots between letters.
  const folded = foldUpper(collapseSpaces(value)).replace(/\b([A-Z])\.\s?(?=[A-Z]\.)/g, "$1");
  const [head = "", ...rest] = folded.split(",");
  const kept = [head, ...rest.filter((segment) => !isDegreeSegment(segment.trim()))].join(" ");
  const tokens = kept
    .replace(/[^A-Z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((t) => t !== "");
  while (tokens.length > 1 && LEADING_TITLES.has(tokens[0] ?? "")) tokens.shift();
  return tokens.join(" ");
}
