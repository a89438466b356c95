/** The roles of Sinergi (see the README). A user has exactly one, plus a region scope (code prefix). */
export const ROLES = [
  "admin_provinsi",
  "operator_kabkota",
  "pendamping",
  "konsultan_plut",
  "pelaku_usaha",
  "pembeli_instansi",
  "pimpinan",
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
