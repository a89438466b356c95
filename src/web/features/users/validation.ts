// Checks on the "add user" form before it is sent; returns i18n keys per field.

import { type NewPasswordError, validateNewPassword } from "../../lib/password";
import { isRole, type Role } from "../../lib/roles";

export type NewUserDraft = {
  username: string;
  displayName: string;
  role: Role | null;
  scope: string | null;
  password: string;
  /** The business a pelaku_usaha account is bound to (required for that role). */
  businessId?: string | null;
};

export type NewUserErrors = Partial<{
  username: "users.usernameInvalid";
  displayName: "users.displayNameRequired";
  role: "users.roleRequired";
  scope: "users.scopeRequired";
  password: NewPasswordError;
  businessId: "users.businessRequired";
}>;

const usernamePattern = /^[a-z0-9._-]{3,48}$/;

export function validateNewUser(draft: NewUserDraft): NewUserErrors {
  const errors: NewUserErrors = {};
  if (!usernamePattern.test(draft.username.trim())) errors.username = "users.usernameInvalid";
  if (draft.displayName.trim() === "") errors.displayName = "users.displayNameRequired";
  if (!isRole(draft.role)) errors.role = "users.roleRequired";
  if (!draft.scope) errors.scope = "users.scopeRequired";
  if (draft.role === "pelaku_usaha" && !draft.businessId) errors.businessId = "users.businessRequired";
  const password = validateNewPassword(draft.password);
  if (password) errors.password = password;
  return errors;
}

const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random 16-character password without look-alike characters (0/O, 1/l/I), for handing out. */
export function generatePassword(randomBytes: (length: number) => Uint8Array = webRandom): string {
  // 256 % 56 ≠ 0, so bytes ≥ 224 are rejected to keep every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let result = "";
  while (result.length < 16) {
    for (const byte of randomBytes(32)) {
      if (byte < limit && result.length < 16) result += alphabet[byte % alphabet.length];
    }
  }
  return result;
}

function webRandom(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}
