import type { LocalText } from "../../../platform/errors";
import { COMMON_WORDS, RUNS } from "./common-passwords";

/** BSSN Regulation 4/2021: passwords of at least 12 characters. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordCheck = { ok: true } | { ok: false; text: LocalText };

const GUESSABLE: LocalText = {
  id: "Kata sandi ini mudah ditebak (kata sandi umum, karakter berulang atau urutan). Pilih kata sandi lain.",
  en: "This password is easy to guess (a common password, repeated characters or a sequence). Choose another.",
};
const DEMO: LocalText = {
  id: "Kata sandi demo tidak boleh dipakai di luar mode demo.",
  en: "The demo password must not be used outside demo mode.",
};

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
};

/** Common words with digits or symbols around them, repeated units, runs, few distinct characters. */
export function isGuessable(password: string): boolean {
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return true;
  if (/^(.{1,6})\1+$/.test(lower)) return true;
  if (RUNS.some((run) => run.includes(lower))) return true;
  const letters = lower.replace(/[^a-z]/g, "");
  const deLeet = lower.replace(/[0134357@$]/g, (c) => LEET[c] ?? c).replace(/[^a-z]/g, "");
  const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const coreDeLeet = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, "").replace(/[0134357@$]/g, (c) => LEET[c] ?? c);
  return [letters, deLeet, core, coreDeLeet].some(
    (w) => w.length > 0 && (COMMON_WORDS.has(w) || COMMON_WORDS.has(w.replace(/[^a-z]/g, ""))),
  );
}

export function checkPassword(
  password: string,
  username?: string,
  opts: { refused?: readonly string[] } = {},
): PasswordCheck {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return {
      ok: false,
      text: {
        id: `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`,
        en: `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      },
    };
  }
  if (password.length > 256) {
    return { ok: false, text: { id: "Kata sandi terlalu panjang.", en: "The password is too long." } };
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    return {
      ok: false,
      text: {
        id: "Kata sandi tidak boleh memuat nama pengguna.",
        en: "The password must not contain the username.",
      },
    };
  }
  if (opts.refused?.includes(password)) return { ok: false, text: DEMO };
  if (isGuessable(password)) return { ok: false, text: GUESSABLE };
  return { ok: true };
}
