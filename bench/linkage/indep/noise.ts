// Entry errors seen in Indonesian lists, each named by the tag recorded in the truth file so that
// every missed pair can be traced to its causes.
import { DEGREE_SUFFIXES, PREFIX_HONORIFICS } from "./pools";
import type { Rand } from "./rng";

export type Tagged<T> = { value: T; tags: string[] };

const DIGITS = "0123456789";

export function nikTypo(r: Rand, nik: string): string {
  const i = r.int(0, nik.length - 1);
  let d = r.one(DIGITS.split(""));
  while (d === nik[i]) d = r.one(DIGITS.split(""));
  return nik.slice(0, i) + d + nik.slice(i + 1);
}

export function nikTransposition(r: Rand, nik: string): string {
  for (let tries = 0; tries < 10; tries++) {
    const i = r.int(0, nik.length - 2);
    if (nik[i] !== nik[i + 1]) return nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
  }
  return nikTypo(r, nik);
}

/** Old spelling as older documents have it (U→OE, J→DJ, C→TJ, Y→J, KH→CH). */
export function oldSpelling(token: string): string {
  return token
    .replace(/KH/g, "CH")
    .replace(/J/g, "DJ")
    .replace(/Y/g, "J")
    .replace(/C(?!H)/g, "TJ")
    .replace(/U/g, "OE");
}

const VARIANTS: Record<string, string[]> = {
  MUHAMMAD: ["MOHAMMAD", "MUHAMAD", "MOCH", "M.", "MOEHAMMAD", "MUH"],
  AHMAD: ["ACHMAD", "AHMAT"],
  SITI: ["SITTI", "ST."],
  RAHMAT: ["RACHMAT"],
  ABDUL: ["ABD.", "ABDOEL"],
  NUR: ["NOOR", "NOER"],
  YUSUF: ["JUSUF", "YUSUP"],
  HUSEIN: ["HUSIN", "HUSEN"],
  SYAIFUL: ["SAIFUL", "SYAIPUL"],
  KHAIRUL: ["CHAIRUL", "HAIRUL"],
  RIZKI: ["RIZKY", "RISKI"],
  AISYAH: ["AISAH"],
};

/** A spelling variant of one token (Rusli/Rusly, Sitti/Siti, doubled letters, known groups). */
export function letterVariant(r: Rand, token: string): string {
  const known = VARIANTS[token];
  if (known && r.p(0.7)) return r.one(known);
  if (token.endsWith("I") && token.length > 3 && r.p(0.5)) return `${token.slice(0, -1)}Y`;
  const m = /[BDFGKLMNPRST](?=[AEIOU])/.exec(token.slice(1));
  if (m && r.p(0.5)) {
    const at = m.index + 1;
    return token.slice(0, at) + token[at] + token.slice(at);
  }
  if (/([A-Z])\1/.test(token)) return token.replace(/([A-Z])\1/, "$1");
  return token.replace(/E/, "I");
}

/** One keyboard slip inside a token (replace, drop or double a letter). */
export function typo(r: Rand, token: string): string {
  if (token.length < 4) return token;
  const i = r.int(1, token.length - 1);
  const k = r.u();
  if (k < 0.4) return token.slice(0, i) + r.one("AIUEONRSTKLM".split("")) + token.slice(i + 1);
  if (k < 0.7) return token.slice(0, i) + token.slice(i + 1);
  return token.slice(0, i) + token[i] + token.slice(i);
}

export function withHonorific(r: Rand, name: string, sex: "L" | "P"): string {
  if (r.p(0.5)) {
    const pre =
      sex === "L"
        ? r.one(PREFIX_HONORIFICS.filter((p) => p !== "IBU" && p !== "HJ."))
        : r.one(["IBU", "HJ.", "IBU", "NY."]);
    return `${pre} ${name}`;
  }
  return `${name}${r.one(DEGREE_SUFFIXES)}`;
}

/** Date as text in a source's style; swapped day/month, ±1 year, placeholders and gaps are tagged. */
export function formatDate(d: [number, number, number], style: "dmy" | "iso" | "slash" | "long"): string {
  const [y, m, day] = d;
  const p = (n: number) => String(n).padStart(2, "0");
  if (style === "iso") return `${y}-${p(m)}-${p(day)}`;
  if (style === "slash") return `${p(day)}/${p(m)}/${y}`;
  if (style === "long") {
    const months = [
      "Januari",
      "Februari",
      "Maret",
      "April",
      "Mei",
      "Juni",
      "Juli",
      "Agustus",
      "September",
      "Oktober",
      "November",
      "Desember",
    ];
    return `${day} ${months[m - 1]} ${y}`;
  }
  return `${p(day)}-${p(m)}-${y}`;
}

/** An address line in a source's style. */
export function addressText(
  r: Rand,
  street: string,
  rt: number,
  rw: number,
  inline: boolean,
  lower: boolean,
): string {
  let s = street;
  if (r.p(0.3))
    s = s.replace("JL.", r.one(["JLN", "JALAN", "Jl"])).replace("NO.", r.one(["NO", "NOMOR", "No."]));
  if (inline) s += ` RT ${String(rt).padStart(3, "0")}/RW ${String(rw).padStart(3, "0")}`;
  return lower ? s.toLowerCase() : s;
}
