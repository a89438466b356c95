// Client-side checks that mirror the server's rules (zod `.min(12)` counts string length), so users
// see mistakes before a round trip. They return i18n keys; forms translate them in the active language.

export const passwordMinLength = 12;

export type LoginErrors = Partial<
  Record<"username" | "password", "auth.usernameRequired" | "auth.passwordRequired">
>;

export function validateLogin(input: { username: string; password: string }): LoginErrors {
  const errors: LoginErrors = {};
  if (input.username.trim() === "") errors.username = "auth.usernameRequired";
  if (input.password === "") errors.password = "auth.passwordRequired";
  return errors;
}

export type NewPasswordError = "profile.passwordTooShort" | "profile.passwordMismatch";

/** Checks a new password (and its confirmation when one is given). */
export function validateNewPassword(password: string, confirmation?: string): NewPasswordError | null {
  if (password.length < passwordMinLength) return "profile.passwordTooShort";
  if (confirmation !== undefined && confirmation !== password) return "profile.passwordMismatch";
  return null;
}
