// The seven user roles of Sinergi, shared by navigation, guards and user management.
export const roles = [
  "admin_provinsi",
  "operator_kabkota",
  "pendamping",
  "konsultan_plut",
  "pelaku_usaha",
  "pembeli_instansi",
  "pimpinan",
] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/** Region level a role's scope usually sits at; used to hint the region picker. */
export function typicalScopeLevel(role: Role): "province" | "regency" | "district" {
  if (role === "operator_kabkota") return "regency";
  if (role === "pendamping") return "district";
  return "province";
}
