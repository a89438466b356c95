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
  // Spellings the register keeps apart but the engine knows: dh/d, old dj/j and oe/u, y/i.
  [/dh/, "d"],
  [/\bJ/, "Dj"],
  [/u/, "oe"],
  [/y/, "i"],
];

/** A variant of a name as another clerk would type it (spelling, sometimes a pilgrimage title). */
export function nameVariant(name: string, sex: "L" | "P" | null, k: number): string {
  const rule = NAME_RULES.find(([re]) => re.test(name));
  const spelled = rule ? name.replace(rule[0], rule[1]) : `${name}h`;
  const title = sex === "P" ? "Hj." : "H.";
  return k % 2 === 0 ? `${title} ${spelled}` : spelled;
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

/** The serial's last digit mistyped (the key next to it). */
export function nikTypo(nik: string): string {
  if (nik.length !== 16) return nik;
  return `${nik.slice(0, 15)}${(Number(nik[15] ?? "0") + 1) % 10}`;
}

/** Day and month swapped when both could be a month (07-03 ↔ 03-07). */
export function dateSwap(iso: string): string {
  const [y, m, d] = iso.split("-");
  return y && m && d && Number(d) <= 12 && d !== m ? `${y}-${d}-${m}` : iso;
}
