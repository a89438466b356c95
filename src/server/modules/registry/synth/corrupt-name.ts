// Realistic ways a name is written differently in another list.
import type { Rng } from "../../../../shared/rng";

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

const VARIANTS: Record<string, readonly string[]> = {
  muhammad: ["Moh.", "Muhamad", "Mohammad", "M.", "Muh.", "Mochammad", "Mohamad", "Md."],
  ahmad: ["Achmad", "Akhmad", "Ahmat"],
  abdul: ["Abd.", "Abdoel"],
  siti: ["Sitti", "St."],
  nur: ["Noor", "Noer"],
  yusuf: ["Yusup", "Jusuf"],
  rahmat: ["Rachmat", "Rahmad"],
  rizki: ["Rizky", "Rizqi", "Riski"],
  khairul: ["Chairul", "Hairul"],
  syaiful: ["Saiful", "Syaipul"],
  zainal: ["Zaenal"],
  sri: ["Seri"],
  fatimah: ["Fatimah", "Fatma"],
};

/** One keyboard slip in a random token of at least three letters. */
export function typo(rng: Rng, name: string): string {
  const tokens = name.split(" ");
  const candidates = tokens
    .map((t, i) => (t.replace(/[^A-Za-z]/g, "").length >= 3 ? i : -1))
    .filter((i) => i >= 0);
  if (candidates.length === 0) return name;
  const ti = rng.pick(candidates);
  const t = tokens[ti] ?? "";
  const p = rng.int(1, t.length - 1);
  const op = rng.int(0, 3);
  const letter = rng.pick(LETTERS.split(""));
  let out: string;
  if (op === 0) out = t.slice(0, p) + letter + t.slice(p + 1);
  else if (op === 1) out = t.slice(0, p) + t.slice(p + 1);
  else if (op === 2) out = t.slice(0, p) + letter + t.slice(p);
  else
    out =
      p < t.length - 1
        ? t.slice(0, p) + (t[p + 1] ?? "") + (t[p] ?? "") + t.slice(p + 2)
        : `${t.slice(0, -2)}${t.slice(-1)}${t.slice(-2, -1)}`;
  tokens[ti] = out;
  return tokens.join(" ");
}

/** Spelling variants: Muhammad/Moh., Achmad, old Dutch-era spelling (oe, dj, tj), final y. */
export function variant(rng: Rng, name: string): string {
  const tokens = name.split(" ");
  const known = tokens.map((t, i) => (VARIANTS[t.toLowerCase()] ? i : -1)).filter((i) => i >= 0);
  if (known.length > 0 && rng.chance(0.8)) {
    const i = rng.pick(known);
    tokens[i] = rng.pick(VARIANTS[(tokens[i] ?? "").toLowerCase()] ?? [tokens[i] ?? ""]);
    return tokens.join(" ");
  }
  const joinedNur = /^Nur ([A-Z][a-z]+)/.exec(name);
  if (joinedNur && rng.chance(0.7))
    return name.replace(joinedNur[0], `Nur${(joinedNur[1] ?? "").toLowerCase()}`);
  const r = rng.next();
  if (r < 0.35 && /u/.test(name)) return name.replace(/u/, "oe");
  if (r < 0.5 && /j/i.test(name)) return name.replace(/j/, "dj").replace(/^J/, "Dj");
  if (r < 0.6 && /c/i.test(name)) return name.replace(/c/, "tj").replace(/^C/, "Tj");
  if (r < 0.85 && /i\b/.test(name)) return name.replace(/i\b/, "y");
  return name.replace(/([bdgklmnprst])([aeiou])/, "$1$1$2");
}

const TITLES_M = ["H.", "Drs.", "Ir.", "Bapak", "H", "Pak"];
const TITLES_F = ["Hj.", "Dra.", "Ibu", "Hj", "Ny.", "Bu"];
const DEGREES = ["S.E.", "S.Pd", "S.H.", "S.Sos", "S.Kom", "A.Md", "S.T.", "M.M.", "S.Ag"];

export function addTitle(rng: Rng, name: string, sex: "L" | "P"): string {
  if (rng.chance(0.6)) return `${rng.pick(sex === "L" ? TITLES_M : TITLES_F)} ${name}`;
  return `${name}, ${rng.pick(DEGREES)}`;
}

/** Drops a token (a second or third name) or adds one (a father's name, a nickname). */
export function dropOrAddToken(rng: Rng, name: string, sex: "L" | "P", extras: readonly string[]): string {
  const tokens = name.split(" ");
  if (tokens.length >= 2 && rng.chance(0.6)) {
    const i = tokens.length >= 3 && rng.chance(0.5) ? 1 : tokens.length - 1;
    tokens.splice(i, 1);
    return tokens.join(" ");
  }
  if (rng.chance(0.3)) return `${name} ${sex === "L" ? "Bin" : "Binti"} ${rng.pick(extras)}`;
  return `${name} ${rng.pick(extras)}`;
}

/** How clerks retype: all capitals, all lower case, doubled spaces. */
export function restyle(rng: Rng, name: string): string {
  const r = rng.next();
  if (r < 0.6) return name.toUpperCase();
  if (r < 0.75) return name.toLowerCase();
  if (r < 0.85) return name.replace(/ /, "  ");
  return name;
}
