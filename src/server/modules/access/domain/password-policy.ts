import type { LocalText } from "../../../platform/errors";

/** BSSN Regulation 4/2021: passwords of at least 12 characters. */
export const MIN_PASSWORD_LENGTH = 12;

export type PasswordCheck = { ok: true } | { ok: false; text: LocalText };

export function checkPassword(password: string, username?: string): PasswordCheck {
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
  return { ok: true };
}
