import { z } from "zod";
import { MIN_PASSWORD_LENGTH } from "./domain/password-policy";
import { ROLES } from "./domain/roles";
import { isValidScope } from "./domain/scope";

export { IdParams } from "../../../shared/contract-primitives";

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,47}$/, "3–48 huruf kecil, angka, titik, garis bawah atau strip");
export const Password = z.string().min(MIN_PASSWORD_LENGTH).max(256);
export const ScopeCode = z
  .string()
  .trim()
  .refine(isValidScope, "kode wilayah tidak valid (mis. 62 atau 62.71)");
export const RoleSchema = z.enum(ROLES);
export const Language = z.enum(["id", "en"]);

export const LoginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.infer<typeof LoginBody>;

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  scope: z.string(),
  language: Language,
  businessId: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

export const UpdateMeBody = z.object({
  language: Language.optional(),
  displayName: z.string().trim().min(1).max(120).optional(),
});
export type UpdateMeBody = z.infer<typeof UpdateMeBody>;

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(256),
  newPassword: Password,
});
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;

export const User = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: RoleSchema,
  scope: z.string(),
  isActive: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const CreateUserBody = z
  .object({
    username: Username,
    displayName: z.string().trim().min(1).max(120),
    role: RoleSchema,
    scope: ScopeCode,
    password: Password,
    businessId: z.uuid().optional(),
    institution: z.string().trim().max(200).optional(),
  })
  .refine((u) => u.role !== "pelaku_usaha" || u.businessId !== undefined, {
    path: ["businessId"],
    message: "akun pelaku usaha harus dihubungkan ke satu usaha di register",
  });
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.object({
  displayName: z.string().trim().min(1).max(120).optional(),
  role: RoleSchema.optional(),
  scope: ScopeCode.optional(),
  isActive: z.boolean().optional(),
  password: Password.optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;
