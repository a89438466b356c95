// The access module's error codes: status and default message of each, in one table.
import { moduleErrors } from "../../platform/errors";

export const ACCESS_ERRORS = {
  INVALID_CREDENTIALS: {
    status: 401,
    id: "Nama pengguna atau kata sandi salah.",
    en: "Wrong username or password.",
  },
  USERNAME_TAKEN: { status: 409, id: "Nama pengguna sudah dipakai.", en: "This username is already taken." },
} as const;

export type AccessErrorCode = keyof typeof ACCESS_ERRORS;
export const accessError = moduleErrors(ACCESS_ERRORS);
