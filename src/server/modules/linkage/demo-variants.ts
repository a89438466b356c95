// How a second clerk writes the same owner: spelling variants of Indonesian names (Siti/Sitti,
// Muhammad/M., Nur/Noor, Ahmad/Achmad, a pilgrimage title added), a business name worded
// differently, and typical NIK and date slips. Pure, for the linkage demo.

const NAME_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bSiti\b/i, "Sitti"],
  [/\bMuhammad\b/i, "M."],
  [/\bMuhamad\b/i, "Mohammad"],
  [/\bAhmad\b/i, "Achmad"],
  [/\bNur\b/i, "Noor"],
  [/\bAbdul\b/i, "Abd."],
  [/\bYusuf\b/i, "Jusuf"],
];

/** A variant of a name as another clerk would type it. */
export function nameVariant(name: string, sex: "L" | "P" | null, k: number): string {
  for (const [re, to] of NAME_RULES) if (re.test(name)) return name.replace(re, to);
  const title = sex === "P" ? "Hj." : "H.";
  return k % 2 === 0 ? `${title} ${name}` : name.toUpperCase().replace(/ /g, "  ");
}

/** The same business worded differently on a field form. */
export function businessVariant(name: string): string {
  if (/^Penjahit /i.test(name)) return name.replace(/^Penjahit /i, "Jahit ");
  if (/^Warung /i.test(name)) return name.replace(/^Warung /i, "Warung Makan ");
  if (/^UD /i.test(name)) return name.replace(/^UD /i, "");
  return `UD ${name}`;
}

/** Two adjacent digits of the serial swapped: a typical slip of the keyboard. */
export function nikSlip(nik: string): string {
  if (nik.length !== 16) return nik;
  const a = nik[13] ?? "0";
  const b = nik[14] ?? "0";
  return a === b
    ? `${nik.slice(0, 15)}${(Number(nik[15] ?? "0") + 1) % 10}`
    : `${nik.slice(0, 13)}${b}${a}${nik.slice(15)}`;
}

/** Day and month swapped when both could be a month (07-03 ↔ 03-07). */
export function dateSwap(iso: string): string {
  const [y, m, d] = iso.split("-");
  return y && m && d && Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : iso;
}
