// Shapes of /api/auth responses (platform HTTP contract).
import type { Language } from "../../i18n";
import type { Role } from "../roles";

export type Me = {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Region code prefix the user works in, e.g. "62.71". */
  scope: string;
  language: Language;
};

export type LoginInput = { username: string; password: string };
export type UpdateMeInput = { language?: Language; displayName?: string };
export type ChangePasswordInput = { currentPassword: string; newPassword: string };
